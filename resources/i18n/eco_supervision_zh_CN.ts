<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>EcoSupervision</name>
    <message>
      <location filename="../../eco_supervision_plugin/plugin.py" line="25" />
      <source>&amp;Eco Supervision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/plugin.py" line="43" />
      <source>Live stations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="11" />
      <source>Eco Supervision — live stations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="15" />
      <source>No station server configured yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="62" />
      <source>Report (HTML or JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="63" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="90" />
      <location filename="../../processing_algorithms/layers.py" line="145" />
      <location filename="../../processing_algorithms/layers.py" line="196" />
      <source>Canceled by the user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="42" />
      <source>Layer {} has no valid coordinate reference system; set one before running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="49" />
      <source>{} is not in a metric CRS; distances are computed in {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="59" />
      <source>Layer {} could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="61" />
      <source>Layer {} has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="69" />
      <source>Field {} does not exist in layer {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="73" />
      <source>Field {} of layer {} is not numeric.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="173" />
      <source>{} feature(s) of {} have no usable geometry and were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="218" />
      <source>{} feature(s) of {} are not usable lines and were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="109" />
      <source>{} feature(s) of {} have a null or non-numeric {} (feature ids {}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layers.py" line="110" />
      <source>the layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="24" />
      <source>Eco Supervision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="27" />
      <source>Eco Supervision — eco-environment monitoring planning</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
