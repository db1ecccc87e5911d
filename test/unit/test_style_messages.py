"""scripts/i18n.py takes the legend labels of every .qml into the catalogue, so a new style needs no code."""

import importlib.util
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

QML = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0">
  <renderer-v2 type="RuleRenderer">
    <rules key="{root}">
      <rule filter="&quot;rank&quot; > 10 AND &quot;rank&quot; &lt;= 100" label="New site, rank 11–100" symbol="0"/>
      <rule filter="&quot;rank&quot; > 100" label="PM2.5 &gt; 75 µg/m³" symbol="1"/>
    </rules>
  </renderer-v2>
  <categories><category value="1" label="Lightly polluted" render="true" symbol="0"/>
  <category value="2" label="0 – 0.05" render="true" symbol="1"/></categories>
  <labeling type="simple"><settings>
  <text-style isExpression="1" fieldName="'Depot ' || &quot;rank&quot; || ' (it''s new)'"/></settings></labeling>
</qgis>
"""


def _i18n(root):
    spec = importlib.util.spec_from_file_location("i18n_script", os.path.join(REPO, "scripts", "i18n.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.REPO = str(root)
    return module


def test_labels_and_expression_literals_of_a_new_style(tmp_path):
    styles = tmp_path / "resources" / "styles"
    styles.mkdir(parents=True)
    (styles / "new_style.qml").write_text(QML, encoding="utf-8")
    found = _i18n(tmp_path).style_messages({})
    # words are messages; numbers, units and codes alone ("PM2.5 > 75 µg/m³", "0 – 0.05") are not
    assert set(found) == {"New site, rank 11–100", "Lightly polluted", "Depot ", " (it's new)"}
    assert found["Lightly polluted"] == [(os.path.join("resources", "styles", "new_style.qml"), 9)]
    assert found["Depot "] == [(os.path.join("resources", "styles", "new_style.qml"), 12)]


def test_every_shipped_style_label_is_in_the_catalogue():
    module = _i18n(REPO)
    found = module.style_messages({})
    table = module.load_ts()
    missing = [m for m in found if not table.get(m, ("", ""))[0] or table[m][1] == "unfinished"]
    assert found and not missing, missing
