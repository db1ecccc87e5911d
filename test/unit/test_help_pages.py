"""The Help button's HTML pages: rendered from docs/**/*.md, current, and correct on the Markdown the docs use."""

import importlib.util
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "render_help.py")


def load():
    spec = importlib.util.spec_from_file_location("eco_render_help", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_page_is_rendered_and_current():
    done = subprocess.run([sys.executable, SCRIPT, "check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_markdown_subset():
    page = load().render("# Title `x`\n\nA *b* **c** [d](other.md#k) `a<b`\n\n| h | i |\n|---|---|\n| 1 | `2` |\n\n"
                         "- one\n  more\n- two\n\n1. first\n\n```\ncode <x>\n```\n")
    body = page[page.index("<body>"):]
    assert "<h1>Title <code>x</code></h1>" in body
    assert '<p>A <em>b</em> <strong>c</strong> <a href="other.html#k">d</a> <code>a&lt;b</code></p>' in body
    assert "<thead><tr><th>h</th><th>i</th></tr></thead><tbody>\n<tr><td>1</td><td><code>2</code></td></tr>" in body
    assert "<ul><li>one more</li><li>two</li></ul>" in body and "<ol><li>first</li></ol>" in body
    assert "<pre><code>code &lt;x&gt;</code></pre>" in body
    assert "<title>Title x</title>" in page


def test_chinese_lines_join_without_a_space():
    page = load().render("监测站点\n数据，and\nmore 中文\n")
    assert "<p>监测站点数据，and more 中文</p>" in page
