#!/usr/bin/env python3
"""Render the user documentation (docs/**/*.md) to HTML pages beside it, for the Help button.

QGIS opens ``helpUrl()`` in a browser, where a raw ``.md`` shows as plain text; the plugin ships these
pages instead. Only the Markdown the docs use is understood: headings, paragraphs, bullet and numbered
lists, pipe tables, fenced code, inline code, bold/italic, links and images. Lines of a paragraph are
joined with a space, except between two Chinese characters (a line break inside Chinese text is not a
space). ``check`` exits 1 when a page is missing or out of date (a test runs it).

    python3 scripts/render_help.py [check]
"""

import html
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(REPO, "docs")

STYLE = """body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;
max-width:52em;margin:1.5em auto;padding:0 1em;line-height:1.55;color:#222}
code{background:#f2f2f2;padding:0 .2em;border-radius:3px}pre{background:#f6f6f6;padding:.6em;overflow-x:auto}
table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}
th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}th{background:#eef3ee}
img{max-width:100%}h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:1px solid #ddd}"""

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def inline(text):
    """Inline Markdown → HTML: code spans first (their content is literal), then images, links, emphasis."""
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("<code>{}</code>".format(html.escape(part[1:-1])))
            continue
        s = html.escape(part, quote=False).replace("\\*", "&#42;").replace("\\_", "&#95;")
        s = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)\)", r'<img alt="\1" src="\2">', s)
        s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", lambda m: '<a href="{}">{}</a>'.format(
            re.sub(r"\.md(#|$)", r".html\1", m.group(2)), m.group(1)), s)
        s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"<em>\1</em>", s)
        out.append(s)
    return "".join(out)


def join_lines(lines):
    """Paragraph lines joined as a reader expects: no space between two Chinese characters."""
    text = ""
    for line in lines:
        line = line.strip()
        if text and not (CJK.match(text[-1]) and CJK.match(line[:1] or " ")):
            text += " "
        text += line
    return text


def table(rows):
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    head, body = cells[0], [r for r in cells[2:]]
    out = ["<table><thead><tr>" + "".join("<th>{}</th>".format(inline(c)) for c in head) + "</tr></thead><tbody>"]
    out += ["<tr>" + "".join("<td>{}</td>".format(inline(c)) for c in r) + "</tr>" for r in body]
    return "\n".join(out) + "</tbody></table>"


def render(markdown, title_fallback="Eco Supervision"):
    lines = markdown.splitlines()
    out, para, i, title = [], [], 0, None

    def flush():
        if para:
            out.append("<p>{}</p>".format(inline(join_lines(para))))
            para.clear()

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("```"):
                j += 1
            out.append("<pre><code>{}</code></pre>".format(html.escape("\n".join(lines[i + 1:j]))))
            i = j + 1
            continue
        heading = re.match(r"(#{1,6})\s+(.*)", stripped)
        if heading:
            flush()
            level = len(heading.group(1))
            title = title or re.sub(r"[`*]", "", heading.group(2))
            out.append("<h{0}>{1}</h{0}>".format(level, inline(heading.group(2))))
        elif stripped.startswith("|") and i + 1 < len(lines) and re.match(r"^\s*\|?\s*:?-{3,}", lines[i + 1]):
            flush()
            j = i
            while j < len(lines) and lines[j].strip().startswith("|"):
                j += 1
            out.append(table(lines[i:j]))
            i = j
            continue
        elif re.match(r"^\s*([*+-]|\d+[.)])\s+", line):
            flush()
            ordered = bool(re.match(r"^\s*\d+[.)]", line))
            items, j = [], i
            while j < len(lines) and lines[j].strip():
                m = re.match(r"^\s*([*+-]|\d+[.)])\s+(.*)", lines[j])
                if m and len(lines[j]) - len(lines[j].lstrip()) < 2:
                    items.append([m.group(2)])
                elif items:
                    items[-1].append(lines[j])
                j += 1
            tag = "ol" if ordered else "ul"
            out.append("<{}>".format(tag) + "".join("<li>{}</li>".format(inline(join_lines(it))) for it in items)
                       + "</{}>".format(tag))
            i = j
            continue
        elif not stripped:
            flush()
        else:
            para.append(line)
        i += 1
    flush()
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            "<title>{}</title><style>{}</style></head><body>\n{}\n</body></html>\n").format(
        html.escape(title or title_fallback), STYLE, "\n".join(out))


def pages():
    for root, _dirs, names in os.walk(DOCS):
        for name in sorted(names):
            if name.endswith(".md"):
                md = os.path.join(root, name)
                yield md, md[:-3] + ".html"


def main(argv):
    stale = []
    for md, target in pages():
        with open(md, encoding="utf-8") as f:
            page = render(f.read())
        current = open(target, encoding="utf-8").read() if os.path.exists(target) else None
        if current != page:
            if argv[1:] == ["check"]:
                stale.append(os.path.relpath(target, REPO))
            else:
                with open(target, "w", encoding="utf-8") as f:
                    f.write(page)
    if stale:
        print("out of date (run scripts/render_help.py):", " ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
