<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>EcoSupervision</name>
    <message>
      <location filename="../../eco_supervision_plugin/plugin.py" line="26" />
      <source>&amp;Eco Supervision</source>
      <translation>生态环境监管(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/plugin.py" line="44" />
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="356" />
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="364" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="123" />
      <source>Live stations</source>
      <translation>实时站点</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_chart.py" line="47" />
      <source>No data</source>
      <translation>无数据</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_chart.py" line="98" />
      <source>limit {}</source>
      <translation>限值 {}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="63" />
      <source>Eco Supervision — live stations</source>
      <translation>生态环境监管 — 实时站点</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="94" />
      <source>Save profile</source>
      <translation>保存配置</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="98" />
      <source>Profile</source>
      <translation>配置</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="101" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="74" />
      <source>Service URL</source>
      <translation>服务地址</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="104" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="77" />
      <source>API type</source>
      <translation>API 类型</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="110" />
      <source>Field mapping</source>
      <translation>字段映射</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="115" />
      <source>Authentication</source>
      <translation>认证</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="119" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="89" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="76" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="91" />
      <source>Network</source>
      <translation>监测网络</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="124" />
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="125" />
      <source>Only stations in the map extent</source>
      <translation>仅显示地图范围内的站点</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="129" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="131" />
      <source>Auto every</source>
      <translation>自动刷新间隔</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="136" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="137" />
      <source>Save snapshot…</source>
      <translation>保存快照…</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="139" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="150" />
      <source>Not refreshed yet.</source>
      <translation>尚未刷新。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="203" />
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="261" />
      <source>Refreshing live stations</source>
      <translation>正在刷新实时站点</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="441" />
      <source>Loading station history</source>
      <translation>正在加载站点历史数据</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="448" />
      <source>Save snapshot</source>
      <translation>保存快照</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="448" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="121" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="104" />
      <source>One point per station and parameter</source>
      <translation>每个站点每项参数一个点</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="122" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="105" />
      <source>One point per station (values as fields)</source>
      <translation>每个站点一个点（各参数值为字段）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="160" />
      <source>24 h</source>
      <translation>24 小时</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="160" />
      <source>7 days</source>
      <translation>7 天</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="163" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="62" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="91" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="106" />
      <source>Parameter</source>
      <translation>监测参数</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="227" />
      <source>Auto-refresh skipped: the previous refresh is still running.</source>
      <translation>已跳过自动刷新：上一次刷新仍在进行。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="245" />
      <source>Enter the service URL first.</source>
      <translation>请先输入服务地址。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="285" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="294" />
      <source>the refresh was cancelled</source>
      <translation>刷新已取消</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="364" />
      <source>Live stations (last snapshot)</source>
      <translation>实时站点（最近快照）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="454" />
      <source>Nothing to save yet: refresh first.</source>
      <translation>暂无可保存的内容：请先刷新。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="257" />
      <source>Connecting to {}…</source>
      <translation>正在连接 {}…</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="279" />
      <source>Waiting for {}: {:.0f} s, request {} (at most {:.0f} s each; Cancel stops).</source>
      <translation>正在等待 {}：已 {:.0f} 秒，第 {} 次请求（每次请求最长 {:.0f} 秒；点击“取消”可停止）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="319" />
      <source>{} stations, {} values at {} ({} requests).</source>
      <translation>{} 个站点，{} 个数值，时间 {}（{} 次请求）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="439" />
      <source>The server has no readings in this window.</source>
      <translation>服务器在该时间窗口内没有读数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="295" />
      <source>Refresh failed: {}</source>
      <translation>刷新失败：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="306" />
      <source>Refresh to see this server's stations.</source>
      <translation>请刷新以查看该服务器的站点。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="343" />
      <source>snapshot of {}</source>
      <translation>{} 的快照</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="436" />
      <source>History unavailable</source>
      <translation>历史数据不可用</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="457" />
      <source>Snapshot saved to {}</source>
      <translation>快照已保存到 {}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="458" />
      <source>Could not save the snapshot: {}</source>
      <translation>无法保存快照：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="318" />
      <source>Could not keep the snapshot: {}</source>
      <translation>无法保留快照：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="413" />
      <source>No history: the server did not answer, the stations shown are the last snapshot ({}).</source>
      <translation>无历史数据：服务器未响应，当前显示的是最近一次快照（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/station_dock.py" line="435" />
      <source>History failed: {}</source>
      <translation>获取历史数据失败：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/texts.py" line="44" />
      <source>Server unreachable or refused the request: {}. The previous layer is kept.</source>
      <translation>服务器无法访问或拒绝了请求：{}。保留上一次的图层。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/texts.py" line="46" />
      <source>Showing the last good snapshot.</source>
      <translation>正在显示最近一次成功获取的快照。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/texts.py" line="54" />
      <source>Live stations (as of {})</source>
      <translation>实时站点（截至 {}）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/texts.py" line="57" />
      <source>Live stations from {} (not current)</source>
      <translation>来自 {} 的实时站点（非当前数据）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/gui/texts.py" line="50" />
      <source>The stations shown are from {}, not from {}.</source>
      <translation>当前显示的站点来自 {}，而非 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/editions.py" line="54" />
      <source>Cannot read a date from {!r}: use YYYY-MM-DD.</source>
      <translation>无法从 {!r} 读取日期：请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/editions.py" line="63" />
      <source>Unknown edition '{}': use 2012 or 2026.</source>
      <translation>未知的标准版本“{}”：请使用 2012 或 2026。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/editions.py" line="53" />
      <source>Cannot read a date from '{}': use YYYY-MM-DD.</source>
      <translation>无法从“{}”读取日期：请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3095.py" line="116" />
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="121" />
      <source>Unknown pollutant '{}': use SO2, NO2, PM10, PM2_5, CO or O3.</source>
      <translation>未知的污染物“{}”：请使用 SO2、NO2、PM10、PM2_5、CO 或 O3。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3095.py" line="119" />
      <source>Grade must be 1 (class-1 zones) or 2 (class-2 zones).</source>
      <translation>级别必须为 1（一类区）或 2（二类区）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3095.py" line="85" />
      <source>Unknown averaging period '{}': use annual, 24h, 1h or 8h.</source>
      <translation>未知的平均时间“{}”：请使用 annual（年平均）、24h、1h 或 8h。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3095.py" line="98" />
      <source>GB 3095-2012 has no implementation phases.</source>
      <translation>GB 3095-2012 没有分阶段实施要求。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3095.py" line="100" />
      <source>Unknown phase '{}': use transition or final.</source>
      <translation>未知的实施阶段“{}”：请使用 transition（过渡期）或 final（最终）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3095.py" line="125" />
      <source>GB 3095-{} has no {} limit for {}.</source>
      <translation>GB 3095-{} 没有规定 {} 平均的 {} 浓度限值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="223" />
      <source>Unknown water body '{}': use 'river' or 'lake' (lakes and reservoirs, 湖库).</source>
      <translation>未知的水体类型“{}”：请使用 'river'（河流）或 'lake'（湖泊或水库，湖库）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="235" />
      <source>Unknown water quality class '{}': use I, II, III, IV, V or 劣V.</source>
      <translation>未知的水质类别“{}”：请使用 I、II、III、IV、V 或 劣V。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="241" />
      <source>Unknown water quality item '{}'. Understood: {}</source>
      <translation>未知的水质指标“{}”。可识别的指标：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="267" />
      <source>Class 劣V has no limit.</source>
      <translation>劣V类没有限值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="400" />
      <source>The target class must be I..V.</source>
      <translation>目标水质类别必须为 I..V。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="257" />
      <source>{} ({}) has no class limits for rivers in GB 3838-2002 Table 1 (lakes and reservoirs only).</source>
      <translation>{}（{}）在 GB 3838-2002 表 1 中没有河流的类别限值（仅适用于湖泊和水库）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/gb3838.py" line="280" />
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="173" />
      <source>Not a number: {!r}</source>
      <translation>不是数字：{!r}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="261" />
      <source>AQI averaging is 24h (daily report) or 1h (real-time report).</source>
      <translation>AQI 的平均时间为 24h（日报）或 1h（实时报）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="368" />
      <source>No known pollutant among: {}</source>
      <translation>以下各项中没有可识别的污染物：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="115" />
      <source>Unknown averaging period '{}': use 24h, 1h or 8h.</source>
      <translation>未知的平均时间“{}”：请使用 24h、1h 或 8h。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="138" />
      <source>HJ 633-{} has no {} breakpoints for {}.</source>
      <translation>HJ 633-{} 没有规定 {} 平均的 {} 分段浓度限值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj633.py" line="290" />
      <source>{} above {} {}: HJ 633-2012 needs the {} value.</source>
      <translation>{} 高于 {} {}：HJ 633-2012 需要使用其 {} 值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj664.py" line="71" />
      <source>{} cannot be negative ({}).</source>
      <translation>{}不能为负数（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj664.py" line="82" />
      <source>HJ 664-2013 sets one station per 50–60 km² of built-up area in the top band.</source>
      <translation>HJ 664-2013 在最高档按建成区每 50–60 km² 设置 1 个点位。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj664.py" line="85" />
      <source>Give the population either in 10,000 persons or in persons, not both.</source>
      <translation>人口请只以万人或以人为单位给出其一，不要同时给出。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj664.py" line="91" />
      <source>HJ 664-2013 needs the built-up area (km²) or the built-up population.</source>
      <translation>HJ 664-2013 需要建成区面积（km²）或建成区人口。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/standards/hj664.py" line="127" />
      <source>Built-up area and population cannot be negative.</source>
      <translation>建成区面积和人口不能为负数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="10" />
      <source>OGC SensorThings API v1.1</source>
      <translation>OGC SensorThings API v1.1</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="10" />
      <source>OpenAQ v3</source>
      <translation>OpenAQ v3</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="10" />
      <source>Generic JSON (field mapping)</source>
      <translation>通用 JSON（字段映射）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="12" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="17" />
      <source>Air</source>
      <translation>环境空气</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="12" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="17" />
      <source>Water</source>
      <translation>地表水</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="12" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/__init__.py" line="32" />
      <source>unknown API type '{}': use one of {}</source>
      <translation>未知的 API 类型“{}”：请使用 {} 之一</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/classify.py" line="42" />
      <source>unknown network</source>
      <translation>未知监测网络</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/classify.py" line="26" />
      <source>AQI {} ({}), primary: {}</source>
      <translation>AQI {}（{}），首要污染物：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/classify.py" line="23" />
      <source>no pollutant value</source>
      <translation>无污染物数值</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/classify.py" line="37" />
      <source>no assessed item</source>
      <translation>无评价项目</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/classify.py" line="40" />
      <source>{} worse than V, worst: {}</source>
      <translation>{} 劣V类，超标最重项目：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/classify.py" line="41" />
      <source>{} class {}, worst: {}</source>
      <translation>{} {}类，超标最重项目：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="69" />
      <source>the field mapping must be a JSON object</source>
      <translation>字段映射必须是 JSON 对象</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="72" />
      <source>the field mapping lacks {}</source>
      <translation>字段映射缺少 {}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="75" />
      <source>layout must be 'wide' or 'long', not {!r}</source>
      <translation>layout 必须为 'wide' 或 'long'，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="77" />
      <source>a wide layout needs 'parameters': {parameter: field}</source>
      <translation>wide（宽表）布局需要 'parameters'：{parameter: field}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="79" />
      <source>a long layout needs the 'parameter' and 'value' fields</source>
      <translation>long（长表）布局需要 'parameter' 和 'value' 字段</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="82" />
      <source>timezone must be an offset such as +08:00, not {!r}</source>
      <translation>timezone 必须是 +08:00 这样的时差，而不是 {!r}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="241" />
      <source>this platform's JSON has no history query: only the latest values are read</source>
      <translation>该平台的 JSON 不提供历史数据查询：只读取最新值</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="141" />
      <source>stopped after {} pages: page cap reached</source>
      <translation>已达分页上限，读取 {} 页后停止</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="147" />
      <source>no record list at '{}' in the platform's reply: check the field mapping</source>
      <translation>平台返回结果中“{}”处没有记录列表：请检查字段映射</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="67" />
      <source>the field mapping is not valid JSON: {}</source>
      <translation>字段映射不是有效的 JSON：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="227" />
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="338" />
      <source>unit missing: assumed the standard unit</source>
      <translation>缺少单位：按标准单位处理</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/generic_json.py" line="212" />
      <source>parameter '{}' is not known: left out</source>
      <translation>未知监测参数“{}”：已忽略</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="190" />
      <source>cannot convert {} from '{}' to '{}'</source>
      <translation>无法将 {} 从“{}”换算为“{}”</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="23" />
      <source>Dissolved oxygen</source>
      <translation>溶解氧</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="24" />
      <source>Permanganate index</source>
      <translation>高锰酸盐指数</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="24" />
      <source>Ammonia nitrogen</source>
      <translation>氨氮</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="25" />
      <source>Total phosphorus</source>
      <translation>总磷</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="25" />
      <source>Total nitrogen</source>
      <translation>总氮</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="26" />
      <source>Turbidity</source>
      <translation>浊度</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="26" />
      <source>Water temperature</source>
      <translation>水温</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="27" />
      <source>Air temperature</source>
      <translation>气温</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="27" />
      <source>Relative humidity</source>
      <translation>相对湿度</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="28" />
      <source>Wind speed</source>
      <translation>风速</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/model.py" line="28" />
      <source>Wind direction</source>
      <translation>风向</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/openaq.py" line="48" />
      <source>stopped after {} pages</source>
      <translation>读取 {} 页后停止</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/openaq.py" line="42" />
      <source>{} did not answer as OpenAQ v3 (no 'results' list)</source>
      <translation>{} 的返回不符合 OpenAQ v3（没有 'results' 列表）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="81" />
      <source>the server at {} sent a web page instead of JSON: check the URL</source>
      <translation>{} 的服务器返回的是网页而不是 JSON：请检查 URL</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="79" />
      <source>the server at {} sent a login page instead of JSON: check the URL and the authentication configuration</source>
      <translation>{} 的服务器返回的是登录页面而不是 JSON：请检查 URL 和认证配置</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="86" />
      <source>the reply from {} is JSON nested too deeply to be station data</source>
      <translation>{} 的响应 JSON 嵌套层级过深，不可能是站点数据</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="94" />
      <source>the server at {} did not answer with JSON ({})</source>
      <translation>{} 处的服务器没有返回 JSON（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="92" />
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="304" />
      <source>connection cut: the JSON from {} ends after {} bytes, in the middle of the reply</source>
      <translation>连接中断：来自 {} 的 JSON 在 {} 字节处中途结束</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="62" />
      <source>the reply from {} is not valid {} text</source>
      <translation>{} 的响应不是有效的 {} 文本</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/reply.py" line="70" />
      <source>the reply from {} is neither UTF-8 nor GB18030 text</source>
      <translation>{} 的响应既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="79" />
      <source>{} did not answer with a SensorThings JSON object</source>
      <translation>{} 没有返回 SensorThings JSON 对象</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="90" />
      <source>{} answers, but not as a SensorThings API service (no Things/Datastreams in its root)</source>
      <translation>{} 有响应，但不是 SensorThings API 服务（根目录中没有 Things/Datastreams）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="130" />
      <source>{} answered without a 'value' list: not a SensorThings collection</source>
      <translation>{} 的返回没有 'value' 列表：不是 SensorThings 集合</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="212" />
      <source>{} entities in pages of {}: reading the first {} pages (page cap)</source>
      <translation>共 {} 个实体，每页 {} 个：只读取前 {} 页（分页上限）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="166" />
      <source>the server repeated a next link; stopped paging after {} pages</source>
      <translation>服务器重复返回同一下一页链接；读取 {} 页后停止翻页</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="169" />
      <source>stopped after {} pages ({} items): page cap reached</source>
      <translation>已达分页上限，读取 {} 页（{} 项）后停止</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="174" />
      <source>{}; stopped paging after {} pages</source>
      <translation>{}；已在 {} 页后停止翻页</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="262" />
      <source>the server could not expand latest observations ({}); querying each Datastream</source>
      <translation>服务器无法展开最新观测值（{}）；改为逐个 Datastream 查询</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="119" />
      <source>the server refused $top; asking for pages of {}</source>
      <translation>服务器拒绝了 $top；改为每页请求 {} 项</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/sensorthings.py" line="260" />
      <source>the server refused $select inside $expand ({}); asking without it</source>
      <translation>服务器拒绝了 $expand 中的 $select（{}）；改为不带 $select 请求</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="333" />
      <source>no answer from {} within {:.0f} s</source>
      <translation>{} 在 {:.0f} 秒内无响应</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="142" />
      <source>no answer from {} after waiting {:.1f} s in all (attempts: {}; the timeout covers the whole request, retries included)</source>
      <translation>{} 无应答，共等待 {:.1f} 秒（尝试次数：{}；超时时限涵盖整个请求，包括重试）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="392" />
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="383" />
      <source>the authentication configuration {} could not be applied</source>
      <translation>无法应用认证配置 {}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="203" />
      <source>the server refused the credentials (HTTP {}) for {}</source>
      <translation>服务器拒绝了认证凭据（HTTP {}）：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="208" />
      <source>HTTP {} from {}</source>
      <translation>HTTP {}，来自 {}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="292" />
      <source>TLS error talking to {}: {}</source>
      <translation>与 {} 通信时发生 TLS 错误：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="467" />
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="300" />
      <source>cannot reach {}: {}</source>
      <translation>无法连接 {}：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="190" />
      <source>more than {} redirects from {}</source>
      <translation>重定向超过 {} 次（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="198" />
      <source>HTTP {} from {} — retrying in {:.1f} s</source>
      <translation>HTTP {}，来自 {} — {:.1f} 秒后重试</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="467" />
      <source>network error</source>
      <translation>网络错误</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/cloud/transport.py" line="180" />
      <source>{} — retrying in {:.1f} s</source>
      <translation>{} — {:.1f} 秒后重试</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="128" />
      <source>{} grids cannot cover {} separate parts (towns or unconnected areas): each needs at least one grid.</source>
      <translation>{} 个网格无法覆盖 {} 个相互分隔的部分（乡镇或不连通区域）：每部分至少需要一个网格。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="309" />
      <source>There are no units to group into grids.</source>
      <translation>没有可划分网格的单元。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="313" />
      <source>{} units have no workload value (null or not a number).</source>
      <translation>{} 个单元没有工作量数值（为空或不是数字）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="315" />
      <source>Workloads must be zero or positive; {} units are negative.</source>
      <translation>工作量必须为零或正数；有 {} 个单元为负。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="317" />
      <source>Give the number of grids (DISTRICTS), the largest workload per grid (MAX_WORKLOAD) or today's grids (KEEP_FIELD).</source>
      <translation>请给出网格数（DISTRICTS）、每个网格的最大工作量（MAX_WORKLOAD）或现有网格（KEEP_FIELD）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="320" />
      <source>{} grids asked for {} units: the number of grids must be between 1 and the number of units.</source>
      <translation>要求 {} 个网格、{} 个单元：网格数必须在 1 与单元数之间。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="324" />
      <source>Unit {} alone has a workload of {:.6g}, above MAX_WORKLOAD = {:.6g}: no grid can hold it.</source>
      <translation>单元 {} 自身的工作量为 {:.6g}，超过 MAX_WORKLOAD = {:.6g}：任何网格都容纳不下。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="373" />
      <source>{} units in {} separate parts too small for a grid of their own were joined to the grid of the nearest unit (marked island).</source>
      <translation>{} 个单元位于 {} 个过小、不足以单独成网格的分隔部分，已并入最近单元所在的网格（标记为飞地）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="383" />
      <source>The exact method takes at most {} units ({} given): the heuristic's grids are reported.</source>
      <translation>精确方法最多处理 {} 个单元（当前 {} 个）：报告给出启发式方法的网格。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="387" />
      <source>This scipy has no MILP solver (scipy ≥ 1.9 is needed): the heuristic's grids are reported.</source>
      <translation>当前 scipy 没有混合整数规划求解器（需要 scipy ≥ 1.9）：报告给出启发式方法的网格。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="404" />
      <source>The exact method found no better grids within {:g} s: the heuristic's grids are reported.</source>
      <translation>精确方法在 {:g} 秒内未找到更好的网格：报告给出启发式方法的网格。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="417" />
      <source>Exact method: the largest deviation is proven optimal (mixed-integer programme).</source>
      <translation>精确方法：最大偏差已被证明为最优（混合整数规划）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/districts.py" line="419" />
      <source>Exact method stopped at its {:g} s time limit: best grids found, the bound is the solver's proven bound.</source>
      <translation>精确方法在 {:g} 秒时限处停止：给出找到的最好网格，下界为求解器证明的界。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="147" />
      <source>The enterprise register is empty.</source>
      <translation>企业名录为空。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="149" />
      <source>{} enterprises have no id: every entry of the register needs one.</source>
      <translation>{} 家企业没有编号：名录中的每一条都需要编号。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="153" />
      <source>Duplicate enterprise ids in the register: {}.</source>
      <translation>名录中企业编号重复：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="156" />
      <source>{} officers have no id.</source>
      <translation>{} 名执法人员没有编号。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="159" />
      <source>Duplicate officer ids in the inspector register: {}.</source>
      <translation>执法人员名录中编号重复：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="161" />
      <source>Each inspection needs at least two officers (PER_TASK ≥ 2); got {}.</source>
      <translation>每次检查至少需要两名执法人员（PER_TASK ≥ 2）；当前为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="169" />
      <source>No rate for the strata {}: add them to RATES (or a default '*=0.05').</source>
      <translation>类别 {} 没有抽查比例：请在 RATES 中补充（或设置默认值 '*=0.05'）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="260" />
      <source>A seed is needed: publish it before the draw so anyone can reproduce the result.</source>
      <translation>需要随机种子：请在抽取前公布，以便任何人都能复现结果。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="272" />
      <source>The inspector register has {} officers; each inspection needs {}.</source>
      <translation>执法人员名录只有 {} 人；每次检查需要 {} 人。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="282" />
      <source>These enterprises cannot be staffed: fewer than {} officers may inspect them under the conflict rules (own district, inspected last period); allowed officers in brackets: {}.</source>
      <translation>以下企业无法配齐检查人员：按回避规则（本辖区、上期检查过）可检查的执法人员少于 {} 人；括号内为可派人数：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="289" />
      <source>{} inspections × {} officers need at least {} tasks per officer; MAX_LOAD is {}.</source>
      <translation>{} 次检查 × 每次 {} 人，每名执法人员至少需承担 {} 次；MAX_LOAD 为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="297" />
      <source>No assignment meets the conflict rules with at most {} tasks per officer; {} inspections stay short of officers, e.g. {}. Raise MAX_LOAD or add officers.</source>
      <translation>在每人至多 {} 次任务的条件下，没有满足回避规则的分配方案；{} 次检查人员不足，例如 {}。请提高 MAX_LOAD 或增加执法人员。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="164" />
      <source>The rate for stratum '{}' must be a share between 0 and 1 (e.g. 0.05 or 5%); got {}.</source>
      <translation>类别“{}”的抽查比例必须在 0 到 1 之间（如 0.05 或 5%）；当前为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/draw.py" line="270" />
      <source>No enterprise was drawn: the rates give zero inspections this period.</source>
      <translation>未抽中任何企业：按当前比例本期检查数为零。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="441" />
      <source>The service time per inspection must be zero or more minutes.</source>
      <translation>每次检查的停留时间必须为零或正的分钟数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="443" />
      <source>The working day must be longer than zero hours.</source>
      <translation>工作日时长必须大于零小时。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="445" />
      <source>At least one inspection per day is needed.</source>
      <translation>每天至少要安排一次检查。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="448" />
      <source>The office needs one point with valid coordinates.</source>
      <translation>单位驻地需要一个坐标有效的点。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="476" />
      <source>The office is farther than {:g} m from every road: move it or raise the snap distance.</source>
      <translation>单位驻地距离所有道路都超过 {:g} 米：请移动驻地点或增大吸附距离。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="69" />
      <location filename="../../eco_supervision_plugin/core/emergency/plan.py" line="179" />
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="209" />
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="240" />
      <location filename="../../eco_supervision_plugin/core/roads/network.py" line="79" />
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="110" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="105" />
      <source>The road layer has no usable lines.</source>
      <translation>道路图层中没有可用的线。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="515" />
      <source>{} inspections lie farther than {:g} m from every road and are left out of the routes.</source>
      <translation>{} 项检查距离所有道路都超过 {:g} 米，未排入路线。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="518" />
      <source>{} inspections cannot be reached from the office over the roads (or the way back is missing) and are left out of the routes.</source>
      <translation>{} 项检查无法从单位经道路到达（或无法返回），未排入路线。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="522" />
      <source>{} inspections alone take longer than the working day (travel there and back and the inspection): each has a day of its own.</source>
      <translation>{} 项检查单独一项就超过一个工作日（往返路程加检查时间）：每项单独安排一天。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="550" />
      <source>{} drawn enterprises have no usable location and are left out of the routes.</source>
      <translation>{} 家抽中的企业没有可用位置，未排入路线。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/supervision/routes.py" line="453" />
      <source>Stop {} of a route is not among the {} inspection points.</source>
      <translation>路线中的站点 {} 不在 {} 个检查点之内。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/backup.py" line="46" />
      <source>No demand point can be covered twice by the candidate and existing sites.</source>
      <translation>没有任何需求点能被候选站址和已有站点双重覆盖。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/backup.py" line="68" />
      <source>Model reduced to {} demand rows × {} candidates (rows already backed up by existing sites or never reachable twice removed, identical rows merged).</source>
      <translation>模型已缩减为 {} 个需求行 × {} 个候选站址（已移除已有站点已提供备份覆盖或无法双重覆盖的行，合并了相同的行）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/backup.py" line="87" />
      <location filename="../../eco_supervision_plugin/core/siting/lscp.py" line="95" />
      <source>HiGHS MILP ({}) on the reduced model.</source>
      <translation>在缩减后的模型上求解 HiGHS MILP（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/backup.py" line="89" />
      <source>HiGHS stopped without a solution ({}); the local-search solution is reported.</source>
      <translation>HiGHS 停止且未得到解（{}）；报告局部搜索的解。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/coverage.py" line="54" />
      <source>rows, cols and costs must have the same length</source>
      <translation>rows、cols 和 costs 的长度必须相同</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/coverage.py" line="84" />
      <source>coverage radii must be finite and not negative</source>
      <translation>覆盖半径必须为有限值且不能为负数</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/coverage.py" line="57" />
      <source>a coverage pair refers to a demand or candidate that does not exist</source>
      <translation>覆盖对引用了不存在的需求点或候选站址</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/coverage.py" line="59" />
      <source>coverage costs must be finite numbers</source>
      <translation>覆盖成本必须为有限数值</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/curve.py" line="117" />
      <location filename="../../eco_supervision_plugin/core/siting/model_curves.py" line="118" />
      <source>The curve stops at {} new sites: no more candidates can be chosen.</source>
      <translation>曲线止于新增 {} 个站点：已无更多可选候选站址。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/lscp.py" line="30" />
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="117" />
      <source>No demand point lies within reach of any candidate or existing site.</source>
      <translation>没有任何需求点位于候选站址或已有站点的覆盖范围内。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/lscp.py" line="99" />
      <source>No set of sites was found that covers every coverable demand point while keeping the minimum spacing; reduce MIN_SPACING or add candidates.</source>
      <translation>未找到在保持最小间距的同时覆盖所有可覆盖需求点的站点组合；请减小 MIN_SPACING 或增加候选站址。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/lscp.py" line="32" />
      <source>{} demand point(s) are out of reach of every site and stay uncovered.</source>
      <translation>{} 个需求点不在任何站点的覆盖范围内，保持未覆盖。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/lscp.py" line="85" />
      <source>No set of sites covers every coverable demand point while keeping the minimum spacing; reduce MIN_SPACING or add candidates.</source>
      <translation>没有站点组合能在保持最小间距的同时覆盖所有可覆盖需求点；请减小 MIN_SPACING 或增加候选站址。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="143" />
      <source>Model reduced to {} demand rows × {} candidates ({} pairs) from {} × {}.</source>
      <translation>模型已缩减为 {} 个需求行 × {} 个候选站址（{} 对），原为 {} × {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="229" />
      <source>Greedy {:.6g}, after {} swap(s) {:.6g}; Lagrangian bound {:.6g}.</source>
      <translation>贪心解 {:.6g}，经 {} 次交换后 {:.6g}；拉格朗日界 {:.6g}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="236" />
      <source>No solution meets every category quota with P = {} new sites and the spacing rule; raise P, lower the quotas or the minimum spacing.</source>
      <translation>在 P = {} 个新增站点和间距规则下，没有解能满足每个类别的配额；请增大 P、降低配额或减小最小间距。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="332" />
      <source>HiGHS ({}) on the model left after reduced-cost fixing.</source>
      <translation>在约简费用固定后剩余的模型上运行 HiGHS（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="65" />
      <source>Quota category {} has no demand points.</source>
      <translation>配额类别 {} 没有需求点。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="70" />
      <source>Category {} cannot reach its coverage quota of {:.1%}: only {:.1%} of its weight lies within reach of any existing or candidate site ({} of {} demand points are out of reach).</source>
      <translation>类别 {} 无法达到 {:.1%} 的覆盖配额：其权重中仅有 {:.1%} 位于已有站点或候选站址的覆盖范围内（有 {} 个需求点无法覆盖，共 {} 个）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="134" />
      <source>{} dominated candidate(s) dropped (covering set inside another's).</source>
      <translation>已剔除 {} 个被支配的候选站址（其覆盖集合包含于其他候选站址的覆盖集合中）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="136" />
      <source>Dominated candidates were kept: with spacing rules dropping them is not exact.</source>
      <translation>保留了被支配的候选站址：存在间距规则时剔除它们将不再精确。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="168" />
      <source>The greedy start does not meet every category quota; the MILP must find a feasible solution.</source>
      <translation>贪心初始解未满足所有类别配额；需由 MILP 求得可行解。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="200" />
      <source>The Lagrangian bound proves the heuristic solution within the MIP gap; no MILP was needed.</source>
      <translation>拉格朗日界证明启发式解已在 MIP 间隙之内，无需求解混合整数规划。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="204" />
      <source>No MILP was run; the gap is measured against the Lagrangian bound.</source>
      <translation>未运行混合整数规划；间隙以拉格朗日界计算。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="226" />
      <source>Neighbourhood re-optimisation: {} move(s), {:.6g}.</source>
      <translation>邻域重新优化：{} 次移动，{:.6g}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="307" />
      <source>After reduced-cost fixing {} demand rows × {} candidates ({} pairs) are left: too large for HiGHS to close the gap in the time left, so the MILP was not run; the gap is from the Lagrangian bound.</source>
      <translation>约简费用固定后仍剩 {} 个需求行 × {} 个候选（{} 个覆盖对）：规模太大，HiGHS 无法在剩余时间内闭合间隙，因此未运行混合整数规划；间隙取自拉格朗日界。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="322" />
      <source>The MILP stopped without a better solution ({}); gap from the Lagrangian bound.</source>
      <translation>混合整数规划停止，未找到更优解（{}）；间隙取自拉格朗日界。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="330" />
      <source>HiGHS ({}) on the fixed model did not improve on the local-search solution.</source>
      <translation>HiGHS（{}）在固定后的模型上未能改进局部搜索解。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="189" />
      <source>The Lagrangian heuristic (sites with the largest reduced gains, then swaps) found {:.6g}.</source>
      <translation>拉格朗日启发式算法（先选缩减收益最大的站点，再交换）得到 {:.6g}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="284" />
      <source>Reduced-cost fixing shows that a better solution would need two sites closer than the minimum spacing: the local-search solution is optimal.</source>
      <translation>约简费用固定表明更优解需要两个站点的间距小于最小间距：局部搜索解即为最优。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="318" />
      <source>After reduced-cost fixing no solution better than the local-search one remains: it is optimal.</source>
      <translation>约简费用固定后不存在优于局部搜索解的解：该解即为最优。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/mclp.py" line="321" />
      <source>The MILP found no solution meeting the quotas ({}).</source>
      <translation>混合整数规划未找到满足配额的解（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/milp.py" line="23" />
      <location filename="../../eco_supervision_plugin/core/siting/plan_result.py" line="200" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="24" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="27" />
      <source>optimal</source>
      <translation>最优</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/milp.py" line="23" />
      <source>time limit</source>
      <translation>达到时间限值</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/milp.py" line="23" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="27" />
      <source>infeasible</source>
      <translation>无可行解</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/milp.py" line="24" />
      <source>unbounded</source>
      <translation>无界</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/milp.py" line="24" />
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/milp.py" line="24" />
      <source>trivial</source>
      <translation>平凡解</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/model_curves.py" line="291" />
      <source>HiGHS overran its share of the time on one curve point; the remaining points rely on the swap search and the Lagrangian bounds.</source>
      <translation>HiGHS 在某个曲线点上超出了分配的时间；其余各点改由交换搜索和拉格朗日界求解。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="97" />
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="115" />
      <source>Unknown siting model {}; use one of {}.</source>
      <translation>未知的选址模型 {}；请使用以下之一：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="101" />
      <source>No demand feature has a usable geometry.</source>
      <translation>没有任何需求要素具有可用的几何。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="103" />
      <source>No candidate site has a usable geometry.</source>
      <translation>没有任何候选站址具有可用的几何。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="106" />
      <source>Demand weights must not be negative ({} negative values).</source>
      <translation>需求权重不能为负数（有 {} 个负值）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="127" />
      <source>No demand point lies within the coverage radius of any candidate or existing site; check the radius (m) and that both layers cover the same area.</source>
      <translation>没有任何需求点位于候选站址或已有站点的覆盖半径内；请检查覆盖半径（m），并确认两个图层覆盖同一区域。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="130" />
      <source>{} demand points, {} candidates ({} existing), {} covering pairs, {} spacing conflicts.</source>
      <translation>{} 个需求点，{} 个候选点（其中 {} 个已有站点），{} 个覆盖对，{} 个间距冲突。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="178" />
      <source>The coverage radius must be a number of metres, 0 or more.</source>
      <translation>覆盖半径必须是不小于 0 的米数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="191" />
      <source>The coverage radius must be larger than 0 m.</source>
      <translation>覆盖半径必须大于 0 m。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="221" />
      <source>Quota category {} does not occur in field {}; its values are: {}.</source>
      <translation>配额类别 {} 不在字段 {} 中；该字段的取值为：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="241" />
      <source>Road network: {} nodes, {} edges; coverage measured along roads up to {} m.</source>
      <translation>路网：{} 个节点，{} 条边；覆盖按沿道路距离计算，最远 {} m。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="133" />
      <source>scipy.optimize.milp is not available (scipy &lt; 1.9): the heuristic solver is used and the result is not proved optimal.</source>
      <translation>scipy.optimize.milp 不可用（scipy &lt; 1.9）：将使用启发式求解器，结果未经最优性证明。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="151" />
      <source>Trade-off curve: 1 to {} new sites in {} s ({} point(s) not proved within the MIP gap).</source>
      <translation>权衡曲线：新增 1 至 {} 个站点，用时 {} 秒（{} 个点未在 MIP 间隙内得到证明）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="189" />
      <source>Candidate radii must not be negative.</source>
      <translation>候选点覆盖半径不能为负数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="201" />
      <source>{} candidate(s) lie at the same place as another one (within {} m) and were merged into it (feature ids {}).</source>
      <translation>{} 个候选点与另一候选点位置相同（相距 {} m 以内），已合并（要素 ID：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="211" />
      <source>Category quotas need a demand category field.</source>
      <translation>类别配额需要设置需求类别字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="224" />
      <source>Category quotas are enforced by the MCLP model only.</source>
      <translation>类别配额仅在 MCLP 模型中生效。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="235" />
      <source>Road network: {} nodes, {} edges (one-way streets honoured); coverage along roads up to {}.</source>
      <translation>路网：{} 个节点，{} 条边（遵循单行道方向）；沿道路的覆盖范围上限为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="185" />
      <source>{} candidate(s) have a null radius and use the coverage radius {} m.</source>
      <translation>{} 个候选点的覆盖半径为空，采用覆盖半径 {} m。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan.py" line="123" />
      <source>p-median: each demand point may be served by its {} nearest candidates (a full distance matrix would be too large).</source>
      <translation>P-中位：每个需求点只可由其最近的 {} 个候选点服务（完整距离矩阵过大）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan_result.py" line="202" />
      <source>Status {}: objective {:.6g}, bound {}, gap {}.</source>
      <translation>求解状态 {}：目标值 {:.6g}，界 {}，间隙 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan_result.py" line="200" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="24" />
      <source>feasible, not proved optimal</source>
      <translation>可行解，未证明最优</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/plan_result.py" line="201" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="25" />
      <source>heuristic, no bound</source>
      <translation>启发式解，无界</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/pmedian.py" line="144" />
      <source>No demand point has any candidate site to be assigned to.</source>
      <translation>没有任何需求点可分配到候选站址。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/pmedian.py" line="174" />
      <source>HiGHS MILP ({}) with one assignment variable per demand-candidate pair.</source>
      <translation>HiGHS MILP（{}），每个需求点-候选站址对一个分配变量。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/pmedian.py" line="184" />
      <source>{} demand row(s) have no open site among their pairs; each is charged {:.6g}.</source>
      <translation>{} 个需求行在其配对中没有开放站点；每行计罚 {:.6g}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="117" />
      <source>coverage must be a Coverage structure</source>
      <translation>coverage 必须是 Coverage 结构</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="120" />
      <source>There is no demand to cover.</source>
      <translation>没有需要覆盖的需求点。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="122" />
      <source>There are no candidate sites.</source>
      <translation>没有候选站址。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="125" />
      <source>There must be one weight per demand point.</source>
      <translation>每个需求点必须有一个权重。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="127" />
      <source>Demand weights must be numbers (found null or infinite weights).</source>
      <translation>需求权重必须为数字（发现空值或无穷大权重）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="129" />
      <source>Demand weights must not be negative.</source>
      <translation>需求权重不能为负数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="132" />
      <source>The existing-site mask must have one value per candidate.</source>
      <translation>已有站点标记必须为每个候选站址提供一个值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="137" />
      <source>The number of new sites P must not be negative.</source>
      <translation>新增站点数 P 不能为负数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="162" />
      <source>P = {} new sites is more than the {} candidate site(s) that can be chosen ({} candidates, {} existing, {} too close to an existing site).</source>
      <translation>P = {} 个新增站点多于可选的 {} 个候选站址（共 {} 个候选站址，{} 个已有站点，{} 个距已有站点过近）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="168" />
      <source>Category quotas apply to the maximal covering model only; they were not enforced.</source>
      <translation>类别配额仅适用于 MCLP 最大覆盖选址模型，本次未执行。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="149" />
      <source>{} pair(s) of existing sites are closer than the minimum spacing; they are kept.</source>
      <translation>{} 对已有站点的间距小于最小间距，予以保留。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/problem.py" line="153" />
      <source>{} candidate(s) lie closer than the minimum spacing to an existing site and were not considered.</source>
      <translation>{} 个候选站址与已有站点的距离小于最小间距，未予考虑。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/solve.py" line="106" />
      <source>This scipy has no scipy.optimize.milp (needs scipy &gt;= 1.9): the greedy + swap heuristic was used and the result is not proved optimal.</source>
      <translation>当前 scipy 没有 scipy.optimize.milp（需要 scipy &gt;= 1.9）：已使用贪心 + 交换启发式算法，结果未被证明为最优。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/solve.py" line="123" />
      <source>Only {} of the P = {} new sites add anything to the objective; the others would cover nothing more and were not placed.</source>
      <translation>仅有 {} 个新增站点（P = {}）能提高目标值；其余站点不会增加覆盖，未予布设。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/siting/study_area.py" line="92" />
      <source>HJ 664-2013 minimum could not be evaluated: {}</source>
      <translation>无法计算 HJ 664-2013 最少点位数：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/new_depots.py" line="118" />
      <source>network-siting solver, maximal covering model (MCLP): one team in time per risk source</source>
      <translation>监测网络选址求解器，MCLP 最大覆盖选址模型：每个风险源在时限内有一支队伍到达</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/new_depots.py" line="119" />
      <source>network-siting solver, backup coverage model: two different teams in time per risk source</source>
      <translation>监测网络选址求解器，备份覆盖模型：每个风险源在时限内有两支不同队伍到达</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/new_depots.py" line="120" />
      <source>greedy backup coverage: each new depot adds the most weight × min(teams in time, teams required)</source>
      <translation>贪心备份覆盖：每次新增的物资库使“权重 × min(时限内到达队伍数, 所需队伍数)”增加最多</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/new_depots.py" line="213" />
      <source>No candidate site has a usable point geometry.</source>
      <translation>没有任何候选站址具有可用的点几何。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/new_depots.py" line="217" />
      <source>The readiness of a new depot exceeds the first threshold.</source>
      <translation>新增物资库的出动准备时间超过了第一个响应时间阈值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/plan.py" line="187" />
      <location filename="../../eco_supervision_plugin/core/roads/snapping.py" line="43" />
      <source>The access speed must be positive.</source>
      <translation>接入速度必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/plan.py" line="224" />
      <location filename="../../eco_supervision_plugin/core/roads/network.py" line="82" />
      <source>Distances must be zero or more finite metres (got {}).</source>
      <translation>距离必须是大于或等于零的有限米数（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/plan.py" line="226" />
      <source>The service-area polygon buffer must be more than zero metres.</source>
      <translation>服务区面的缓冲距离必须大于零米。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/receptors.py" line="72" />
      <source>The receptor sampling cell must be more than zero metres.</source>
      <translation>受体面的采样格网尺寸必须大于 0 米。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/receptors.py" line="99" />
      <source>No receptor polygon has a usable geometry.</source>
      <translation>没有任何受体面具有可用的几何图形。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/receptors.py" line="108" />
      <source>Receptor weights must be zero or positive numbers.</source>
      <translation>受体权重必须为零或正数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="44" />
      <source>Give at least one response-time threshold in minutes, e.g. 30,60.</source>
      <translation>请至少给出一个以分钟为单位的响应时间阈值，例如 30,60。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="155" />
      <source>There are no emergency depots.</source>
      <translation>没有应急物资库。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="157" />
      <source>There are no risk sources.</source>
      <translation>没有风险源。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="160" />
      <source>The number of required responders must be 1 or more.</source>
      <translation>所需响应队伍数必须为 1 或以上。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="165" />
      <source>One readiness time and one team count per depot and one weight per source are needed.</source>
      <translation>每个应急物资库需要一个出动准备时间和一个队伍数，每个风险源需要一个风险权重。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="167" />
      <source>Readiness times must be zero or positive minutes.</source>
      <translation>出动准备时间必须为 0 或正的分钟数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="169" />
      <source>Team counts must be whole numbers, zero or more.</source>
      <translation>队伍数必须为大于或等于 0 的整数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="171" />
      <source>Risk weights must be zero or positive numbers.</source>
      <translation>风险权重必须为零或正数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="174" />
      <source>No depot has a team (all team counts are 0).</source>
      <translation>没有任何应急物资库配有队伍（队伍数均为 0）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="52" />
      <source>Response-time thresholds must be positive minutes (got {}).</source>
      <translation>响应时间阈值必须为正的分钟数（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="54" />
      <source>Response-time threshold {} min is longer than a week ({:g} min); give minutes, e.g. 30,60.</source>
      <translation>响应时间阈值 {} 分钟超过一周（{:g} 分钟）；请以分钟填写，例如 30,60。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/emergency/response.py" line="50" />
      <source>Threshold {!r} is not a number of minutes.</source>
      <translation>阈值 {!r} 不是分钟数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/costs.py" line="75" />
      <source>The default speed must be positive.</source>
      <translation>默认速度必须大于 0。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/costs.py" line="79" />
      <source>Speeds by road class must be positive km/h (bad class: {}).</source>
      <translation>各道路等级速度必须为正的 km/h（有误的等级：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/costs.py" line="180" />
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="101" />
      <source>Unknown network cost {!r}; use 'length' or 'time'.</source>
      <translation>未知的路网成本 {!r}；请使用 'length'（长度）或 'time'（时间）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/costs.py" line="182" />
      <source>The cost cutoff must be zero or positive.</source>
      <translation>成本上限必须为零或正数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="207" />
      <source>One speed and one direction are needed per road line part.</source>
      <translation>每个道路线部件需要一个速度和一个方向。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="212" />
      <source>{} road line(s) have a null, zero or negative speed; give a default speed.</source>
      <translation>{} 条道路线的速度为空、零或负数；请给出默认速度。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="214" />
      <source>The snapping tolerance must be zero or a positive distance in metres.</source>
      <translation>捕捉容差必须为零或以米为单位的正距离。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="225" />
      <source>Some road vertices have invalid coordinates.</source>
      <translation>部分道路顶点的坐标无效。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/graph.py" line="237" />
      <source>No road segment is left once vertices closer than {:g} m are merged: the snapping tolerance is as long as the roads. Use a smaller snapping tolerance (e.g. 1 m).</source>
      <translation>合并相距小于 {:g} 米的顶点后已没有任何路段：捕捉容差与道路一样长。请使用更小的捕捉容差（例如 1 米）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/network.py" line="94" />
      <source>Every road is closed by the barriers and restrictions; nothing can be reached.</source>
      <translation>所有道路均被障碍物和通行限制封闭，任何地点都无法到达。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/network.py" line="125" />
      <source>The coverage travel time must be more than 0 minutes.</source>
      <translation>覆盖通行时间必须大于 0 分钟。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/rules.py" line="114" />
      <source>Speed factors must be positive numbers, e.g. residential=0.6 (bad class: {}).</source>
      <translation>速度系数必须为正数，如 residential=0.6（错误的道路等级：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/rules.py" line="137" />
      <source>The barrier buffer must be zero or more metres.</source>
      <translation>障碍物缓冲距离必须大于或等于 0 米。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/rules.py" line="98" />
      <source>Restricted road classes need a road class field.</source>
      <translation>限行道路等级需要指定道路等级字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/rules.py" line="118" />
      <source>Speed factors by road class need a road class field.</source>
      <translation>按道路等级设置的速度系数需要指定道路等级字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/rules.py" line="124" />
      <source>{} road(s) have a congestion factor of zero or less; factors scale speeds and must be positive (0.6 = 60 % of the free-flow speed).</source>
      <translation>{} 条道路的拥堵系数小于或等于零；该系数用于折减车速，必须为正数（0.6 = 自由流车速的 60 %）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/roads/service_areas.py" line="182" />
      <source>Thresholds must be positive.</source>
      <translation>阈值必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="78" />
      <source>A distance band of {:g} m with {:g} m cells would need about {} of memory for the neighbour tables (limit {}). Use a distance band of a few cells (for example {:g} m).</source>
      <translation>{:g} m 的距离带配合 {:g} m 的网格，邻域表约需 {} 内存（上限 {}）。请使用几个网格宽的距离带（例如 {:g} m）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="215" />
      <source>One value per grid cell is needed.</source>
      <translation>每个网格需要一个数值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="217" />
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="162" />
      <source>Unknown neighbourhood {}: use distance, knn or queen.</source>
      <translation>未知的邻域 {}：请使用 distance（距离带）、knn（k 近邻）或 queen（后邻接）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="219" />
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="135" />
      <source>The distance band must be a positive number of metres.</source>
      <translation>距离带必须为正的米数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="229" />
      <source>Queen contiguity needs the lattice method.</source>
      <translation>后邻接（queen）需要使用规则格网方法。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="349" />
      <source>Unknown aggregation {}: use mean, max, sum or count.</source>
      <translation>未知的汇总方式 {}：请使用 mean（均值）、max（最大值）、sum（总和）或 count（计数）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="142" />
      <source>The number of nearest neighbours must be at least 1.</source>
      <translation>最近邻数至少为 1。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/gistar.py" line="144" />
      <source>{} nearest neighbours need more than {} cells with a value.</source>
      <translation>{} 个最近邻需要多于 {} 个有值的网格。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="49" />
      <source>The area of interest has no polygon with a usable geometry (its centre is {}, {}).</source>
      <translation>关注区域没有几何可用的面（其中心为 {}, {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="61" />
      <source>Unknown grid type {}: use square or hexagon.</source>
      <translation>未知的网格类型 {}：请使用 square（正方形）或 hexagon（六边形）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="152" />
      <location filename="../../processing_algorithms/qgis_io/polygon_rings.py" line="41" />
      <source>The area of interest has no polygon with an area.</source>
      <translation>关注区域中没有面积大于 0 的面。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="178" />
      <source>The cell size {:g} m is far too small for this area of interest ({:,} boundary crossings).</source>
      <translation>网格大小 {:g} m 对该关注区域而言过小（边界穿越 {:,} 次）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="191" />
      <source>The area of interest polygon is not closed; repair its geometry first.</source>
      <translation>关注区域面不闭合，请先修复其几何。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="214" />
      <source>The cell size {:g} m is far too small for this area of interest boundary.</source>
      <translation>网格大小 {:g} m 对该关注区域边界而言过小。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="296" />
      <source>The grid origin must be a finite point (got {}, {}).</source>
      <translation>网格原点必须是有限的点（当前为 {}, {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="300" />
      <source>The grid origin ({:g}, {:g}) is {:,.0f} km from the area of interest: cell numbers would exceed {:,}. Leave the grid origin empty (0,0) or give a point near the area.</source>
      <translation>网格原点（{:g}, {:g}）距关注区域 {:,.0f} km：网格编号将超过 {:,}。请将网格原点留空（0,0）或给出区域附近的点。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="317" />
      <source>The cell size must be a positive number of metres (got {}).</source>
      <translation>网格大小必须为正的米数（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="319" />
      <source>The area of interest is empty.</source>
      <translation>关注区域为空。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="324" />
      <source>A {:g} m grid over this area of interest ({:,.1f} km²) would create about {:,} cells, more than the limit of {:,}. Use a larger cell size or raise the limit.</source>
      <translation>{:g} m 网格覆盖该关注区域（{:,.1f} km²）约会产生 {:,} 个网格，超过上限 {:,}。请增大网格大小或提高上限。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="344" />
      <source>A {:g} m grid over this area of interest would create {:,} cells, more than the limit of {:,}. Use a larger cell size or raise the limit.</source>
      <translation>在该关注区域上生成 {:g} m 网格会产生 {:,} 个网格，超过上限 {:,}。请增大网格大小或提高上限。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/grid.py" line="389" />
      <source>Unknown neighbourhood {}.</source>
      <translation>未知的邻域 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="108" />
      <source>None of the {} points lies inside the area of interest grid.</source>
      <translation>{} 个点中没有任何点位于关注区域网格内。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="138" />
      <source>No point has a time value.</source>
      <translation>没有任何点具有时间值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="171" />
      <source>Give points with a value field, or a raster, to aggregate.</source>
      <translation>请提供带数值字段的点或栅格用于汇总。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="112" />
      <source>A value field is needed for the {} aggregation.</source>
      <translation>汇总方式 {} 需要数值字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="118" />
      <source>Every point inside the area of interest has a null value.</source>
      <translation>关注区域内所有点的数值均为空。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="133" />
      <source>The time values hold dates without a time of day (for example a Date field of a shapefile): hourly periods put every reading at 00h. Choose a Period of Day or longer, or a date-and-time field.</source>
      <translation>时间值只有日期、没有时刻（例如 shapefile 的日期字段）：按小时统计会把所有读数归入 00 时。请将统计时段设为日或更长，或使用日期时间字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="197" />
      <source>Fewer than 3 cells have a value: Gi* cannot be computed.</source>
      <translation>有值的网格少于 3 个：无法计算 Gi*。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="205" />
      <source>Only {} cells hold an observation (at least {} are needed for a meaningful Gi*): the hot spots of so few cells are not evidence. Use a raster surface (for example satellite PM2.5) or micro-sensor readings that cover the area.</source>
      <translation>只有 {} 个网格有观测值（有意义的 Gi* 至少需要 {} 个）：这么少的网格得出的热点不能作为依据。请使用覆盖该区域的栅格面（例如卫星 PM2.5）或微型传感器数据。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="116" />
      <source>{} point(s) inside the grid have a null value and were skipped.</source>
      <translation>网格内有 {} 个点的数值为空，已跳过。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/plan.py" line="201" />
      <source>{} cell(s) have no neighbour with a value within the neighbourhood; widen the Distance band or choose K nearest cells. Filled cells are estimates and do not count as neighbours.</source>
      <translation>{} 个网格在邻域内没有有值的邻居；请加大距离带或选择 k 近邻网格。填充的网格是估计值，不计为邻居。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/trend.py" line="93" />
      <source>Unknown period {}: use hour, day, week or month.</source>
      <translation>未知的统计时段 {}：请使用 hour（小时）、day（日）、week（周）或 month（月）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/trend.py" line="78" />
      <source>The time value {!r} (record {}) is not a date/time; use ISO 8601 such as 2024-05-01 08:00:00.</source>
      <translation>时间值 {!r}（第 {} 条记录）不是日期/时间；请使用 ISO 8601 格式，例如 2024-05-01 08:00:00。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/zonal.py" line="87" />
      <source>The raster window over the area ({:,} × {:,} pixels) is too large to read; use a coarser raster or a smaller area.</source>
      <translation>区域上的栅格窗口（{:,} × {:,} 像元）过大，无法读取；请使用更粗分辨率的栅格或更小的区域。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/hotspot/zonal.py" line="83" />
      <source>The raster does not overlap the area of interest.</source>
      <translation>栅格与关注区域不重叠。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/bearings.py" line="38" />
      <source>{} wind direction value(s) lie outside 0–360 degrees (for example {:g}); the wind direction must be the degrees the wind blows from, clockwise from north.</source>
      <translation>{} 个风向值超出 0–360 度范围（例如 {:g}）；风向应为风的来向，自正北顺时针计的度数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/bearings.py" line="44" />
      <source>The wind directions all lie between 0 and {:.3f} (2π) while spreading over {:.2f}: they look like radians. Convert them to degrees (multiply by 180/π) and run again.</source>
      <translation>风向值全部位于 0 至 {:.3f}（2π）之间，跨度为 {:.2f}：看起来是弧度。请换算为度（乘以 180/π）后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="100" />
      <source>Unknown statistic {}; use CPF or CBPF.</source>
      <translation>未知的统计量 {}；请使用 CPF 或 CBPF。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="104" />
      <source>The parameters must be finite numbers.</source>
      <translation>参数必须是有限数值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="106" />
      <source>The percentile band {:g}–{:g} is not valid: use 0 ≤ low &lt; high ≤ 100.</source>
      <translation>百分位区间 {:g}–{:g} 无效：应满足 0 ≤ 下限 &lt; 上限 ≤ 100。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="109" />
      <source>Use between 4 and 72 direction sectors (16 or 36 are usual), not {}.</source>
      <translation>风向扇区数应在 4 到 72 之间（常用 16 或 36），而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="112" />
      <source>CBPF needs increasing positive wind-speed bin edges such as 2, 4, 6 (m/s).</source>
      <translation>CBPF 需要递增的正风速分档界限，例如 2, 4, 6（m/s）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="114" />
      <source>Calm speed must be ≥ 0; maximum distance, wedge radius and cell size must be &gt; 0.</source>
      <translation>静风风速须 ≥ 0；最大距离、扇形半径和网格大小须 &gt; 0。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="116" />
      <source>The minimum number of samples per bin must be at least 1.</source>
      <translation>每个分档的最少样本数至少为 1。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="197" />
      <source>No station has coordinates; the stations layer needs point geometries.</source>
      <translation>没有站点具有坐标；站点图层需要点几何。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="217" />
      <source>No reading can be used: {} have a null value, speed or direction, {} name no known station, {} lie outside the time window.</source>
      <translation>没有可用的监测记录：{} 条的浓度、风速或风向为空，{} 条对应的站点不存在，{} 条不在时间窗口内。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="223" />
      <source>All {} usable readings are calm (wind speed below {:g} m/s): the wind direction says nothing about the source.</source>
      <translation>全部 {} 条可用记录均为静风（风速低于 {:g} m/s）：风向无法指示污染来源。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="283" />
      <source>No non-calm reading lies in the {:g}–{:g} percentile band: the readings hold too few distinct values to attribute (widen the band).</source>
      <translation>没有非静风记录落在 {:g}–{:g} 百分位区间内：监测值的不同取值太少，无法溯源（请放宽区间）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="213" />
      <source>Wind from {} met station(s), each air station taking its nearest (at most {:.1f} km away): {} of {} readings found a wind report in their hour.</source>
      <translation>风向风速取自 {} 个气象站，每个空气站取最近的气象站（最远 {:.1f} km）：{} / {} 条读数在其所在小时找到了风观测。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="252" />
      <source>No candidate source lies within {:g} km of a station; raise the maximum distance.</source>
      <translation>没有候选污染源位于任一站点 {:g} km 范围内；请增大最大距离。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="268" />
      <source>{} reading(s) with a null value, wind speed or (non-calm) direction were left out.</source>
      <translation>{} 条浓度、风速或（非静风时）风向为空的记录已剔除。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="271" />
      <source>{} reading(s) name a station that is not in the stations layer (or has no coordinates) and were left out.</source>
      <translation>{} 条记录对应的站点不在站点图层中（或没有坐标），已剔除。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="274" />
      <source>{} reading(s) lie outside the time window or have no time.</source>
      <translation>{} 条记录不在时间窗口内或没有时间，已剔除。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="289" />
      <source>{} station(s) have fewer than {} non-calm readings in the percentile band ({}): their CPF is uncertain.</source>
      <translation>{} 个站点位于百分位区间内的非静风记录少于 {} 条（{}）：其 CPF 不确定。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="294" />
      <source>{} station(s) have no usable non-calm reading ({}): no wedge is drawn for them.</source>
      <translation>{} 个站点没有可用的非静风记录（{}）：不为其绘制扇形。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="298" />
      <source>{} calm reading(s) (below {:g} m/s) were counted but not binned.</source>
      <translation>{} 条静风记录（低于 {:g} m/s）已计数，但未参与分档。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="302" />
      <source>{} bin(s) hold fewer than {} readings: flagged, and not used for the source area or the ranking.</source>
      <translation>{} 个分档的记录少于 {} 条：已标记，不用于源区计算和排序。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="239" />
      <source>The source-area grid would exceed {} cells; it was not computed (use larger cells or a shorter maximum distance).</source>
      <translation>源区网格将超过 {} 个单元，未予计算（请增大网格或缩短最大距离）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="255" />
      <source>{} candidate source(s) lie beyond {:g} km of every station: flagged, not ranked.</source>
      <translation>{} 个候选污染源距所有站点均超过 {:g} km：已标记，不参与排序。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/plan.py" line="258" />
      <source>{} candidate source(s) have no emission value: they score 0.</source>
      <translation>{} 个候选污染源没有排放量数值：得分为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/wind.py" line="55" />
      <source>Wind from a separate layer is joined by the hour: set the readings' time field.</source>
      <translation>另一图层的风数据按小时连接：请设置读数的时间字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/wind.py" line="61" />
      <source>The wind layer has no met station with coordinates.</source>
      <translation>风数据图层中没有带坐标的气象站。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/air/wind.py" line="74" />
      <source>No wind report names a met station of the wind layer and has a time.</source>
      <translation>没有一条风观测同时带有风数据图层中的气象站编码和时间。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="439" />
      <source>OBJECTIVE must be 0 (capacity), 1 (smallest reduction) or 2 (equal percentage).</source>
      <translation>OBJECTIVE 必须为 0（纳污能力）、1（最小削减量）或 2（等比例削减）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="442" />
      <source>The safety margin must be at least 0 % and below 100 % (got {} %).</source>
      <translation>安全余量必须不小于 0 % 且小于 100 %（当前为 {} %）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="445" />
      <source>Choose at least one parameter.</source>
      <translation>请至少选择一个指标。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="456" />
      <source>Outfall allocation needs the design discharge of the rivers (DISCHARGE_FIELD).</source>
      <translation>入河排污口负荷分配需要河流的设计流量（DISCHARGE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="473" />
      <source>No checkpoint lies within {} m of a river; increase the snapping tolerance or check the layers' CRS.</source>
      <translation>没有控制断面位于河流 {} 米以内；请增大捕捉容差或检查图层的坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="477" />
      <source>A checkpoint's target class must be I to V (劣V has no limit).</source>
      <translation>控制断面的目标类别必须为 I 至 V 类（劣V类没有限值）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="377" />
      <source>Background concentrations of {} at the sources cannot be negative (field {}).</source>
      <translation>源头处 {} 的背景浓度不能为负（字段 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="405" />
      <source>Infeasible: at checkpoint {} the background and the minimum loads alone give {:.4g} mg/L, {:.4g} mg/L above the target (limit less the safety margin).</source>
      <translation>无可行解：在控制断面 {}，仅背景浓度和最小负荷就达到 {:.4g} mg/L，超出目标（限值扣除安全余量）{:.4g} mg/L。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="450" />
      <source>{} is not a GB 3838 item whose load can be allocated (e.g. CODMn, COD, NH3N, TP).</source>
      <translation>{} 不是可分配负荷的 GB 3838 指标（例如 CODMn、COD、NH3N、TP）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="453" />
      <source>Parameter {} has no decay rate; give it in DECAY_RATES (1/day, 0 for none).</source>
      <translation>指标 {} 没有降解系数；请在 DECAY_RATES 中给出（1/天，不降解为 0）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="469" />
      <source>{} checkpoint(s) are farther than {} m from any river and were left out: {}</source>
      <translation>{} 个控制断面距任何河流超过 {} 米，已排除：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="482" />
      <source>{} outfall(s) are farther than {} m from any river: no checkpoint is below them.</source>
      <translation>{} 个排污口距任何河流超过 {} 米：其下游没有控制断面。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="486" />
      <source>{} outfall(s) have no valid flow and were left out of the model.</source>
      <translation>{} 个排污口没有有效流量，未纳入模型。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="490" />
      <source>{} outfall(s) lie on reaches without a positive discharge and were left out of the model.</source>
      <translation>{} 个排污口位于没有正流量的河段上，未纳入模型。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="506" />
      <source>Outfalls without a concentration count as no load today for: {}</source>
      <translation>没有浓度值的排污口按现状无负荷计：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="514" />
      <source>Outfall minimum loads of {} must be ≥ 0 and not above the maximum loads.</source>
      <translation>排污口 {} 的最小负荷必须 ≥ 0 且不高于最大负荷。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="424" />
      <source>The allocation found no solution: {}</source>
      <translation>负荷分配未找到解：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="211" />
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="234" />
      <source>background</source>
      <translation>背景</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="194" />
      <source>off the network</source>
      <translation>不在河网上</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/allocation.py" line="196" />
      <source>no checkpoint below</source>
      <translation>下游无控制断面</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/classes.py" line="14" />
      <source>no value / not classified</source>
      <translation>无数值 / 未评价</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/classes.py" line="34" />
      <source>These fields are not GB 3838 items: {}. Understood names: {}. Tick 'Also interpolate fields that are not GB 3838 items' to interpolate them without a class.</source>
      <translation>以下字段不是 GB 3838 项目：{}。可识别的名称：{}。勾选“同时插值非 GB 3838 项目的字段”可对其插值（不评价类别）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/covariance.py" line="133" />
      <source>Unknown {} covariance family {}; use one of {}.</source>
      <translation>未知的{}协方差函数族 {}；请使用以下之一：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/decay.py" line="30" />
      <source>DECAY_RATES must look like 'CODMn=0.2; NH3N=0.15' (1/day); got '{}'.</source>
      <translation>DECAY_RATES 的格式应为 'CODMn=0.2; NH3N=0.15'（1/d）；当前为“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/decay.py" line="37" />
      <source>Decay rate for {} must be zero or positive (1/day).</source>
      <translation>{} 的衰减系数 K 必须为零或正数（1/d）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/decay.py" line="35" />
      <source>Decay rate for {} is not a number: '{}'.</source>
      <translation>{} 的衰减系数 K 不是数字：“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/geometry.py" line="53" />
      <source>SEGMENT_LENGTH must be positive.</source>
      <translation>SEGMENT_LENGTH 必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/interpolation.py" line="121" />
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="269" />
      <source>METHOD must be one of {}.</source>
      <translation>METHOD 必须是以下之一：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/interpolation.py" line="66" />
      <source>Parameter {} has no usable (non-null, non-negative) value at any {}.</source>
      <translation>参数 {} 在任何{}上都没有可用的（非空、非负）数值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/interpolation.py" line="151" />
      <source>{} segment(s) have no flow-connected section and were left empty.</source>
      <translation>{} 个河段单元没有水流连通的断面，保留为空值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/interpolation.py" line="61" />
      <source>{}: {} {}(s) with a null and {} with a negative value were excluded.</source>
      <translation>{}：{} 个数值为空的{}和 {} 个数值为负的已被排除。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/kriging_method.py" line="77" />
      <source>{}: network {} has only {} section(s), too few to fit kriging; flow-connected IDW is used there.</source>
      <translation>{}：第 {} 个河网仅有 {} 个断面，不足以拟合克里金；该河网改用水流连通 IDW。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/kriging_select.py" line="30" />
      <source>Model choice must be one of {}.</source>
      <translation>模型选择方式必须是以下之一：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/kriging_select.py" line="32" />
      <source>Switch on at least one covariance component (tail-up, tail-down, Euclidean or nugget).</source>
      <translation>请至少开启一个协方差分量（tail-up、tail-down、欧氏距离或块金效应）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/methods.py" line="106" />
      <source>The decay model needs a positive flow velocity on every reach (VELOCITY_FIELD / VELOCITY).</source>
      <translation>衰减模型要求每个河段都有正的流速（VELOCITY_FIELD / VELOCITY）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/methods.py" line="118" />
      <source>Discharge is zero or missing at {} confluence(s); the branches were mixed with equal weights there.</source>
      <translation>{} 个汇流点的流量为零或缺失；这些位置的支流按等权重混合。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/methods.py" line="121" />
      <source>Some outfalls lie on reaches without a discharge; they cannot be mixed in and were ignored.</source>
      <translation>部分排污口位于没有流量的河段上，无法参与混合，已被忽略。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/methods.py" line="124" />
      <source>No decay rates given and calibration is off: K = 0 (mixing only).</source>
      <translation>未给出衰减系数且未启用率定：K = 0（仅计算混合）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/network.py" line="247" />
      <location filename="../../eco_supervision_plugin/core/river/system.py" line="123" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="142" />
      <source>The river layer has no usable lines.</source>
      <translation>河流图层中没有可用的线。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/network.py" line="262" />
      <source>{} line(s) are shorter than the node tolerance ({} m) or closed rings and were dropped.</source>
      <translation>{} 条线短于节点容差（{} 米）或为闭合环，已被舍弃。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/network.py" line="267" />
      <source>No river line is longer than the node tolerance ({} m): the ends of every line were joined into one node. Lower the node tolerance (NODE_TOLERANCE).</source>
      <translation>没有长于节点容差（{} 米）的河流线：所有线的端点都被合并为同一个节点。请减小节点容差（NODE_TOLERANCE）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/network.py" line="359" />
      <source>{} loop(s) in the flow direction were found; the downstream link of reach(es) {} was cut.</source>
      <translation>在水流方向上发现 {} 处环路；已切断河段 {} 的下游连接。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/network.py" line="380" />
      <source>{} split(s) of the flow (braids or distributaries) were found; the branch with the largest discharge/area carries the flow-connected distances, the others start afresh.</source>
      <translation>发现 {} 处分流（辫状河道或分汊河道）；流量/汇水面积最大的分支承载水流连通距离，其余分支重新起算。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/network.py" line="432" />
      <source>Discharge/area is zero or missing at {} confluence(s); equal weights were used there.</source>
      <translation>{} 个汇流点的流量/汇水面积为零或缺失；这些位置使用等权重。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="272" />
      <location filename="../../processing_algorithms/river_interpolation.py" line="207" />
      <source>Choose at least one parameter field to interpolate.</source>
      <translation>请至少选择一个需要插值的参数字段。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="295" />
      <source>No section lies within {} m of a river; increase the snapping tolerance or check the layers' CRS.</source>
      <translation>没有任何断面位于河流 {} m 范围内；请增大捕捉容差或检查图层的坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="278" />
      <source>Decay rates given for fields that are not interpolated: {}</source>
      <translation>以下字段给出了衰减系数但未参与插值：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="283" />
      <source>The rivers form {} separate networks; each is interpolated on its own.</source>
      <translation>河流构成 {} 个相互独立的河网，将分别插值。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="291" />
      <source>{} section(s) are farther than {} m from any river and were left out: {}</source>
      <translation>{} 个断面距任何河流都超过 {} m，已排除：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="345" />
      <source>Reach and zone means need kriging (METHOD = stream-network kriging); none were computed.</source>
      <translation>河段与功能区均值需要克里金（METHOD = 河网克里金）；未计算。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="304" />
      <source>{} outfall(s) are farther than the snapping tolerance from any river and were ignored.</source>
      <translation>{} 个排污口距任何河流都超过捕捉容差，已忽略。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/plan.py" line="319" />
      <source>Covariate {} is not a river field; its segment values are interpolated from the sections along the network.</source>
      <translation>协变量 {} 不是河流图层的字段；其河段单元值由断面沿河网插值得到。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="323" />
      <source>The HORIZON of {} h is too short: the plume reaches nothing downstream within it (after about {} h). Lengthen HORIZON.</source>
      <translation>模拟时长 HORIZON 为 {} 小时，过短：在此时间内污染团未到达下游任何对象（约需 {} 小时）。请延长 HORIZON。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="179" />
      <source>A limit is needed: choose a GB 3838 item and class, or give LIMIT (mg/L).</source>
      <translation>需要限值：请选择 GB 3838 项目和类别，或给出 LIMIT（mg/L）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="184" />
      <source>No spill lies within the snapping tolerance of a river ({} spill(s)).</source>
      <translation>没有泄漏点位于河流捕捉容差范围内（共 {} 个）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="320" />
      <source>The HORIZON of {} h is too short: the plume reaches nothing downstream within it (the first receptor downstream is reached after about {} h). Lengthen HORIZON.</source>
      <translation>模拟时长 HORIZON 为 {} 小时，过短：在此时间内污染团未到达下游任何对象（下游第一个受体约在 {} 小时后到达）。请延长 HORIZON。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="186" />
      <source>{} spill(s) lie farther than the snapping tolerance from any river and were left out: {}.</source>
      <translation>{} 个泄漏点距河流超过捕捉容差，已排除：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="301" />
      <source>{} receptor(s) lie on a separate river network from every spill.</source>
      <translation>{} 个受体位于与所有泄漏点不同的独立水系。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill.py" line="297" />
      <source>{} receptor(s) downstream of a spill were not computed: {}.</source>
      <translation>泄漏点下游有 {} 个受体未计算：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="35" />
      <source>reached</source>
      <translation>已到达</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="36" />
      <source>downstream, reached after the horizon</source>
      <translation>位于下游，模拟时长之后到达</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="37" />
      <source>downstream, below 1 % of the limit</source>
      <translation>位于下游，浓度低于限值的 1 %</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="38" />
      <source>upstream of the spill</source>
      <translation>位于泄漏点上游</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="39" />
      <source>on another branch</source>
      <translation>位于其他支流</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="40" />
      <source>on a separate river network</source>
      <translation>位于另一独立水系</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="41" />
      <source>farther than the snapping tolerance from any river</source>
      <translation>距河流超过捕捉容差</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="42" />
      <source>no velocity on the path</source>
      <translation>流经河段缺少流速</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="43" />
      <source>no discharge on the path</source>
      <translation>流经河段缺少流量</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="44" />
      <source>no dispersion coefficient on the path</source>
      <translation>流经河段缺少弥散系数</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="134" />
      <source>{} is not a pollutant that a spill raises; choose another item or give LIMIT.</source>
      <translation>{} 不是泄漏会升高的污染物指标；请选择其他指标或给出限值 LIMIT。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="141" />
      <source>'{}' is not a GB 3838 item; give its LIMIT in mg/L. GB 3838 items: {}</source>
      <translation>“{}”不是 GB 3838 的项目；请给出其限值 LIMIT（mg/L）。GB 3838 项目：{}</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="161" />
      <source>HORIZON must be a positive number of hours.</source>
      <translation>模拟时长 HORIZON 必须是正的小时数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="163" />
      <source>TIME_STEP must be a positive number of minutes.</source>
      <translation>时间步长 TIME_STEP 必须是正的分钟数。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="165" />
      <source>TIME_STEP ({} min) is longer than the HORIZON ({} h).</source>
      <translation>时间步长 TIME_STEP（{} 分钟）长于模拟时长 HORIZON（{} 小时）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="168" />
      <source>{} time steps are too many (at most {}): lengthen TIME_STEP or shorten HORIZON.</source>
      <translation>时间步数 {} 过多（最多 {}）：请加大 TIME_STEP 或缩短 HORIZON。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="171" />
      <source>DECAY_RATE must be zero or a positive number (1/day).</source>
      <translation>降解系数 DECAY_RATE 必须为零或正数（1/d）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="174" />
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="138" />
      <source>LIMIT must be a positive concentration in mg/L (got {}).</source>
      <translation>限值 LIMIT 必须是正的浓度（mg/L），当前为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="177" />
      <source>The leading-edge fraction must lie between 0 and 1.</source>
      <translation>前锋判定比例必须介于 0 和 1 之间。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="188" />
      <source>There is no spill.</source>
      <translation>没有泄漏点。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="191" />
      <source>The spilled mass must be a positive number of kg (spill {}: {}).</source>
      <translation>泄漏量必须是正的千克数（泄漏点 {}：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="195" />
      <source>The release duration must be zero (instantaneous) or positive (spill {}).</source>
      <translation>排放历时必须为零（瞬时）或正数（泄漏点 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="199" />
      <source>Spill {} has no valid start time.</source>
      <translation>泄漏点 {} 没有有效的开始时间。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_inputs.py" line="114" />
      <source>The dispersion coefficient must be a positive number of m²/s (got {}).</source>
      <translation>弥散系数必须是正数（m²/s），当前为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_paths.py" line="118" />
      <source>Spill {}: the flow splits downstream (braid or distributary); the whole plume is followed down the main branch, the other branches are reported as not reached.</source>
      <translation>泄漏点 {}：下游河道分汊（辫状河道或分流）；整个污染团按主汊道追踪，其他汊道报告为未到达。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_paths.py" line="122" />
      <source>Spill {}: the flow path runs into a loop of the river lines, cut at reach {}; the plume is not followed beyond it.</source>
      <translation>泄漏点 {}：流路进入河流线的环路，已在河段 {} 处断开；不再向其下游追踪污染团。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_run.py" line="121" />
      <source>Choose a DISCHARGE_FIELD: the concentration is the spilled mass flux divided by the discharge (m³/s).</source>
      <translation>请选择流量字段（DISCHARGE_FIELD）：浓度等于泄漏物质通量除以流量（m³/s）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_run.py" line="141" />
      <location filename="../../processing_algorithms/river_interpolation.py" line="157" />
      <location filename="../../processing_algorithms/spill_warning.py" line="140" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="191" />
      <source>The snapping tolerance cannot be negative (got {} metres).</source>
      <translation>捕捉容差不能为负数（当前为 {} 米）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_run.py" line="143" />
      <source>There is no receptor (intake or monitoring section) with a usable point.</source>
      <translation>没有具有可用点位的敏感目标（取水口或监测断面）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_run.py" line="154" />
      <source>{} receptor(s) lie farther than {} m from any river: {}.</source>
      <translation>{} 个敏感目标距任何河流超过 {} m：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_run.py" line="180" />
      <source>No receptor is reached within the HORIZON of {} h: the first receptor downstream is reached after about {} h. Lengthen HORIZON.</source>
      <translation>在 {} h 的模拟时长（HORIZON）内没有敏感目标被到达：下游第一个敏感目标约在 {} h 后到达。请延长 HORIZON。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/spill_run.py" line="161" />
      <source>The receptor class field is ignored: {} is not a GB 3838 item.</source>
      <translation>敏感目标类别字段被忽略：{} 不是 GB 3838 项目。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/system.py" line="119" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="113" />
      <source>The node tolerance cannot be negative (got {} metres).</source>
      <translation>节点容差不能为负数（当前为 {} 米）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/system.py" line="121" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="114" />
      <source>The default flow velocity must be greater than 0 m/s (got {}).</source>
      <translation>默认流速必须大于 0 m/s（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_supervision_plugin/core/river/system.py" line="125" />
      <source>The elevation field at the last vertex needs the elevation field (at the first vertex) as well.</source>
      <translation>使用末节点高程字段时，还需设置（首节点）高程字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="51" />
      <source>Monitoring network planning</source>
      <translation>监测网络规划</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="51" />
      <source>Air quality</source>
      <translation>环境空气质量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="52" />
      <source>Water environment</source>
      <translation>水环境</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="52" />
      <source>Emergency response</source>
      <translation>环境应急</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="53" />
      <source>Supervision</source>
      <translation>监管</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="53" />
      <source>Live data</source>
      <translation>实时数据</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="169" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation>HTML 文件 (*.html);;JSON 文件 (*.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="248" />
      <location filename="../../processing_algorithms/fetch_stations.py" line="166" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="216" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="181" />
      <location filename="../../processing_algorithms/qgis_io/feature_writer.py" line="30" />
      <location filename="../../processing_algorithms/qgis_io/features.py" line="32" />
      <location filename="../../processing_algorithms/qgis_io/raster_blocks.py" line="35" />
      <location filename="../../processing_algorithms/qgis_io/read.py" line="263" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="138" />
      <source>Canceled by the user.</source>
      <translation>已被用户取消。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="168" />
      <source>Planning note — {}</source>
      <translation>规划说明 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="49" />
      <source>Emergency coverage over the road network</source>
      <translation>基于路网的应急覆盖分析</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="52" />
      <source>Checks whether emergency monitoring teams and supplies reach every environmental risk source in time over the road network, including two simultaneous incidents, and where to add depots.

Model: one road graph (vertices snapped within the snapping tolerance, edge time = length / speed, one-way roads honoured). Depots and risk sources join the network at their projection on the nearest road (a straight access leg at the access speed); points farther than the maximum snap distance are reported as off-network. Response time = readiness delay of the depot + network travel time (multi-source Dijkstra with a time limit). Teams are ranked per source: the first responder is the fastest team, the second responder the next one (the same depot when it has two teams). A source counts as covered twice only when two different teams reach it within the threshold, as needed to answer two simultaneous incidents (the dual-incident requirement for county-level environmental emergencies, cf. HJ 589 emergency monitoring and the emergency-response plan guidelines). Sources on a road piece without any depot are reported as isolated, never covered.

ROADS: road lines. SPEED_FIELD: speed in km/h; null or zero speeds fall back to the road-class speed (ROAD_CLASS_FIELD with CLASS_SPEEDS, e.g. motorway=100,primary=60) and then to DEFAULT_SPEED. DIRECTION_FIELD: one-way flag (1/yes/forward = digitised direction only, -1/reverse = against it, anything else both ways). ACCESS_SPEED: km/h of the off-network leg. DEPOTS: depot points; READINESS_FIELD: minutes before a team leaves; TEAMS_FIELD: how many incidents a depot can answer at once. RISK_SOURCES: risk source points; RISK_WEIGHT_FIELD: their weight. THRESHOLDS: minutes, e.g. 30,60. REQUIRED_RESPONDERS: 1, or 2 for two simultaneous incidents. CANDIDATES and NEW_DEPOT_COUNT: optional sites to add depots maximising weight covered (twice) within the first threshold.

The incident: BARRIERS (points, lines, polygons, widened by BARRIER_BUFFER) close the roads crossing or inside them; RESTRICTED_CLASSES or RESTRICTION_FIELD close roads this vehicle may not use; SPEED_FACTORS per road class or CONGESTION_FIELD per road scale speeds at peak hour (time = free-flow time / factor), giving the peak-hour coverage beside the free-flow one. RECEPTORS (points or polygons with RECEPTOR_WEIGHT_FIELD: population, drinking-water intakes, schools) give the weight reached per depot and threshold and the shares reached once and twice.

Outputs: OUTPUT risk sources with first/second responder and times and coverage per threshold; SERVICE_AREAS reachable road lines per depot and threshold (partial roads cut at the threshold); SERVICE_AREA_POLYGONS readable areas around them; NEW_DEPOTS chosen sites; REPORT weight covered once/twice, uncovered sources, load per depot and runtime.</source>
      <translation>检查应急监测队伍和应急物资能否经由路网及时到达每一个环境风险源（包括同时发生两起突发事件的情形），并给出应在何处增设应急物资库。

模型：构建一张路网图（捕捉容差内的节点合并，边的通行时间 = 长度 / 速度，遵循单行道方向）。应急物资库和风险源在最近道路上的投影点接入路网（以接入速度沿直线接入）；距最近道路超过最大捕捉距离的点报告为路网外。响应时间 = 物资库的出动准备时间 + 路网通行时间（带时间上限的多源 Dijkstra 算法）。对每个风险源按到达先后对队伍排序：第一响应队伍为最快到达的队伍，第二响应队伍为其次（物资库有两支队伍时可为同一物资库）。只有当两支不同的队伍都能在阈值内到达时，风险源才计为双重覆盖，以满足同时应对两起突发事件的需要（县级突发环境事件的双重事件要求，参见 HJ 589 突发环境事件应急监测技术规范及突发环境事件应急预案编制指南）。位于没有任何物资库的路网连通片上的风险源报告为孤立风险源，不计为覆盖。

ROADS：道路线。SPEED_FIELD：速度（km/h）；速度为空或为零时，先取道路等级速度（ROAD_CLASS_FIELD 与 CLASS_SPEEDS，如 motorway=100,primary=60），再取 DEFAULT_SPEED。DIRECTION_FIELD：单行标志（1/yes/forward = 仅沿数字化方向通行，-1/reverse = 仅逆数字化方向通行，其他值 = 双向通行）。ACCESS_SPEED：路网外接入段的速度（km/h）。DEPOTS：应急物资库点；READINESS_FIELD：队伍出发前的准备时间（分钟）；TEAMS_FIELD：物资库可同时应对的事件数。RISK_SOURCES：风险源点；RISK_WEIGHT_FIELD：风险源权重。THRESHOLDS：响应时间阈值（分钟），如 30,60。REQUIRED_RESPONDERS：1，或 2（同时应对两起事件）。CANDIDATES 与 NEW_DEPOT_COUNT：可选的候选站址，用于增设物资库，使第一个阈值内（双重）覆盖的风险权重最大。

突发事件情景：BARRIERS（点、线或面，按 BARRIER_BUFFER 外扩）封闭与其相交或位于其内的道路；RESTRICTED_CLASSES 或 RESTRICTION_FIELD 封闭该车辆不得通行的道路；SPEED_FACTORS（按道路等级）或 CONGESTION_FIELD（逐条道路）在高峰时段按系数折减车速（通行时间 = 自由流时间 / 系数），从而在自由流结果之外同时给出高峰时段的覆盖。RECEPTORS（点或面，权重取 RECEPTOR_WEIGHT_FIELD：人口、饮用水水源取水口、学校）给出各物资库在各阈值下到达的受体权重，以及被单重、双重覆盖的受体权重占比。

输出：OUTPUT 风险源，含第一/第二响应队伍、响应时间及各阈值下的覆盖情况；SERVICE_AREAS 各物资库在各阈值下可达的道路线（部分可达的道路在阈值处截断）；SERVICE_AREA_POLYGONS 可达道路周围便于阅读的服务区面；NEW_DEPOTS 选定的新站址；REPORT 单重/双重覆盖的权重、未覆盖的风险源、各物资库的负荷及运行时间。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="89" />
      <source>Road lines the teams drive on (any CRS: times are computed in metres). Vertices closer than the snapping tolerance become one junction.</source>
      <translation>应急队伍行驶的道路线（任意坐标系：按米计算时间）。距离小于节点捕捉容差的顶点合并为一个路口。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="93" />
      <source>Speed (km/h) on the straight leg from a depot or risk source to its nearest road, e.g. 15 for a site road or a walk with equipment.</source>
      <translation>物资库或风险源到最近道路的直线接入段的速度（km/h），例如厂区道路或携带设备步行取 15。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="96" />
      <source>Maximum distance from a point to the nearest road (m)</source>
      <translation>点到最近道路的最大距离（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="99" />
      <source>Existing emergency depots or monitoring team bases, one point each; teams leave from here.</source>
      <translation>现有应急物资库或应急监测队伍驻地，每处一个点；队伍从这里出发。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="101" />
      <source>Name of each depot in the outputs and the report (empty: the feature id).</source>
      <translation>输出和报告中各物资库的名称（留空：使用要素编号）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="103" />
      <source>Readiness field (minutes before a team leaves)</source>
      <translation>出动准备时间字段（队伍出发前的分钟数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="105" />
      <source>Teams field (incidents a depot can answer at once)</source>
      <translation>应急队伍数字段（物资库可同时应对的事件数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="108" />
      <source>Environmental risk sources to reach in time (chemical plants, tailings ponds, storage sites), one point each; the input layer is not modified.</source>
      <translation>需要及时到达的环境风险源（化工企业、尾矿库、仓储场所），每处一个点；不会修改输入图层。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="112" />
      <source>Weight of each risk source in the covered shares, e.g. its risk grade 1-3 (empty: weight 1 each; a null weight counts as 0).</source>
      <translation>各风险源在覆盖比例中的权重，例如风险等级 1-3（留空：每个权重为 1；空值按 0 计）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="115" />
      <source>Response-time thresholds (minutes, comma separated)</source>
      <translation>响应时间阈值（分钟，以逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="117" />
      <source>Required responders (2 = two simultaneous incidents)</source>
      <translation>所需响应队伍数（2 = 同时应对两起事件）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="121" />
      <source>Receptors: points or polygons (district population grid, drinking-water intakes, schools, hospitals) whose weight reached in time is counted; a polygon's weight is shared by area</source>
      <translation>受体：点或面（分区人口格网、饮用水水源取水口、学校、医院），统计在时限内到达的受体权重；面的权重按面积分摊</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="124" />
      <source>Receptor weight field (empty: weight 1 each)</source>
      <translation>受体权重字段（为空：每个受体权重为 1）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="126" />
      <source>Receptor polygons are sampled on a grid of this cell size (metres); each sample carries an equal share of the polygon's weight</source>
      <translation>受体面按此格网尺寸（米）采样；每个采样点平均分摊该面的权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="130" />
      <source>Points where a new depot could be built (empty: no new depots are proposed).</source>
      <translation>可新建物资库的点位（留空：不提出新增物资库）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="132" />
      <source>How many candidate sites to choose, adding the most risk weight covered within the first threshold (0: none).</source>
      <translation>要选出的候选站址数量，使第一个阈值内覆盖的风险权重增加最多（0：不选）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="135" />
      <source>Teams stationed at each new depot (2: it can answer two incidents at once).</source>
      <translation>每个新增物资库驻守的队伍数（2：可同时响应两起事件）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="137" />
      <source>Minutes before a team of a new depot leaves, added to its travel time.</source>
      <translation>新增物资库队伍出发前的准备分钟数，计入其行驶时间。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="140" />
      <source>Off: no service-area polygons (faster on large networks); the reachable road lines are still written.</source>
      <translation>关闭：不生成服务区面（大路网上更快）；仍输出可达道路线。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="143" />
      <source>Service-area polygon buffer around reachable roads</source>
      <translation>服务区面：可达道路的缓冲距离</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="154" />
      <source>Weight covered once / twice against the number of new depots, per threshold (a table)</source>
      <translation>各阈值下单重/双重覆盖权重随新增物资库数量的变化（表格）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="193" />
      <location filename="../../processing_algorithms/emergency_coverage.py" line="185" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="97" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="103" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="101" />
      <source>roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="88" />
      <location filename="../../processing_algorithms/network_siting.py" line="116" />
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="149" />
      <source>Road network</source>
      <translation>路网</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="92" />
      <source>Access speed off the network (km/h)</source>
      <translation>路网外接入速度（km/h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="95" />
      <source>Maximum snap distance (m)</source>
      <translation>最大捕捉距离（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="97" />
      <source>Emergency depots (points)</source>
      <translation>应急物资库（点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="100" />
      <source>Depot name field</source>
      <translation>物资库名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="102" />
      <source>Readiness field (min)</source>
      <translation>准备时间字段（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="104" />
      <source>Teams field</source>
      <translation>队伍数字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="106" />
      <source>Risk sources (points)</source>
      <translation>风险源（点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="110" />
      <source>Risk weight field</source>
      <translation>风险权重字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="114" />
      <source>Thresholds (min)</source>
      <translation>阈值（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="116" />
      <source>Required responders</source>
      <translation>所需响应队伍数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="118" />
      <source>Receptors (people, intakes, schools…)</source>
      <translation>受体（人口、取水口、学校……）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="123" />
      <source>Receptor weight field</source>
      <translation>受体权重字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="125" />
      <source>Receptor polygon sampling cell</source>
      <translation>受体面采样格网尺寸</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="128" />
      <source>Candidate sites for new depots</source>
      <translation>新增物资库候选站址</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="131" />
      <source>Number of new depots to choose</source>
      <translation>新增物资库数量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="134" />
      <source>Teams per new depot</source>
      <translation>每个新增物资库的队伍数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="136" />
      <source>Readiness of a new depot (minutes)</source>
      <translation>新增物资库的出动准备时间（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="139" />
      <source>Build service-area polygons</source>
      <translation>生成服务区面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="142" />
      <source>Polygon buffer</source>
      <translation>面缓冲距离</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="144" />
      <source>Risk sources with responders</source>
      <translation>风险源及响应队伍</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="146" />
      <source>Service areas (reachable roads)</source>
      <translation>服务区（可达道路）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="148" />
      <source>Service areas (polygons)</source>
      <translation>服务区（面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="150" />
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="75" />
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="86" />
      <source>New depots</source>
      <translation>新增应急物资库</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="152" />
      <source>New-depot curve (table)</source>
      <translation>新增物资库曲线（表格）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="185" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="73" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="71" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="82" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="83" />
      <source>depots</source>
      <translation>应急物资库</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="186" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="92" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="94" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="99" />
      <source>risk sources</source>
      <translation>风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="197" />
      <source>Building the road graph from {} line parts…</source>
      <translation>正在由 {} 个线部件构建路网图…</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="158" />
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="91" />
      <source>The parameter {} must be a finite number (got {{}}).</source>
      <translation>参数 {} 必须是有限数值（当前为 {{}}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/emergency_coverage.py" line="225" />
      <source>{} min: {:.1f}% of risk weight covered once, {:.1f}% twice.</source>
      <translation>{} 分钟：单重覆盖风险权重 {:.1f}%，双重覆盖 {:.1f}%。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="37" />
      <source>Fetch live stations</source>
      <translation>获取实时站点数据</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="40" />
      <source>Pulls the latest value of every air and surface-water automatic station from the eco-cloud platform into a point layer with one row per station and parameter.

URL: the service root, e.g. https://host/FROST-Server/v1.1 for an OGC SensorThings API v1.1 service, or the OpenAQ v3 root.
API type: SensorThings (Things, Locations, Datastreams, Observations; latest values in one $expand request per page), OpenAQ v3 (X-API-Key, 60 requests per minute) or Generic JSON: a provincial platform's own JSON read through a field mapping.
Field mapping (Generic JSON only): the mapping as JSON text or the path of a .json file, e.g. {"records": "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}; layout wide (one field per parameter) or long (parameter, value and unit fields); times without an offset are China Standard Time (+08:00) unless "timezone" says otherwise. See docs/live_stations.md.
Authentication: a QGIS authentication configuration; the secret stays in the QGIS authentication database and is never written to outputs or logs.
Network: air stations, water stations or both. Extent: keep stations inside it (optional).
Stale after (hours): a reading older than this is flagged stale=1.
Timeout: the deadline of each request, retries included. Credentials go only to the service URL's own server; links and redirects elsewhere are not followed unless allowed (advanced), and never with credentials; only http and https links are read; replies larger than the size limit are refused.

Each air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI categories; each water station by the GB 3838-2002 single-factor class of its latest values. Gas concentrations in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.
History (hours, advanced): with a History table output, the hourly readings of every fetched station over the last this many hours: one row per station and hour (UTC) with every parameter, the wind (WD, WS) included, in its own field, the readings table of the source attribution.
The report lists stations received and kept, stations without location, stale rows, stations per class, HTTP requests and warnings (page caps, repeated links, fallbacks).</source>
      <translation>从生态环境云平台获取所有环境空气和地表水自动站的最新监测值，生成点图层，每个站点的每项监测参数一行。

URL：服务根地址，例如 OGC SensorThings API v1.1 服务的 https://host/FROST-Server/v1.1，或 OpenAQ v3 的根地址。
API 类型：SensorThings（Things、Locations、Datastreams、Observations；每页用一次 $expand 请求获取最新值）、OpenAQ v3（X-API-Key，每分钟 60 次请求）或通用 JSON：通过字段映射读取省级平台自有格式的 JSON。
字段映射（仅用于通用 JSON）：以 JSON 文本或 .json 文件路径给出映射，例如 {"records": "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}；数据布局可为宽表（每项参数一个字段）或长表（参数、数值和单位字段）；未带时区偏移的时间按北京时间（+08:00）处理，除非 "timezone" 另有指定。详见 docs/live_stations.md。
认证：QGIS 认证配置；密钥保存在 QGIS 认证数据库中，绝不会写入输出或日志。
监测网络：空气站、水质站或两者。范围：仅保留范围内的站点（可选）。
数据过期时限（小时）：早于该时限的读数标记为 stale=1。
超时：每次请求的总时限，包括重试。凭据只发送给服务 URL 所在的服务器；指向其他服务器的链接和重定向不会被跟随（除非在高级参数中允许），且绝不携带凭据；只读取 http 和 https 链接；超过大小上限的响应将被拒绝。

每个空气站按实时空气质量指数 AQI（HJ 633，1 小时值）划分为六个 AQI 类别；每个水质站按其最新监测值以 GB 3838-2002 单因子评价法确定水质类别。以 ppm/ppb 表示的气态污染物浓度按 25 °C、101.325 kPa 换算为 µg/m³。
历史数据（小时，高级）：设置历史数据表输出时，给出所获取各站点最近这么多小时的逐时监测值：每个站点每小时一行（UTC），每项参数（含风向 WD、风速 WS）各占一个字段，即污染源解析的监测数据表。
报告列出接收和保留的站点数、无位置信息的站点、过期记录、各类别站点数、HTTP 请求数以及警告（分页上限、重复链接、回退处理）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="75" />
      <source>Root address of the station service, e.g. https://host/FROST-Server/v1.1 (SensorThings) or https://api.openaq.org/v3 (OpenAQ); for Generic JSON the address of the JSON reply.</source>
      <translation>站点服务的根地址，例如 https://host/FROST-Server/v1.1（SensorThings）或 https://api.openaq.org/v3（OpenAQ）；通用 JSON 填写返回 JSON 的地址。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="79" />
      <source>How the service answers: OGC SensorThings API v1.1, OpenAQ v3 (API key from the authentication configuration) or Generic JSON (a provincial platform, read through the field mapping).</source>
      <translation>服务的接口类型：OGC SensorThings API v1.1、OpenAQ v3（API 密钥取自认证配置）或通用 JSON（省级平台，按字段映射读取）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="83" />
      <source>Generic JSON only: which reply keys hold the records, station code, lon, lat, time and parameters, e.g. {"records": "data.list", "station_code": "stationCode"}; empty for the other API types.</source>
      <translation>仅用于通用 JSON：返回内容中哪些键存放记录、站点编码、经度、纬度、时间和监测项目，例如 {"records": "data.list", "station_code": "stationCode"}；其他 API 类型留空。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="87" />
      <source>A QGIS authentication configuration holding the key or password (empty: anonymous access); the secret is sent only to the service's own server and never written to outputs or logs.</source>
      <translation>保存密钥或密码的 QGIS 认证配置（留空：匿名访问）；密钥只发送给该服务自己的服务器，不会写入输出或日志。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="91" />
      <source>Which stations to keep: air quality stations, surface-water stations or both.</source>
      <translation>保留哪些站点：环境空气质量站、地表水站或两者。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="93" />
      <source>Keep only the stations inside this rectangle, e.g. the city's extent (empty: every station the service returns).</source>
      <translation>只保留此矩形范围内的站点，例如全市范围（留空：保留服务返回的所有站点）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="97" />
      <source>A latest reading older than this many hours is kept but flagged stale = 1 (default 3: a station silent for three hours).</source>
      <translation>最新读数早于这么多小时的仍保留，但标记 stale = 1（默认 3：站点三小时无数据）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="101" />
      <source>The longest one request may take, retries and waits included; the message says how long it waited.</source>
      <translation>单次请求的最长时间，包括重试和等待；出错信息会说明已等待多久。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="107" />
      <source>Per parameter: a value, unit and parameter field (the long table). Per station: one point per station with the latest value of every parameter as a field (PM2_5, NH3N …).</source>
      <translation>按参数：包含数值、单位和参数字段（长表）。按站点：每个站点一个点，各参数的最新值作为字段（PM2_5、NH3N …）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="111" />
      <source>A reply larger than this (decoded) is refused, so that a faulty or hostile server cannot exhaust the memory.</source>
      <translation>解码后大于该值的响应将被拒绝，以免故障或恶意服务器耗尽内存。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="115" />
      <source>Off: only links and redirects to the service URL's own server (scheme, host and port) are followed. On: links to other servers are followed too, always without the credentials.</source>
      <translation>关闭：只跟随指向服务 URL 所在服务器（协议、主机和端口相同）的链接和重定向。开启：也跟随指向其他服务器的链接，但始终不携带凭据。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="120" />
      <source>0: no history. Otherwise the History table holds each station's hourly readings over the last this many hours (at most a leap year).</source>
      <translation>0：不读取历史数据。否则历史数据表给出各站点最近这么多小时的逐时监测值（最多一个闰年）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="155" />
      <source>Pulling latest values…</source>
      <translation>正在获取最新监测值…</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="81" />
      <source>Field mapping for Generic JSON (JSON text or .json file)</source>
      <translation>通用 JSON 字段映射（JSON 文本或 .json 文件）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="86" />
      <source>Authentication configuration</source>
      <translation>认证配置</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="92" />
      <source>Keep stations inside extent</source>
      <translation>仅保留范围内的站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="95" />
      <source>Stale after (hours)</source>
      <translation>数据过期时限（小时）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="100" />
      <source>Timeout (seconds)</source>
      <translation>超时（秒）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="104" />
      <source>Layer layout</source>
      <translation>图层布局</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="110" />
      <source>Largest reply (MiB)</source>
      <translation>最大响应（MiB）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="114" />
      <source>Follow links to other servers</source>
      <translation>跟随指向其他服务器的链接</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="119" />
      <source>History (hours)</source>
      <translation>历史数据（小时）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="125" />
      <source>History (hourly readings)</source>
      <translation>历史数据（逐时监测值）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="130" />
      <source>Stale after must be a finite number of hours ≥ 0, not {}.</source>
      <translation>数据过期时限必须是 ≥ 0 的有限小时数，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="132" />
      <source>The timeout must be a finite number of seconds ≥ 1, not {}.</source>
      <translation>超时必须是 ≥ 1 的有限秒数，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="133" />
      <source>The largest reply must be a finite number of MiB ≥ 0.1, not {}.</source>
      <translation>最大响应必须是 ≥ 0.1 的有限 MiB 数，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="135" />
      <source>History (hours) must be between 0 and 8784 hours (a leap year), not {}.</source>
      <translation>历史数据（小时）必须介于 0 到 8784 小时之间（一个闰年），当前为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="143" />
      <source>The service URL must start with http:// or https://.</source>
      <translation>服务地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="210" />
      <source>This platform's API has no history query: the History table is empty.</source>
      <translation>该平台接口不支持历史数据查询：历史数据表为空。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="213" />
      <source>History (hours) is 0: the History table is empty.</source>
      <translation>历史数据（小时）为 0：历史数据表为空。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="227" />
      <source>Generic JSON needs a field mapping: give it as JSON text or the path of a .json file.</source>
      <translation>通用 JSON 需要字段映射：请以 JSON 文本或 .json 文件路径给出。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="206" />
      <source>History (hours) is set but the History table output is not: no history was read.</source>
      <translation>已设置历史数据（小时），但未设置历史数据表输出：未读取历史数据。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="215" />
      <source>Reading {} hours of history of {} stations…</source>
      <translation>正在读取 {} 小时的历史数据（{} 个站点）…</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="186" />
      <source>{} rows of stations without a location were left out.</source>
      <translation>已排除 {} 条无位置信息的站点记录。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="168" />
      <source>The station server refused the credentials: check the authentication configuration. ({})</source>
      <translation>站点服务器拒绝了认证凭据：请检查认证配置。（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="172" />
      <source>Could not read stations: {}</source>
      <translation>无法读取站点：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/fetch_stations.py" line="219" />
      <source>No history for station {}: {}</source>
      <translation>站点 {} 无历史数据：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="51" />
      <source>Hotspot supervision grid (Gi*, FDR, space-time trends)</source>
      <translation>热点网格监管（Gi*、FDR、时空趋势）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="54" />
      <source>Builds a square or hexagonal supervision grid (500-2000 m cells) over an area of interest, anchored to a fixed origin in a fixed grid CRS so that each cell keeps its code (for example S1000E512N3012) in every run and every month. Point readings are aggregated per cell, optionally with the area-weighted zonal mean of a raster such as a satellite PM2.5 surface.

Hot spots: Getis-Ord Gi* with binary weights that include the cell itself, on the cells that hold an observation (filled cells are estimates and never count), Benjamini-Hochberg false discovery rate correction, confidence bins -3..3, rank, percentile and a top N % flag. With a time field: Gi* per period, the Mann-Kendall trend of each cell's z-scores and an emerging hot spot category.

Outputs: the grid cells, optionally one row per cell and period, and a REPORT naming the grid CRS with counts per bin and category, the top cells and the runtime. No input layer is modified.</source>
      <translation>在关注区域上构建正方形或六边形监管网格（500–2000 m），网格锚定在固定网格坐标系的固定原点上，因此每个网格在每次运行、每个月都保持同一编码（例如 S1000E512N3012）。点位读数按网格汇总，可同时计算栅格（如卫星 PM2.5 面）按面积加权的分区均值。

热点：Getis-Ord Gi*，二元权重并包含网格自身，只在有观测值的网格上计算（填充的网格是估计值，从不计入），Benjamini-Hochberg 错误发现率校正，置信度分级 -3..3，排名、百分位及前 N % 标志。有时间字段时：逐时段 Gi*、每个网格 z 值的 Mann-Kendall 趋势及新兴热点类别。

输出：网格，可选的每个网格每个时段一行的图层，以及注明网格坐标系的 REPORT，含各分级和类别的计数、排名靠前的网格及运行时间。不修改任何输入图层。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="70" />
      <source>Polygons the grid covers, e.g. the city or a district (any CRS): cells whose centre is inside, and those the boundary crosses.</source>
      <translation>网格覆盖的面，例如全市或某个区（任意坐标系）：中心在面内的网格，以及边界穿过的网格。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="73" />
      <source>Side of a square cell, or distance between neighbouring hexagon centres, in metres.</source>
      <translation>正方形网格的边长，或相邻六边形中心之间的距离，单位为米。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="75" />
      <source>Square cells match a district's supervision grid; hexagons have six equal neighbours (smoother hot spots).</source>
      <translation>正方形网格与区县监管网格一致；六边形有六个等距邻居（热点更平滑）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="77" />
      <source>Projected CRS in metres that fixes what a cell code means. Default: the CGCS2000 3-degree Gauss-Krüger zone of the area's centre (EPSG:4534-4554), elsewhere the WGS 84 UTM zone; the input layers' own CRS never changes the codes.</source>
      <translation>以米为单位的投影坐标系，决定网格编码所指的位置。默认：区域中心所在的 CGCS2000 3 度高斯-克吕格分带（EPSG:4534–4554），其他地区为 WGS 84 UTM 分带；输入图层自身的坐标系不会改变编码。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="81" />
      <source>Fixed corner of the cell lattice in the grid CRS (default 0,0); keep it the same between runs so that codes stay comparable.</source>
      <translation>网格坐标系中网格格网的固定角点（默认 0,0）；各次运行保持不变，编码才可比较。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="85" />
      <source>Cut boundary cells to the area of interest (the output is then a MultiPolygon layer).</source>
      <translation>将边界网格裁剪到关注区域（此时输出为多面图层）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="87" />
      <source>Refuse grids with more cells than this, before anything is allocated.</source>
      <translation>网格数超过此值时在分配内存之前拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="90" />
      <source>Monitoring readings or emission sources; each point of a multi-point counts.</source>
      <translation>监测读数或排放源；多点要素的每个点都单独计数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="93" />
      <source>Numeric field to aggregate (not needed for Count).</source>
      <translation>用于汇总的数值字段（计数时不需要）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="96" />
      <source>How the readings of a cell make its value: mean or maximum concentration, sum (e.g. emissions in t/a) or count of points (a cell without points counts 0).</source>
      <translation>网格内读数如何汇总为网格值：浓度均值或最大值、总和（例如排放量 t/a）或点数（无点的网格计 0）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="100" />
      <source>Date/time or ISO 8601 text; enables Gi* per period, trends and emerging hot spots.</source>
      <translation>日期/时间或 ISO 8601 文本；启用逐时段 Gi*、趋势和新兴热点分析。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="103" />
      <source>With a time field: the length of one period of the hot spot trend (weeks start on Monday).</source>
      <translation>有时间字段时：热点趋势中一个时段的长度（每周从周一开始）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="105" />
      <source>Zonal mean per cell, weighted by the area each pixel shares with the cell (e.g. satellite PM2.5); the cell value when no readings are given.</source>
      <translation>每个网格的分区均值，按像元与网格的重叠面积加权（例如卫星 PM2.5）；未提供读数时作为网格值。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="108" />
      <source>Band of the raster surface to average (default 1).</source>
      <translation>用于求平均的栅格波段（默认 1）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="109" />
      <source>Give empty cells an inverse-distance estimate for the map (flag filled = 1). Filled cells are not observations: they get no Gi* and do not count in the false discovery rate.</source>
      <translation>为空网格给出反距离加权估计值用于制图（标志 filled = 1）。填充的网格不是观测值：不计算 Gi*，也不计入错误发现率。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="114" />
      <source>Which cells Gi* compares a cell with: those within the distance band, its k nearest cells with a value, or the cells sharing an edge or corner (hexagons: an edge).</source>
      <translation>Gi* 把一个网格与哪些网格比较：距离带内的网格、最近的 k 个有值网格，或共边、共角的网格（六边形：共边）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="117" />
      <source>Cells whose centres are within this distance are neighbours (the cell included).</source>
      <translation>中心在此距离内的网格互为邻居（包括网格自身）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="119" />
      <source>Number of nearest cells with a value, for K nearest cells.</source>
      <translation>k 近邻网格方式下有值的最近网格数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="121" />
      <source>Benjamini-Hochberg correction of the Gi* p-values of the observed cells.</source>
      <translation>对有观测值网格的 Gi* p 值进行 Benjamini-Hochberg 校正。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="123" />
      <source>Level (alpha) at which a cell is marked significant (fdr_sig).</source>
      <translation>网格标记为显著（fdr_sig）的水平（alpha）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="125" />
      <source>Flag the top N % of cells by value (bureau ranking).</source>
      <translation>按数值标记排前 N % 的网格（部门排名）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="167" />
      <location filename="../../processing_algorithms/hotspot_grid.py" line="172" />
      <location filename="../../processing_algorithms/hotspot_grid.py" line="174" />
      <location filename="../../processing_algorithms/hotspot_grid.py" line="176" />
      <source>points</source>
      <translation>点图层</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="189" />
      <location filename="../../processing_algorithms/hotspot_grid.py" line="151" />
      <source>area of interest</source>
      <translation>关注区域</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="69" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="185" />
      <source>Area of interest</source>
      <translation>关注区域</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="72" />
      <source>Cell size (m)</source>
      <translation>网格尺寸（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="74" />
      <source>Grid type</source>
      <translation>网格类型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="77" />
      <source>Grid CRS</source>
      <translation>网格坐标系</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="81" />
      <source>Grid origin</source>
      <translation>网格原点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="84" />
      <source>Clip cells to the area</source>
      <translation>将网格裁剪到区域</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="86" />
      <source>Maximum number of cells</source>
      <translation>网格数上限</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="88" />
      <source>Readings (points)</source>
      <translation>读数（点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="91" />
      <source>Value field</source>
      <translation>数值字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="94" />
      <source>Aggregation</source>
      <translation>汇总方式</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="98" />
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="51" />
      <source>Time field</source>
      <translation>时间字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="101" />
      <source>Period</source>
      <translation>统计时段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="104" />
      <source>Raster surface</source>
      <translation>栅格面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="107" />
      <source>Raster band</source>
      <translation>栅格波段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="109" />
      <source>Fill empty cells (IDW)</source>
      <translation>填充空网格（IDW）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="112" />
      <source>Neighbourhood</source>
      <translation>邻域</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="116" />
      <source>Distance band (m)</source>
      <translation>距离带（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="118" />
      <source>Nearest cells (k)</source>
      <translation>最近网格数（k）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="120" />
      <source>False discovery rate correction</source>
      <translation>错误发现率校正</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="122" />
      <source>Significance level</source>
      <translation>显著性水平</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="124" />
      <source>Top % flagged</source>
      <translation>标记前 %</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="126" />
      <source>Hotspot grid</source>
      <translation>热点网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="128" />
      <source>Hotspot grid per period</source>
      <translation>分时段热点网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="134" />
      <source>Cell size must be greater than 0 metres (got {}).</source>
      <translation>网格尺寸必须大于 0 米（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="135" />
      <source>Top N % must be between 0 and 100 (got {}).</source>
      <translation>前 N % 必须介于 0 与 100 之间（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="136" />
      <source>The distance band cannot be negative (got {} metres).</source>
      <translation>距离带不能为负数（当前为 {} 米）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="137" />
      <source>The significance level must be between 0.0001 and 0.5 (got {}).</source>
      <translation>显著性水平必须介于 0.0001 与 0.5 之间（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="178" />
      <source>No point has a usable geometry.</source>
      <translation>没有任何点具有可用的几何。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="206" />
      <source>Set a distance band greater than 0 metres.</source>
      <translation>请设置大于 0 米的距离带。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="208" />
      <source>Give a point layer with a value field, or a raster, to analyse.</source>
      <translation>请提供带数值字段的点图层或栅格用于分析。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="74" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="47" />
      <source>Square</source>
      <translation>正方形</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="74" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="47" />
      <source>Hexagon</source>
      <translation>六边形</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="95" />
      <source>Mean</source>
      <translation>均值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="95" />
      <source>Maximum</source>
      <translation>最大值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="95" />
      <source>Sum</source>
      <translation>总和</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="95" />
      <source>Count</source>
      <translation>计数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="101" />
      <source>Hour</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="101" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="101" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="101" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="113" />
      <source>Distance band</source>
      <translation>距离带</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="113" />
      <source>K nearest cells</source>
      <translation>K 个最近网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="113" />
      <source>Queen contiguity</source>
      <translation>后邻接（queen）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="220" />
      <source>{} {} cells of {:g} m in {}.</source>
      <translation>共 {} 个网格（{}），尺寸 {:g} m，坐标系 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="157" />
      <source>The grid CRS {} is not in metres; choose a projected CRS.</source>
      <translation>网格坐标系 {} 的单位不是米；请选择投影坐标系。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="212" />
      <source>Warning: {} area of interest polygon(s) were invalid (for example self-intersecting) and were repaired before building the grid; check the grid against the intended area.</source>
      <translation>警告：{} 个关注区域面无效（例如自相交），已在构建网格前修复；请核对网格是否与预期区域一致。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="223" />
      <source>Warning: {}</source>
      <translation>警告：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="149" />
      <location filename="../../processing_algorithms/qgis_io/crs.py" line="36" />
      <source>Layer {} has no valid coordinate reference system; set one before running.</source>
      <translation>图层“{}”没有有效的坐标参考系，请先设置坐标参考系再运行。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hotspot_grid.py" line="170" />
      <source>Choose a value field for the {} aggregation.</source>
      <translation>请为“{}”汇总方式选择数值字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="43" />
      <source>Inspection draw (double random)</source>
      <translation>双随机抽查</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="46" />
      <source>The "double random, one public" draw: which enterprises of the source register are inspected this period (a simple random sample per stratum at that stratum's rate) and which officers inspect each one (PER_TASK officers, never an officer of the enterprise's own district or one who inspected it last period, loads as even as these rules allow).

RATES: share per stratum, e.g. key=0.25; general=5%; special=1 (a '*' entry applies to every other stratum). Exclusions (a truthy field: inspected recently, under investigation) are never drawn.
SEED: publish it before the draw. The registers are put in a canonical order and hashed (SHA-256); the draw depends only on the registers, the seed and the algorithm version, all in the report, so anyone can reproduce and verify the published result.
If some enterprise cannot be staffed under the rules, the run stops and names it.

Day plans (optional): with ROADS and OFFICE, each officer's inspections are ordered into road routes that leave the office and come back (shortest road times; exact order up to 9 stops, otherwise insertion and 2-opt/Or-opt improvement), split into working days of at most MAX_DAY_HOURS with SERVICE_MINUTES at each enterprise. ROUTES holds one line per officer and day with its stops, km, hours and arrival times; inspections that cannot be reached over the roads are reported.</source>
      <translation>“双随机、一公开”抽查：本期从污染源名录中抽取哪些企业接受检查（各类别按其比例简单随机抽样），以及由哪些执法人员检查每家企业（每家 PER_TASK 人；不派企业所在辖区的执法人员，也不派上期检查过该企业的人员；在这些规则允许的范围内任务尽量均衡）。

RATES：各类别的抽查比例，如 key=0.25; general=5%; special=1（'*' 项适用于其余所有类别）。排除项（取值为真的字段：近期已检查、正在立案调查）不参加抽取。
SEED：请在抽取前公布。名录按统一顺序排列并计算 SHA-256 哈希；抽取结果只取决于名录、种子和算法版本，三者都写入报告，任何人都能复现并核验公布的结果。
若某家企业按规则无法配齐人员，运行将停止并指出该企业。

日程安排（可选）：给出 ROADS 和 OFFICE 时，把每名执法人员的检查任务排成从单位出发、最后返回单位的道路路线（按最短道路用时；9 站以内求精确顺序，否则用插入法加 2-opt/Or-opt 改进），并按每天不超过 MAX_DAY_HOURS 小时、每家企业停留 SERVICE_MINUTES 分钟分成若干工作日。ROUTES 为每名执法人员每天一条线，含站数、公里数、小时数和到达时间；经道路无法到达的检查任务会在报告中列出。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="66" />
      <source>The source register: one feature or row per enterprise (points, polygons or a table).</source>
      <translation>污染源名录：每家企业一条要素或一行（点、面或表）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="68" />
      <source>A unique id per enterprise; the register is sorted by it before the draw.</source>
      <translation>每家企业唯一的编号；抽取前名录按其排序。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="70" />
      <source>The supervision stratum of each enterprise (key discharge unit, general, special supervision …).</source>
      <translation>每家企业的监管类别（重点排污单位、一般单位、特殊监管对象……）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="73" />
      <source>Share of each stratum drawn this period, e.g. key=0.25; general=5%; special=1; '*' applies to every other stratum.</source>
      <translation>本期各类别的抽查比例，如 key=0.25; general=5%; special=1；'*' 适用于其余所有类别。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="76" />
      <source>District of each enterprise: no officer of the same district inspects it.</source>
      <translation>企业所在辖区：不派同一辖区的执法人员检查。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="78" />
      <source>True/1/yes for enterprises not drawn this period (inspected recently, under investigation).</source>
      <translation>取值为真/1/yes 的企业本期不参加抽取（近期已检查、正在立案调查）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="81" />
      <source>Officer ids of the last inspection (separated by commas, semicolons or spaces): they are not sent again.</source>
      <translation>上期检查人员的编号（用逗号、分号或空格分隔）：本期不再派出。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="84" />
      <source>The law-enforcement officers who may be drawn: one feature or row each.</source>
      <translation>可被抽取的执法人员：每人一条要素或一行。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="86" />
      <source>A unique id per officer, as written in the last-inspection field.</source>
      <translation>每名执法人员唯一的编号，与上期检查人员字段中的写法一致。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="88" />
      <source>The officer's unit, written to the officer loads.</source>
      <translation>执法人员所在单位，写入执法人员任务量。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="91" />
      <source>The officer's home district, compared with the enterprise district.</source>
      <translation>执法人员所属辖区，与企业所在辖区比对。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="94" />
      <source>Officers sent to each drawn enterprise (at least two).</source>
      <translation>每家抽中企业派出的执法人员数（至少两人）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="97" />
      <source>An upper limit on any officer's inspections; without it the loads are as even as the rules allow.</source>
      <translation>每名执法人员检查次数的上限；不设上限时任务在规则允许范围内尽量均衡。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="100" />
      <source>The seed published before the draw; with the two registers it reproduces the draw exactly.</source>
      <translation>抽取前公布的随机种子；结合两份名录可完全复现抽取结果。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="102" />
      <source>The drawn enterprises with their draw number, stratum and officers.</source>
      <translation>抽中企业及其抽取序号、类别和执法人员。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="105" />
      <source>One row per officer: the number and ids of their inspections.</source>
      <translation>每名执法人员一行：检查次数和企业编号。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="65" />
      <source>Enterprise register</source>
      <translation>企业名录</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="67" />
      <source>Enterprise id</source>
      <translation>企业编号</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="69" />
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="44" />
      <source>Stratum</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="71" />
      <source>Rates per stratum</source>
      <translation>各类别抽查比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="75" />
      <source>Enterprise district</source>
      <translation>企业所在辖区</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="77" />
      <source>Excluded this period</source>
      <translation>本期排除</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="79" />
      <source>Officers of the last inspection</source>
      <translation>上期检查人员</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="83" />
      <source>Inspector register</source>
      <translation>执法人员名录</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="85" />
      <source>Officer id</source>
      <translation>执法人员编号</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="87" />
      <source>Officer unit</source>
      <translation>执法人员所在单位</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="89" />
      <source>Officer home district</source>
      <translation>执法人员所属辖区</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="92" />
      <source>Officers per inspection</source>
      <translation>每次检查人数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="95" />
      <source>Maximum inspections per officer (0 = no cap)</source>
      <translation>每名执法人员最多检查次数（0 = 不限）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="99" />
      <source>Published seed</source>
      <translation>公布的随机种子</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="101" />
      <source>Drawn enterprises</source>
      <translation>抽中企业</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="103" />
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="74" />
      <source>Officer loads</source>
      <translation>执法人员任务量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/inspection_draw.py" line="113" />
      <source>The enterprise and inspector registers are both needed.</source>
      <translation>需要同时提供企业名录和执法人员名录。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="51" />
      <source>Monitoring network siting (coverage optimisation)</source>
      <translation>监测网络选址（覆盖优化）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="54" />
      <source>&lt;p&gt;Chooses monitoring sites (automatic air stations, high-density micro-sensors) among candidate points so that the demand points (hotspot grid cells, VOC enterprises, industrial parks, national control sites…) are watched, keeping the stations that already exist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: &lt;i&gt;MCLP&lt;/i&gt; maximises the demand weight covered with P new sites; &lt;i&gt;LSCP&lt;/i&gt; finds the fewest new sites covering every coverable demand point; &lt;i&gt;Backup coverage&lt;/i&gt; maximises the weight covered by at least two sites with P new sites; &lt;i&gt;p-median&lt;/i&gt; minimises the total weighted distance from each demand point to its nearest site with P new sites.&lt;/p&gt;&lt;p&gt;A candidate covers a demand point within RADIUS metres (or its own RADIUS_FIELD value: a micro-sensor and a station do not represent the same area), straight-line or, with NETWORK, along the roads. Existing stations (EXISTING_FIELD true) are always kept and counted; P counts new sites only. MIN_SPACING keeps any two chosen or existing sites apart. CATEGORY_MIN_COVERAGE (e.g. &lt;code&gt;VOC=1.0;park=1.0&lt;/code&gt;) requires a share of each DEMAND_CATEGORY's weight to be covered (MCLP).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: sparse coverage matrix (k-d tree or road Dijkstra), exact model reduction, greedy and swap local search, a Lagrangian bound (MCLP) and an exact HiGHS MILP (scipy) within TIME_LIMIT and MIP_GAP. The report states the status honestly: optimal (proved within MIP_GAP) or feasible with its gap.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: OUTPUT, the chosen and existing sites with rank, marginal gain and covered weight; DEMAND_OUTPUT, each demand point with its coverage; CURVE, the trade-off curve: the most weight 1 to CURVE_MAX new sites can cover (in total and per category) with its proven bound, computed incrementally (empty: twice P; 0: no curve); REPORT, a planning note with the headline, coverage per category, the curve and the number of sites for 90 %, a map and, for a STUDY_AREA, the minimum number of urban assessment stations of HJ 664-2013 (Technical Regulation for Selection of Ambient Air Quality Monitoring Stations).&lt;/p&gt;</source>
      <translation>&lt;p&gt;在候选点中选择监测点位（环境空气自动站、高密度微型站），使需求点（热点网格、VOCs 排放企业、工业园区、国控点等）得到有效监控，同时保留已有站点。&lt;/p&gt;&lt;p&gt;&lt;b&gt;模型&lt;/b&gt;：&lt;i&gt;MCLP&lt;/i&gt;（最大覆盖选址模型）在新增 P 个站点的条件下使被覆盖的需求权重最大；&lt;i&gt;LSCP&lt;/i&gt;（集合覆盖模型）求覆盖全部可覆盖需求点所需的最少新增站点数；&lt;i&gt;备份覆盖&lt;/i&gt;在新增 P 个站点的条件下使至少被两个站点覆盖的权重最大；&lt;i&gt;P-中位&lt;/i&gt;在新增 P 个站点的条件下使各需求点到最近站点的加权距离总和最小。&lt;/p&gt;&lt;p&gt;候选点覆盖其 RADIUS 米范围内的需求点（或取自身 RADIUS_FIELD 字段值：微型站与自动站的代表范围不同），按直线距离计算，设置 NETWORK 时沿道路计算。已有站点（EXISTING_FIELD 为真）始终保留并计入覆盖；P 只计新增站点。MIN_SPACING 规定任意两个选中或已有站点之间的最小间距。CATEGORY_MIN_COVERAGE（如 &lt;code&gt;VOC=1.0;park=1.0&lt;/code&gt;）要求每个 DEMAND_CATEGORY 类别的权重至少有规定比例被覆盖（MCLP）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;求解器&lt;/b&gt;：稀疏覆盖矩阵（k-d 树或道路 Dijkstra）、精确的模型约简、贪心与交换局部搜索、拉格朗日界（MCLP），以及在 TIME_LIMIT 和 MIP_GAP 限制内求解的精确 HiGHS 混合整数线性规划（scipy）。报告如实给出求解状态：最优（在 MIP_GAP 内得到证明）或可行解及其间隙。&lt;/p&gt;&lt;p&gt;&lt;b&gt;输出&lt;/b&gt;：OUTPUT，选中和已有站点，含排序、边际增益和覆盖权重；DEMAND_OUTPUT，各需求点及其覆盖情况；CURVE，权衡曲线：新增 1 至 CURVE_MAX 个站点时最多可覆盖的权重（总体及分类别）及其已证明的界，逐点增量计算（留空：P 的两倍；0：不计算曲线）；REPORT，规划说明，含结论、各类别覆盖率、权衡曲线与覆盖 90 % 所需站点数、地图，以及设置 STUDY_AREA 时按 HJ 664-2013（《环境空气质量监测点位布设技术规范（试行）》）计算的城市评价点最少数量。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="87" />
      <source>Demand (points, or polygons by centroid)</source>
      <translation>需求点（点，或以质心代表的面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="89" />
      <source>Demand weight field (empty: weight 1 each)</source>
      <translation>需求权重字段（留空：每个权重为 1）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="91" />
      <source>Demand category field (for coverage per category and quotas)</source>
      <translation>需求类别字段（用于分类别覆盖率和配额）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="93" />
      <source>Minimum covered share per category, e.g. VOC=1.0;park=0.9 (maximal covering model)</source>
      <translation>各类别最低覆盖比例，如 VOC=1.0;park=0.9（最大覆盖选址模型）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="94" />
      <source>Candidate sites (points)</source>
      <translation>候选站址（点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="96" />
      <source>Existing-station field (true/1/yes = existing, always kept)</source>
      <translation>已有站点字段（true/1/yes = 已有站点，始终保留）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="98" />
      <source>A site covers the demand points within this many metres (straight line, or along the roads with a road network), e.g. 2000 for an automatic station, 500 for a micro-sensor.</source>
      <translation>站点覆盖此距离（米）内的需求点（直线距离，给出路网时沿道路计算），例如自动站 2000，微型站 500。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="101" />
      <source>Per-candidate radius field in metres (null: the coverage radius)</source>
      <translation>各候选点覆盖半径字段（米；为空时取覆盖半径）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="107" />
      <source>MCLP when the number of new sites is fixed by the budget; LSCP to ask how many are needed to cover everything; backup coverage so that a site out of service leaves no gap; p-median for the shortest distances.</source>
      <translation>新增站点数由预算确定时用 MCLP；要问覆盖全部需求需要多少站点时用 LSCP；希望某个站点停运时不留空白用备份覆盖；追求最短距离用 P-中位。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="111" />
      <source>Number of new sites P (not used by LSCP)</source>
      <translation>新增站点数 P（LSCP 不使用）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="113" />
      <source>Largest number of new sites on the trade-off curve (empty: 2 × P; 0: no curve)</source>
      <translation>权衡曲线的最大新增站点数（留空：2 × P；0：不计算曲线）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="115" />
      <source>Minimum spacing between any two sites (m, 0 = none)</source>
      <translation>任意两站点最小间距（m，0 = 不限制）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="117" />
      <source>Road network (optional: coverage by distance along roads)</source>
      <translation>路网（可选：按沿道路距离计算覆盖）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="120" />
      <source>Seconds the exact solver may run (default 60); when they run out the best solution found is kept and the report gives its gap.</source>
      <translation>精确求解器可运行的秒数（默认 60）；时间用完时保留已找到的最好解，报告给出其间隙。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="123" />
      <source>Relative optimality gap accepted (MIP gap, 0.001 = 0.1 %)</source>
      <translation>可接受的相对最优间隙（MIP gap，0.001 = 0.1 %）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="125" />
      <source>Urban study area (optional, for the HJ 664-2013 minimum station count)</source>
      <translation>城市研究区域（可选，用于计算 HJ 664-2013 最少点位数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="127" />
      <source>Study area population field (persons, summed)</source>
      <translation>研究区域人口字段（人，求和）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="129" />
      <source>Study area built-up area field (km², summed)</source>
      <translation>研究区域建成区面积字段（km²，求和）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="131" />
      <source>Built-up population (persons; overrides the field)</source>
      <translation>建成区人口（人；优先于字段）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="133" />
      <source>Built-up area (km²; overrides the field and the polygon area)</source>
      <translation>建成区面积（km²；优先于字段和面的面积）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="205" />
      <location filename="../../processing_algorithms/network_siting.py" line="210" />
      <location filename="../../processing_algorithms/network_siting.py" line="211" />
      <location filename="../../processing_algorithms/network_siting.py" line="218" />
      <source>demand</source>
      <translation>需求点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="207" />
      <location filename="../../processing_algorithms/network_siting.py" line="212" />
      <location filename="../../processing_algorithms/network_siting.py" line="213" />
      <location filename="../../processing_algorithms/network_siting.py" line="220" />
      <source>candidate sites</source>
      <translation>候选站址</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="249" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="296" />
      <source>road network</source>
      <translation>路网</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="86" />
      <source>Demand</source>
      <translation>需求点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="88" />
      <source>Demand weight field</source>
      <translation>需求权重字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="90" />
      <source>Demand category field</source>
      <translation>需求类别字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="92" />
      <source>Category quotas</source>
      <translation>类别覆盖配额</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="94" />
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="79" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="285" />
      <source>Candidate sites</source>
      <translation>候选站址</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="95" />
      <source>Existing-station field</source>
      <translation>已有站点字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="97" />
      <source>Coverage radius (m)</source>
      <translation>覆盖半径（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="100" />
      <source>Radius field (m)</source>
      <translation>半径字段（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="102" />
      <source>Model</source>
      <translation>选址模型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="110" />
      <source>New sites P</source>
      <translation>新增站点数 P</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="112" />
      <source>Trade-off curve up to (new sites)</source>
      <translation>权衡曲线上限（新增站点数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="114" />
      <source>Minimum spacing (m)</source>
      <translation>最小间距（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="119" />
      <source>Solver time limit (s)</source>
      <translation>求解时间上限（s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="122" />
      <source>MIP gap</source>
      <translation>MIP 间隙</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="124" />
      <source>Urban study area</source>
      <translation>城市研究区域</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="126" />
      <source>Population field</source>
      <translation>人口字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="128" />
      <source>Built-up area field (km²)</source>
      <translation>建成区面积字段（km²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="130" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="253" />
      <source>Built-up population</source>
      <translation>建成区人口</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="132" />
      <source>Built-up area (km²)</source>
      <translation>建成区面积（km²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="134" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="328" />
      <source>Chosen sites</source>
      <translation>选定站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="135" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="330" />
      <source>Demand coverage</source>
      <translation>需求覆盖情况</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="137" />
      <source>Trade-off curve</source>
      <translation>权衡曲线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="145" />
      <source>The coverage radius must be 0 m or more (got {}).</source>
      <translation>覆盖半径必须不小于 0 m（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="146" />
      <source>The number of new sites P must be 0 or more (got {}).</source>
      <translation>新增站点数 P 必须不小于 0（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="147" />
      <source>The trade-off curve size must be 0 new sites or more (got {}).</source>
      <translation>权衡曲线的新增站点数必须为 0 或以上（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="148" />
      <source>The minimum spacing must be 0 m or more (got {}).</source>
      <translation>最小间距必须不小于 0 m（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="149" />
      <source>The solver time limit must be at least 1 s (got {}).</source>
      <translation>求解时间上限必须至少为 1 s（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="150" />
      <source>The MIP gap must be between 0 and 1 (got {}).</source>
      <translation>MIP 间隙必须在 0 到 1 之间（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="151" />
      <source>The built-up population must be 0 or more (got {}).</source>
      <translation>建成区人口必须不小于 0（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="152" />
      <source>The built-up area must be 0 km² or more (got {}).</source>
      <translation>建成区面积必须不小于 0 km²（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="221" />
      <source>the demand layer</source>
      <translation>需求图层</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="234" />
      <source>Could not read the category quota '{}': write category=share pairs separated by ';', shares between 0 and 1 (or 0–100 %), e.g. VOC=1.0;park=0.9.</source>
      <translation>无法识别类别配额“{}”：请写成以“;”分隔的 类别=比例，比例介于 0 与 1 之间（或 0–100 %），如 VOC=1.0;park=0.9。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="103" />
      <source>MCLP: maximise covered weight with P new sites</source>
      <translation>MCLP 最大覆盖：新增 P 个站点，覆盖权重最大</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="104" />
      <source>LSCP: fewest sites covering all coverable demand</source>
      <translation>LSCP 集合覆盖：以最少站点覆盖全部可覆盖需求</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="105" />
      <source>Backup coverage: maximise weight covered at least twice with P new sites</source>
      <translation>备份覆盖：新增 P 个站点，至少被覆盖两次的权重最大</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="106" />
      <source>p-median: minimise total weighted distance with P new sites</source>
      <translation>P-中位：新增 P 个站点，加权距离总和最小</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_siting.py" line="225" />
      <source>the candidate layer</source>
      <translation>候选站址图层</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/outfall_allocation.py" line="40" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="79" />
      <source>Outfall contributions and allowable loads</source>
      <translation>排污口贡献与允许排放量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/outfall_allocation.py" line="43" />
      <source>Which outfalls make a control section fail its GB 3838 class, and how much each outfall may discharge so that every checkpoint meets its target at the design flow (water environmental capacity, 纳污能力).

The decay model of riverinterpolation (HJ 2.3-2018: first-order decay, complete mixing at confluences by discharge and at outfalls) is linear in the outfall loads: a response matrix gives each outfall's concentration at each checkpoint (decay along the travel time, dilution by the flows); today's concentrations are its sum plus the background from the network's sources.

Allocation per parameter (linear programme, HiGHS) under concentration ≤ (1 − safety margin) × the limit of the target class at every checkpoint: maximise the total allowable load (capacity), or the smallest total reduction from today's loads, or one equal percentage reduction for every outfall. Outfalls with no checkpoint below are reported as unconstrained (their maximum if given). Infeasible means the background (and the minimum loads) alone already break a target: the report names the checkpoint and by how much.

Loads are in t/a (flow m³/s × concentration mg/L = g/s; 1 g/s = 31.536 t/a). The discharge field is the design flow scenario (e.g. the 90 % guaranteed low flow).</source>
      <translation>哪些排污口使控制断面达不到其 GB 3838 水质类别，以及在设计流量下每个排污口可排放多少，才能使每个控制断面达到目标（水环境容量、纳污能力）。

riverinterpolation 的降解模型（HJ 2.3-2018：一级降解，汇流处按流量完全混合，排污口处完全混合）对排污口负荷是线性的：响应矩阵给出每个排污口在每个控制断面的浓度（沿流经时间降解、按流量稀释）；现状浓度为其总和加上河网源头的背景浓度。

逐指标分配（线性规划，HiGHS），约束为每个控制断面的浓度 ≤（1 − 安全余量）× 目标类别限值：最大化允许排放总量（纳污能力），或相对现状负荷的最小总削减量，或所有排污口等比例削减。下游没有控制断面的排污口报告为不受约束（如给出最大负荷则取最大负荷）。无可行解表示仅背景浓度（及最小负荷）就已超出目标：报告给出控制断面及超出量。

负荷单位为 t/a（流量 m³/s × 浓度 mg/L = g/s；1 g/s = 31.536 t/a）。流量字段即设计流量情景（例如 90 % 保证率最枯月流量）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/outfall_allocation.py" line="65" />
      <source>Outfalls with allowable loads</source>
      <translation>排污口及允许排放量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/outfall_allocation.py" line="67" />
      <source>Contributions at the checkpoints</source>
      <translation>控制断面处的贡献</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/outfall_allocation.py" line="68" />
      <source>River segments before and after the allocation</source>
      <translation>分配前后的河段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="44" />
      <location filename="../../processing_algorithms/provider.py" line="59" />
      <source>Eco Supervision</source>
      <translation>生态环境监管</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="47" />
      <source>Eco Supervision — eco-environment monitoring planning</source>
      <translation>生态环境监管 — 生态环境监测规划</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="58" />
      <source>Algorithm {} could not be loaded: {}</source>
      <translation>算法 {} 无法加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="61" />
      <source>River water quality along the network (GB 3838)</source>
      <translation>河网水质沿程插值（GB 3838）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="64" />
      <source>Carries water-quality measurements at river sections along every reach of the river network, cut into segments, and classifies each segment by GB 3838-2002 Table 1 (single-factor rule: the worst item sets the class).

Methods:
• Decay model (HJ 2.3-2018, one-dimensional steady state): C = C0·exp(−K·x/(86400·u)), K in 1/d, x in m, u in m/s. Sections set the concentration at their position; it decays downstream; branches mix completely at confluences by discharge, outfalls mix in completely at their position: C = (Q·C + q·Co)/(Q + q). K per parameter from Decay rates, or calibrated per reach from consecutive sections. Upstream of the first section of a branch the values are back-calculated from the section below.
• Flow-connected IDW: only sections hydrologically connected to a point (upstream or downstream of it) inform it, weighted by 1/distance^power along the river; two tributaries inform each other only through what flows downstream.
• Stream-network kriging: a mixture of tail-up (flow-connected, branch weights from discharge or watershed area), tail-down (also unconnected branches) and Euclidean covariances and a nugget, fitted by ML or REML with covariates as a linear trend; the model is chosen among the components switched on or off by AIC or leave-one-out error. Each segment gets its standard error, P_EXCEED (the probability of being worse than the target class; for DO: lower than its limit) and its most probable class; reaches and functional zones get their mean with its standard error.

Every method is cross-validated (leave-one-out) at the sections, side by side with straight-line IDW (the formula of QGIS's IDW interpolation), in the report.

Parameters: Rivers are lines digitised in flow direction (Reverse field marks lines drawn against it; an elevation field corrects lines whose upstream neighbours are lower than their downstream ones; with elevations at both ends, lines whose end is higher than their start are reversed). Line ends closer than the node tolerance are joined. Separate networks are reported and interpolated separately; nothing crosses between them. Loops are cut and braids reported. Sections farther than the snapping tolerance from any river are listed and left out. Parameter fields are mapped to GB 3838 items by name (CODMn, NH3N, TP, DO, 氨氮, ...); null or negative values are excluded with a warning. Water body: lakes and reservoirs have stricter TP limits. Target class: items worse than it are listed with their exceedance multiple (C − Cs)/Cs (for DO the deficit (Cs − C)/Cs).

Outputs: segments with the value, class and (kriging) standard error per parameter, the overall class, the items over target and the distance to the nearest section upstream and downstream; sections with their measured class and leave-one-out prediction and error; a report with the river length per class and the cross-validation errors.</source>
      <translation>将各河流断面的水质监测值沿河网的每个河段推算，按河段单元切分，并按 GB 3838-2002 表 1 评价每个单元的水质类别（单因子评价法：最差项目决定水质类别）。

方法：
• 衰减模型（HJ 2.3-2018，一维稳态）：C = C0·exp(−K·x/(86400·u))，K 的单位为 1/d，x 的单位为 m，u 的单位为 m/s。断面确定其所在位置的浓度，并向下游衰减；支流在汇合处按流量完全混合，排污口在其位置完全混合：C = (Q·C + q·Co)/(Q + q)。各参数的 K 取自衰减系数，或由相邻断面逐河段率定。支流首个断面上游的值由其下游断面反推。
• 水流连通反距离加权（IDW）：只有与某点水文连通（位于其上游或下游）的断面参与该点的插值，权重为沿河距离的 1/distance^power；两条支流之间只通过向下游汇流的水体相互影响。
• 河网克里金：tail-up（水流连通，支流权重取自流量或流域面积）、tail-down（含不连通的支流）与欧氏距离协方差及块金效应的混合模型，以 ML 或 REML 拟合，协变量作为线性趋势项；在开启或关闭各协方差分量的候选模型中按 AIC 或留一法误差选择模型。每个河段单元给出标准误差、P_EXCEED（劣于目标水质类别的概率；溶解氧为低于其限值的概率）及最可能的水质类别；河段与功能区给出均值及其标准误差。

每种方法均在断面上做留一法交叉验证，并在报告中与直线距离 IDW（QGIS IDW 插值的公式）并列比较。

参数：河流为沿水流方向数字化的线（反向字段标记逆水流方向绘制的线；高程字段可纠正上游相邻线低于下游的线；给出两端高程时，终点高于起点的线会被反向）。距离小于节点容差的线端点会被连接。相互独立的河网分别报告、分别插值，彼此不跨越。环路会被切断，分汊河道会在报告中列出。距任何河流超过捕捉容差的断面会被列出并排除。参数字段按名称对应到 GB 3838 项目（CODMn、NH3N、TP、DO、氨氮等）；空值或负值会被排除并给出警告。水体类型：湖泊、水库的总磷限值更严格。目标水质类别：劣于目标类别的项目连同其超标倍数 (C − Cs)/Cs 一并列出（溶解氧为亏缺倍数 (Cs − C)/Cs）。

输出：河段单元，含各参数的值、水质类别及（克里金）标准误差、综合水质类别、超标项目以及到上、下游最近断面的距离；断面，含实测水质类别、留一法预测值及误差；报告，含各水质类别的河长与交叉验证误差。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="186" />
      <location filename="../../processing_algorithms/river_interpolation.py" line="204" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="106" />
      <source>Sections</source>
      <translation>断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="106" />
      <source>Monitoring sections (points).</source>
      <translation>监测断面（点）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="109" />
      <source>Section name/id field (for lists in the report).</source>
      <translation>断面名称/编号字段（用于报告中的列表）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="112" />
      <source>Parameters to interpolate (numeric fields named after GB 3838 items)</source>
      <translation>插值参数（以 GB 3838 项目命名的数值字段）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="115" />
      <source>Also interpolate fields that are not GB 3838 items (e.g. water temperature; no class)</source>
      <translation>同时插值非 GB 3838 项目的字段（如水温；不评价类别）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="117" />
      <source>Snapping tolerance (m): sections farther from any river are left out</source>
      <translation>捕捉容差（米）：距任何河流更远的断面将被排除</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="121" />
      <location filename="../../processing_algorithms/river_interpolation.py" line="119" />
      <source>Interpolation method</source>
      <translation>插值方法</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="123" />
      <source>Decay rates K (1/day), e.g. CODMn=0.2; NH3N=0.15; TP=0.05</source>
      <translation>衰减系数 K（1/d），如 CODMn=0.2; NH3N=0.15; TP=0.05</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="125" />
      <source>Calibrate K per reach from consecutive sections (decay rates apply elsewhere)</source>
      <translation>由相邻断面逐河段率定 K（其余河段采用衰减系数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="128" />
      <source>IDW distance power (flow-connected IDW)</source>
      <translation>IDW 距离幂指数（水流连通 IDW）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="132" />
      <source>Kriging covariates (numeric section fields; the same field on the rivers gives segment values)</source>
      <translation>克里金协变量（断面的数值字段；河流图层上的同名字段提供河段单元的值）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="135" />
      <source>Fit kriging by restricted maximum likelihood (REML); the same as Estimation = REML</source>
      <translation>以限制性最大似然（REML）拟合克里金；与“估计方法 = REML”相同</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="138" />
      <source>Segment length (m): each reach is cut into output segments of this length</source>
      <translation>分段长度（米）：每个河段按此长度切分为输出分段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="140" />
      <source>Water body (TP limits differ)</source>
      <translation>水体类型（总磷限值不同）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="142" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="106" />
      <source>Target class (GB 3838)</source>
      <translation>目标水质类别（GB 3838）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="105" />
      <source>Monitoring sections</source>
      <translation>监测断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="107" />
      <source>Section name field</source>
      <translation>断面名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="110" />
      <source>Parameters to interpolate</source>
      <translation>插值的指标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="113" />
      <source>Allow fields that are not GB 3838 items</source>
      <translation>允许非 GB 3838 项目的字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="116" />
      <location filename="../../processing_algorithms/spill_warning.py" line="124" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="98" />
      <source>Snapping tolerance</source>
      <translation>捕捉容差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="122" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="83" />
      <source>Decay rates K (1/day)</source>
      <translation>衰减系数 K（1/天）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="124" />
      <source>Calibrate K per reach</source>
      <translation>逐河段率定 K</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="126" />
      <source>IDW distance power</source>
      <translation>IDW 距离幂指数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="129" />
      <source>Kriging covariates</source>
      <translation>克里金协变量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="134" />
      <source>Fit kriging by REML</source>
      <translation>用 REML 拟合克里金</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="137" />
      <location filename="../../processing_algorithms/spill_warning.py" line="130" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="100" />
      <source>Segment length</source>
      <translation>河段长度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="139" />
      <source>Water body</source>
      <translation>水体类型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="144" />
      <source>River segments with water quality</source>
      <translation>河段水质</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="146" />
      <source>Sections with cross-validation</source>
      <translation>断面交叉验证</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="153" />
      <source>Choose at least one parameter field to interpolate (e.g. CODMn, NH3N, TP).</source>
      <translation>请至少选择一个需要插值的参数字段（如 CODMn、NH3N、TP）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="194" />
      <source>No section has a usable point geometry.</source>
      <translation>没有任何断面具有可用的点几何。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="120" />
      <source>Decay model (HJ 2.3-2018)</source>
      <translation>衰减模型（HJ 2.3-2018）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="120" />
      <source>Flow-connected inverse distance weighting</source>
      <translation>水流连通反距离加权</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="121" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="24" />
      <source>Stream-network kriging</source>
      <translation>河网克里金</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="139" />
      <source>River</source>
      <translation>河流</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="139" />
      <source>Lake or reservoir</source>
      <translation>湖泊或水库</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="155" />
      <source>Segment length must be greater than 0 metres (got {}).</source>
      <translation>河段单元长度必须大于 0 米（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/river_interpolation.py" line="159" />
      <source>The IDW distance power must be between 0.1 and 10 (got {}).</source>
      <translation>IDW 距离幂次必须在 0.1 到 10 之间（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/source_attribution.py" line="38" />
      <source>Pollution source attribution (CPF/CBPF)</source>
      <translation>污染来源解析（CPF/CBPF）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/source_attribution.py" line="54" />
      <source>WIND (optional): wind reports of met stations (points with MET_STATION_FIELD, MET_TIME_FIELD, MET_DIRECTION_FIELD, MET_SPEED_FIELD). Each air station then takes the wind of its nearest met station in the same clock hour, and the readings need only the station, value and time fields. The report shows a polar plot per station.</source>
      <translation>WIND（可选）：气象站的风观测（点图层，含 MET_STATION_FIELD、MET_TIME_FIELD、MET_DIRECTION_FIELD、MET_SPEED_FIELD）。此时每个空气站取最近气象站同一整点小时的风，读数只需站点、数值和时间字段。报告为每个站点绘制一幅极坐标图。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/source_attribution.py" line="41" />
      <source>Which sources are upwind when the readings are high? For every station, the conditional probability function of wind direction (CPF, Ashbaugh 1985) or of direction and speed (CBPF, Uria-Tellaetxe &amp; Carslaw 2014, as openair's polarPlot statistic "cpf"): the share of readings from each sector (and speed bin) whose value lies in the station's percentile band. Calms are counted, not binned; bins with fewer readings than the minimum are flagged and not used.

READINGS: points, or a table joined to STATIONS by STATION_FIELD; VALUE_FIELD the pollutant, WIND_DIRECTION_FIELD the degrees the wind blows from (clockwise from north; radians are detected and refused), WIND_SPEED_FIELD in m/s. TIME_FIELD with START/END restricts the series.
OUTPUT: the polar wedges around each station. SOURCE_AREA: each station's CPF back-projected along its bearings within MAX_DISTANCE and summed. CANDIDATES_OUTPUT: candidate sources (polygons: centroids) ranked by the excess of the CPF over each station's base rate, summed over the stations within MAX_DISTANCE that point at them, times EMISSION_FIELD / its maximum when given.</source>
      <translation>监测值偏高时，哪些污染源位于上风向？对每个站点计算风向条件概率函数（CPF，Ashbaugh 1985）或风向-风速双变量条件概率函数（CBPF，Uria-Tellaetxe &amp; Carslaw 2014，同 openair 的 polarPlot statistic "cpf"）：各风向扇区（及风速分档）内监测值落在该站点百分位区间的记录所占比例。静风记录计数但不分档；记录数少于最少样本数的分档被标记且不使用。

READINGS：点图层，或通过 STATION_FIELD 与 STATIONS 关联的表；VALUE_FIELD 为污染物，WIND_DIRECTION_FIELD 为风的来向（度，自正北顺时针；会识别并拒绝弧度），WIND_SPEED_FIELD 单位 m/s。TIME_FIELD 配合 START/END 限定时段。
OUTPUT：各站点周围的极坐标扇形。SOURCE_AREA：各站点的 CPF 沿方位在 MAX_DISTANCE 内反投影后求和。CANDIDATES_OUTPUT：候选污染源（面取质心）按指向它的、MAX_DISTANCE 内各站点 CPF 超出其基础比率的部分之和排序，给定 EMISSION_FIELD 时再乘以排放量与最大值之比。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/source_attribution.py" line="62" />
      <source>Polar wedges</source>
      <translation>极坐标扇形</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/source_attribution.py" line="64" />
      <source>Source area</source>
      <translation>潜在源区</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/source_attribution.py" line="65" />
      <source>Ranked candidates</source>
      <translation>候选污染源排序</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="54" />
      <source>Spill early warning along the rivers</source>
      <translation>突发水污染沿河预警</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="57" />
      <source>When a tanker overturns into a river or an outfall fails: which drinking-water intakes and monitoring sections lie in the path, when the leading edge and the peak arrive, how high the peak is and how long the water stays above the limit — so that intakes are closed in time.

Model: 1-D advection–dispersion with first-order decay along the directed river network. On a uniform reach C(x,t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4Et))·exp(−kt), A = Q/u; a release of finite duration is the exact continuous load of that duration. Across reaches travel time and temporal variance add (τ = Σ L/u, σ² = Σ 2EL/u³); the added flow at confluences dilutes the plume.

Dispersion E per reach: the dispersion field, else Fischer's E = 0.011·u²·B²/(h·u*), u* = √(g·h·S), from the width, depth and slope fields, else the default. The discharge field is the flow scenario (dry, normal, wet season, or a live gauge value): rerun with another field.

Receptors downstream get the arrival, peak, exceedance and the time left to act; the others say why they are not reached (upstream, another branch, a separate network, beyond the horizon, too far from a river). Times are local, with hours after the start in the layers.</source>
      <translation>危化品槽车翻入河道或排污口发生事故时：哪些饮用水取水口和监测断面在污染路径上，污染团前锋和峰值何时到达，峰值多高，超标持续多久——以便及时关闭取水口。

模型：沿有向河网的一维对流–扩散方程，含一级衰减。均匀河段上 C(x,t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4Et))·exp(−kt)，A = Q/u；有限时长排放按该时长内连续负荷的精确解计算。跨河段时传播时间和时间方差相加（τ = Σ L/u，σ² = Σ 2EL/u³）；汇流处汇入流量稀释污染团。

各河段离散系数 E：取离散系数字段，否则按 Fischer 公式 E = 0.011·u²·B²/(h·u*)，u* = √(g·h·S)，由河宽、水深和比降字段估算，否则取默认值。流量字段即流量情景（枯水期、平水期、丰水期或实时水文站流量）：换一个字段重新运行。

下游敏感目标给出到达时间、峰值、超标情况和剩余处置时间；其余敏感目标说明未到达的原因（上游、其他支流、独立河网、超出模拟时长、距河流太远）。时间为本地时间，图层中另给出开始后的小时数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="83" />
      <source>Dispersion (m²/s) of reaches without a field value or Fischer's estimate.</source>
      <translation>无字段值也无 Fischer 估算值的河段采用的离散系数（m²/s）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="86" />
      <source>Spill points (one or several incidents).</source>
      <translation>事故点（一个或多个事故）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="89" />
      <source>Spill name for the tables.</source>
      <translation>事故名称，用于表格。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="91" />
      <source>Mass of pollutant that reaches the water (kg).</source>
      <translation>进入水体的污染物质量（kg）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="93" />
      <source>Mass per spill (kg); replaces the mass.</source>
      <translation>各事故点的质量（kg）；替代上面的质量。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="95" />
      <source>0 = instantaneous; otherwise a constant release over this many minutes.</source>
      <translation>0 为瞬时排放；否则为在该分钟数内的恒定排放。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="98" />
      <source>Release duration per spill (min).</source>
      <translation>各事故点的排放持续时间（分钟）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="101" />
      <source>When the release starts (local time; empty: now).</source>
      <translation>排放开始时间（本地时间；空：现在）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="104" />
      <source>Start of each spill (date and time; empty: the start above).</source>
      <translation>各事故的排放开始时间（日期时间；空：取上面的开始时间）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="106" />
      <source>A GB 3838 item (NH3N, CODMn, petroleum, volatile phenol, Cr6 …) or a free name with a limit.</source>
      <translation>GB 3838 项目（NH3N、CODMn、石油类、挥发酚、六价铬……）或给出限值的自定义名称。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="108" />
      <source>Limit (mg/L); empty: the GB 3838 limit of the target class.</source>
      <translation>限值（mg/L）；空：目标类别的 GB 3838 限值。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="110" />
      <source>First-order decay rate k (1/day); 0 for a conservative pollutant.</source>
      <translation>一级衰减系数 k（1/d）；保守物质为 0。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="112" />
      <source>Class whose limit applies where no limit is given.</source>
      <translation>未给出限值时采用其限值的类别。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="114" />
      <source>Drinking-water intakes and monitoring sections (points).</source>
      <translation>饮用水取水口和监测断面（点）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="125" />
      <source>Spills and receptors farther than this from any river (m) are reported, not computed.</source>
      <translation>距任何河流超过该距离（m）的事故点和敏感目标只报告、不计算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="127" />
      <source>Step of the breakthrough curves (min); peaks and crossings are refined between steps.</source>
      <translation>浓度过程线的步长（分钟）；峰值和穿越时刻在步长之间精化。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="129" />
      <source>Hours simulated after the start.</source>
      <translation>开始后模拟的小时数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="131" />
      <source>Length of the output river segments (m).</source>
      <translation>输出河段单元的长度（m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="155" />
      <location filename="../../processing_algorithms/spill_warning.py" line="85" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="221" />
      <source>Spills</source>
      <translation>事故点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="166" />
      <location filename="../../processing_algorithms/spill_warning.py" line="113" />
      <location filename="../../processing_algorithms/qgis_io/spill_layers.py" line="163" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="221" />
      <source>Receptors</source>
      <translation>敏感目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="76" />
      <source>Dispersion field (m²/s)</source>
      <translation>离散系数字段（m²/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="76" />
      <source>Longitudinal dispersion per reach (m²/s).</source>
      <translation>各河段纵向离散系数（m²/s）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="77" />
      <source>Width field (m)</source>
      <translation>河宽字段（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="77" />
      <source>Channel width B (m), for Fischer's estimate.</source>
      <translation>河宽 B（m），用于 Fischer 估算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="78" />
      <source>Depth field (m)</source>
      <translation>水深字段（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="78" />
      <source>Mean depth h (m), for Fischer's estimate.</source>
      <translation>平均水深 h（m），用于 Fischer 估算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="79" />
      <source>Slope field (m/m)</source>
      <translation>比降字段（m/m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="79" />
      <source>Bed slope S (m/m), for Fischer's estimate.</source>
      <translation>河床比降 S（m/m），用于 Fischer 估算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="82" />
      <source>Default dispersion (m²/s)</source>
      <translation>默认离散系数（m²/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="87" />
      <source>Spill name field</source>
      <translation>事故名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="90" />
      <source>Spilled mass (kg)</source>
      <translation>泄漏质量（kg）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="92" />
      <source>Mass field (kg)</source>
      <translation>质量字段（kg）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="94" />
      <source>Release duration (min)</source>
      <translation>排放持续时间（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="96" />
      <source>Duration field (min)</source>
      <translation>持续时间字段（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="99" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="225" />
      <source>Start of the spill</source>
      <translation>排放开始时间</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="102" />
      <source>Start time field</source>
      <translation>开始时间字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="105" />
      <source>Pollutant</source>
      <translation>污染物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="107" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="64" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="192" />
      <source>Limit (mg/L)</source>
      <translation>限值（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="109" />
      <source>Decay rate (1/d)</source>
      <translation>衰减系数（1/d）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="116" />
      <source>Receptor name field</source>
      <translation>敏感目标名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="116" />
      <source>Receptor name for the tables.</source>
      <translation>敏感目标名称，用于表格。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="118" />
      <source>Receptor limit field (mg/L)</source>
      <translation>敏感目标限值字段（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="118" />
      <source>Limit per receptor (mg/L).</source>
      <translation>各敏感目标的限值（mg/L）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="120" />
      <source>Receptor class field</source>
      <translation>敏感目标类别字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="120" />
      <source>GB 3838 class per receptor (I–V).</source>
      <translation>各敏感目标的 GB 3838 类别（I–V）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="126" />
      <source>Time step (min)</source>
      <translation>时间步长（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="128" />
      <source>Horizon (h)</source>
      <translation>模拟时长（h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="132" />
      <source>Receptors with arrival and peak</source>
      <translation>敏感目标到达时间与峰值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="134" />
      <location filename="../../processing_algorithms/qgis_io/spill_layers.py" line="164" />
      <source>Plume along the river</source>
      <translation>沿河污染团</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="135" />
      <source>Breakthrough curves</source>
      <translation>浓度过程线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="147" />
      <source>Choose a discharge field: the concentration is the spilled mass flux divided by the discharge (m³/s).</source>
      <translation>请选择流量字段：浓度等于泄漏物质通量除以流量（m³/s）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="181" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="166" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="126" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="78" />
      <location filename="../../processing_algorithms/qgis_io/spill_layers.py" line="165" />
      <source>Rivers</source>
      <translation>河流</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="142" />
      <source>The spilled mass must be a positive number of kg (got {}).</source>
      <translation>泄漏质量必须为正的千克数（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/spill_warning.py" line="143" />
      <source>HORIZON must be a positive number of hours (got {}).</source>
      <translation>HORIZON 必须为正的小时数（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="41" />
      <source>Supervision grid districts</source>
      <translation>网格化监管划分</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="44" />
      <source>Groups units (villages, communities or hotspot grid cells) into contiguous inspection grids whose workloads are as even as possible, so that every enterprise and village has a grid inspector and no inspector carries much more than another.

WORKLOAD: an expression per unit, e.g. "enterprises" * 3 + "population" / 1000; with ENTERPRISES the weight of the enterprises inside each unit is added. DISTRICTS: the number of grids, or MAX_WORKLOAD: the largest workload a grid may carry (the number of grids follows). KEEP_FIELD: today's grid of each unit: grids already within the tolerance stay as they are, others change as few units as possible. BOUNDARY_FIELD: a grid never crosses it (a town).
Grids are contiguous (queen: units touching at a point; rook: along an edge). Parts of the territory too small for a grid of their own (islands) join the nearest grid and are marked. The report gives the largest deviation from the mean workload beside a proven lower bound: no grouping can do better than the bound.
METHOD: the heuristic (any size), or the exact mixed-integer programme for small territories (up to 60 units, within TIME_LIMIT): it proves the smallest possible largest deviation, then changes as few of today's units as possible (or keeps grids compact).</source>
      <translation>把单元（行政村、社区或热点网格）划分为相互连通的监管网格，使各网格工作量尽量均衡：每家企业、每个村都有网格员负责，且没有网格员的任务明显多于他人。

WORKLOAD：每个单元的工作量表达式，如 "enterprises" * 3 + "population" / 1000；给出 ENTERPRISES 时，再加上落在各单元内企业的权重。DISTRICTS：网格数；或 MAX_WORKLOAD：每个网格可承担的最大工作量（网格数随之确定）。KEEP_FIELD：各单元的现有网格：已在容差内的网格保持不变，其余网格调整尽量少的单元。BOUNDARY_FIELD：网格不跨越该边界（如乡镇）。
网格保持连通（后相邻：单元有公共点即相邻；车相邻：须有公共边）。过小而不能单独成网格的区域（飞地）并入最近的网格并加以标记。报告给出与平均工作量的最大偏差，以及经证明的下界：任何划分都不可能优于该下界。
METHOD：启发式方法（任意规模），或适用于小范围（不超过 60 个单元，在 TIME_LIMIT 时限内）的精确混合整数规划：它证明可达到的最小最大偏差，然后尽量少调整现有网格的单元（或使网格尽量紧凑）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="64" />
      <source>The polygons grouped into grids: villages, communities or the cells of a hotspot grid.</source>
      <translation>要划分为网格的面：行政村、社区或热点网格的单元。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="67" />
      <source>An expression giving each unit's inspection workload, e.g. "enterprises" * 3 + "population" / 1000.</source>
      <translation>给出每个单元监管工作量的表达式，如 "enterprises" * 3 + "population" / 1000。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="71" />
      <source>Optional enterprises (points): their weight is added to the workload of the unit they lie in.</source>
      <translation>可选的企业（点）：其权重计入所在单元的工作量。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="75" />
      <source>The workload of each enterprise (empty: 1 each).</source>
      <translation>每家企业的工作量（为空：每家 1）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="77" />
      <source>How many grids to form; 0 to take the number from the largest workload or from today's grids.</source>
      <translation>要划分的网格数；为 0 时按最大工作量或现有网格确定。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="79" />
      <source>With a cap, the number of grids is the smallest that keeps every grid under it.</source>
      <translation>设定上限时，网格数取使所有网格都不超过上限的最小值。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="82" />
      <source>Today's grid of each unit: grids within the target stay as they are, others change as few units as possible.</source>
      <translation>各单元的现有网格：达到目标的网格保持不变，其余网格调整尽量少的单元。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="86" />
      <source>A grid never crosses this field's boundaries (for example the town of each village).</source>
      <translation>网格不跨越该字段的边界（例如各村所属乡镇）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="87" />
      <source>Queen (a common point)</source>
      <translation>后相邻（有公共点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="87" />
      <source>Rook (a common edge)</source>
      <translation>车相邻（有公共边）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="89" />
      <source>When two units count as neighbours: touching at a point (queen) or along an edge (rook).</source>
      <translation>两个单元何时算作相邻：有公共点（后相邻）或公共边（车相邻）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="92" />
      <source>Grids within this share of the mean workload meet the target; today's grids change until all do.</source>
      <translation>与平均工作量相差在此比例内的网格达到目标；现有网格调整到全部达到为止。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="94" />
      <source>Units closer than this (metres) touch: boundaries digitised separately seldom match exactly.</source>
      <translation>相距小于此值（米）的单元视为相接：分别数字化的边界很少完全重合。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="96" />
      <source>Heuristic (any size)</source>
      <translation>启发式（任意规模）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="96" />
      <source>Exact (mixed-integer programme, up to 60 units)</source>
      <translation>精确（混合整数规划，不超过 60 个单元）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="98" />
      <source>Exact: the smallest possible largest deviation, proven by a mixed-integer programme (small territories, within the time limit); otherwise the heuristic with its lower bound.</source>
      <translation>精确：用混合整数规划求出并证明最小的最大偏差（适用于小范围，在时限内）；否则用启发式方法并给出其下界。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="101" />
      <source>The exact method stops after this time with the best grids found and the solver's bound.</source>
      <translation>精确方法到达该时间后停止，给出找到的最好网格和求解器的界。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="104" />
      <source>Seed of the grids' starting points (the same seed gives the same grids).</source>
      <translation>网格起点的随机种子（相同种子得到相同网格）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="106" />
      <source>Every unit with its grid, workload, and whether it changed grid or is an island.</source>
      <translation>每个单元及其网格、工作量，以及是否调整了网格或属于飞地。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="109" />
      <source>The dissolved grids: workload, share of the mean, units, enterprises, area, changed units.</source>
      <translation>融合后的网格：工作量、占平均值比例、单元数、企业、面积、调整单元数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="134" />
      <location filename="../../processing_algorithms/supervision_grid.py" line="63" />
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="23" />
      <source>Units</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="135" />
      <location filename="../../processing_algorithms/supervision_grid.py" line="139" />
      <source>units</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="65" />
      <source>Workload per unit</source>
      <translation>单元工作量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="69" />
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="23" />
      <source>Enterprises</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="72" />
      <source>Enterprise weight</source>
      <translation>企业权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="76" />
      <source>Number of grids (0 = from the cap)</source>
      <translation>网格数（0 = 按上限确定）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="78" />
      <source>Largest workload per grid (0 = none)</source>
      <translation>每个网格最大工作量（0 = 不限）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="80" />
      <source>Today's grid</source>
      <translation>现有网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="84" />
      <source>Boundary (town)</source>
      <translation>边界（乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="88" />
      <source>Contiguity</source>
      <translation>相邻规则</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="90" />
      <source>Balance target (± % of the mean)</source>
      <translation>均衡目标（平均值的 ± %）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="93" />
      <source>Touching tolerance (m)</source>
      <translation>相接容差（米）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="97" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="106" />
      <source>Method</source>
      <translation>插值方法</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="100" />
      <source>Time limit of the exact method (s)</source>
      <translation>精确方法时限（秒）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="103" />
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="105" />
      <source>Units with their grid</source>
      <translation>单元及所属网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="107" />
      <source>Grids</source>
      <translation>网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="127" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="124" />
      <source>enterprises</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/supervision_grid.py" line="118" />
      <source>WORKLOAD is not a valid expression: {}</source>
      <translation>WORKLOAD 不是有效的表达式：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="147" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="168" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="156" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="178" />
      <source>Outfalls</source>
      <translation>排污口</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="43" />
      <source>Maximise the total allowable load (capacity)</source>
      <translation>最大化允许排放总量（纳污能力）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="43" />
      <source>Smallest total reduction from today's loads</source>
      <translation>相对现状负荷的最小总削减量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="44" />
      <source>Equal percentage reduction</source>
      <translation>等比例削减</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="51" />
      <source>Control sections and intakes (points) whose target class must be met.</source>
      <translation>必须达到目标类别的控制断面和取水口（点）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="53" />
      <source>Checkpoint name/id field (for the tables and the report).</source>
      <translation>控制断面名称/编号字段（用于表格和报告）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="56" />
      <source>Target class per checkpoint (I–V, 1–5 or Ⅲ类); empty values take the target class below.</source>
      <translation>每个控制断面的目标类别（I–V、1–5 或 Ⅲ类）；空值采用下方的目标类别。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="58" />
      <source>Target class (GB 3838) of the checkpoints without a class field value.</source>
      <translation>类别字段无值的控制断面的目标类别（GB 3838）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="62" />
      <source>Outfall name/id field (for the tables and the report).</source>
      <translation>排污口名称/编号字段（用于表格和报告）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="81" />
      <source>GB 3838 items to allocate, comma separated; the outfall layer has a concentration field (mg/L) named like each.</source>
      <translation>要分配的 GB 3838 指标，以逗号分隔；排污口图层需有与各指标同名的浓度字段（mg/L）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="84" />
      <source>Decay rate K (1/day) for every parameter, e.g. CODMn=0.2; NH3N=0.15; TP=0.05 (0 for none).</source>
      <translation>每个指标的降解系数 K（1/天），例如 CODMn=0.2; NH3N=0.15; TP=0.05（不降解为 0）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="86" />
      <source>Upstream background concentration at the network's sources per parameter, e.g. CODMn=2; NH3N=0.2 (default 0).</source>
      <translation>河网源头处各指标的上游背景浓度，例如 CODMn=2; NH3N=0.2（默认 0）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="90" />
      <source>River fields holding the background concentration at each source reach (the reaches where the network starts): a pattern such as bg_{} (bg_CODMn …) or a list such as CODMn=bg_cod; TP=bg_tp. A null value takes the background value above.</source>
      <translation>河流图层中保存各源头河段（河网起始的河段）背景浓度的字段：可写成模式，如 bg_{}（bg_CODMn …），或列表，如 CODMn=bg_cod; TP=bg_tp。空值取上面的背景浓度值。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="94" />
      <source>What the allocation optimises.</source>
      <translation>负荷分配的优化目标。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="97" />
      <source>Share of the class limit kept in reserve (%).</source>
      <translation>类别限值中预留的安全余量比例（%）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="99" />
      <source>Snapping tolerance (m): checkpoints and outfalls farther from any river are left out</source>
      <translation>捕捉容差（米）：距任何河流更远的控制断面和排污口将被排除</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="101" />
      <source>Length (m) of the river segments of the SEGMENTS output (concentration and class before and after the allocation); longer segments give a smaller layer on a large network.</source>
      <translation>SEGMENTS 输出中河段的长度（米；分配前后的浓度和类别）；大河网上取较长的河段可使图层更小。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="123" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="126" />
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="50" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="171" />
      <source>Checkpoints</source>
      <translation>控制断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="52" />
      <source>Checkpoint name field</source>
      <translation>控制断面名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="54" />
      <source>Target class field</source>
      <translation>目标类别字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="60" />
      <source>Outfall name field</source>
      <translation>排污口名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="64" />
      <source>Minimum load field (t/a)</source>
      <translation>最小负荷字段（t/a）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="65" />
      <source>Load an outfall must keep (t/a), for every parameter, e.g. a plant that cannot stop.</source>
      <translation>排污口必须保留的负荷（t/a），适用于每个指标，例如不能停产的企业。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="66" />
      <source>Maximum load field (t/a)</source>
      <translation>最大负荷字段（t/a）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="67" />
      <source>Load cap by permit (t/a), for every parameter; also the allowable load of an outfall with no checkpoint below.</source>
      <translation>排污许可负荷上限（t/a），适用于每个指标；也是下游没有控制断面的排污口的允许排放量。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="72" />
      <source>Minimum load fields per parameter (t/a)</source>
      <translation>各指标最小负荷字段（t/a）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="73" />
      <source>Outfall fields of the minimum load of each parameter (t/a): a pattern such as min_{} (min_CODMn, min_TP …; parameters without such a field keep the field for every parameter) or a list such as CODMn=min_cod; TP=min_tp. A null value takes the field for every parameter.</source>
      <translation>排污口图层中各指标最小负荷（t/a）的字段：可写成模式，如 min_{}（min_CODMn、min_TP …；没有对应字段的指标沿用适用于所有指标的字段），或列表，如 CODMn=min_cod; TP=min_tp。空值取适用于所有指标的字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="76" />
      <source>Maximum load fields per parameter (t/a)</source>
      <translation>各指标最大负荷字段（t/a）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="77" />
      <source>Outfall fields of the permitted load of each parameter (t/a): a pattern such as max_{} or a list such as CODMn=permit_cod; TP=permit_tp. A null value takes the field for every parameter.</source>
      <translation>排污口图层中各指标许可负荷（t/a）的字段：可写成模式，如 max_{}，或列表，如 CODMn=permit_cod; TP=permit_tp。空值取适用于所有指标的字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="80" />
      <source>Parameters</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="85" />
      <source>Background at the sources (mg/L)</source>
      <translation>源头背景浓度（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="88" />
      <source>Background fields on the rivers (mg/L)</source>
      <translation>河流背景浓度字段（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="93" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="284" />
      <source>Objective</source>
      <translation>优化目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="95" />
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="48" />
      <source>Safety margin (%)</source>
      <translation>安全余量（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="109" />
      <source>Choose at least one parameter (e.g. CODMn, NH3N, TP).</source>
      <translation>请至少选择一个指标（例如 CODMn、NH3N、TP）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="190" />
      <source>The safety margin must be between 0 and 99 % (got {}).</source>
      <translation>安全余量必须在 0 到 99 % 之间（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="192" />
      <source>The segment length must be at least 1 metre (got {}).</source>
      <translation>河段长度必须至少为 1 米（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="177" />
      <source>Decay rates must be zero or positive numbers (1/day): '{}'.</source>
      <translation>降解系数必须为零或正数（1/天）：'{}'。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/allocation_inputs.py" line="180" />
      <source>Background concentrations must be zero or positive numbers (mg/L): '{}'.</source>
      <translation>背景浓度必须为零或正数（mg/L）：'{}'。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="49" />
      <source>Station code field</source>
      <translation>站点编码字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="49" />
      <source>Pollutant field</source>
      <translation>污染物字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="50" />
      <source>Wind direction field (degrees from)</source>
      <translation>风向字段（来向，度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="51" />
      <source>Wind speed field (m/s)</source>
      <translation>风速字段（m/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="52" />
      <source>Percentile band: low (%)</source>
      <translation>百分位区间：下限（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="52" />
      <source>Percentile band: high (%)</source>
      <translation>百分位区间：上限（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="53" />
      <source>Direction sectors</source>
      <translation>风向扇区数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="53" />
      <source>Maximum source distance (km)</source>
      <translation>污染源最大距离（km）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="54" />
      <source>Calm below (m/s)</source>
      <translation>静风阈值（m/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="54" />
      <source>Minimum readings per bin</source>
      <translation>每分档最少记录数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="55" />
      <source>Wedge radius on the map (m)</source>
      <translation>地图上扇形半径（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="55" />
      <source>Source-area cell size (m)</source>
      <translation>源区网格大小（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="56" />
      <source>Refuse source-area grids with more cells than</source>
      <translation>源区网格单元数上限</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="56" />
      <source>Time window: from</source>
      <translation>时间窗口：起</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="57" />
      <source>Time window: to</source>
      <translation>时间窗口：止</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="57" />
      <source>Met station code field</source>
      <translation>气象站编码字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="58" />
      <source>Met report time field</source>
      <translation>风观测时间字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="59" />
      <source>Met wind direction field (degrees from)</source>
      <translation>气象站风向字段（来向，度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="60" />
      <source>Met wind speed field (m/s)</source>
      <translation>气象站风速字段（m/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="64" />
      <source>Readings whose value lies above the station's low percentile and at or below its high percentile count as high (75–100 is usual; 90–100 isolates a single strong source). Percentiles are per station.</source>
      <translation>监测值高于站点下限百分位且不高于上限百分位的记录计为高值（常用 75–100；90–100 可突出单个强源）。百分位按站点分别计算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="67" />
      <source>Readings with a wind speed below this are calms: counted in the report, left out of the direction bins (their direction means nothing).</source>
      <translation>风速低于此值的记录为静风：在报告中计数，不参与风向分档（其风向没有意义）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="69" />
      <source>A bin with fewer readings is flagged (hatched on the map) and used neither for the source area nor for the ranking.</source>
      <translation>记录数少于此值的分档被标记（地图上以斜线填充），不用于源区计算和排序。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="71" />
      <source>CBPF only: upper edges of the wind-speed bins, e.g. 2, 4, 6 gives the bins calm–2, 2–4, 4–6 and above 6 m/s.</source>
      <translation>仅用于 CBPF：风速分档的上界，例如 2, 4, 6 表示静风–2、2–4、4–6 和 6 m/s 以上四档。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="73" />
      <source>A station gives evidence on candidate sources and grid cells up to this distance; candidates beyond it for every station are flagged.</source>
      <translation>站点仅对此距离内的候选污染源和网格单元提供依据；距所有站点均超过此距离的候选源被标记。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="75" />
      <source>Met-station wind reports (points, one per station and time). When given, each air station takes the wind of its nearest met station in the same clock hour, and the wind fields of the readings are not needed (the time field is).</source>
      <translation>气象站风观测（点，每站每个时刻一条）。给出时，每个空气站取最近气象站同一整点小时的风，读数不再需要风向风速字段（但需要时间字段）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="78" />
      <source>Time of each wind report; the report of an hour is joined to the readings of that hour (the latest report of the hour when there are several).</source>
      <translation>每条风观测的时间；某小时的观测连接到该小时的读数（同一小时有多条时取最晚的一条）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="80" />
      <source>The pollutant series: points (one per reading at the station's place) or a table without geometry joined to the stations, e.g. the hourly history of fetchstations.</source>
      <translation>污染物序列：点（每条读数一个点，位于站点处）或无几何的表，与站点图层关联，例如 fetchstations 的逐小时历史数据。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="82" />
      <source>Station points with the station code; needed when the readings are a table (empty: the readings' own points, the first per code).</source>
      <translation>带站点编码的站点点位；读数为表时必填（留空：使用读数自身的点，每个编码取第一个）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="84" />
      <source>Station code, a field of that name in the readings and in the stations layer (the code field of fetchstations); readings of an unknown code are left out and counted.</source>
      <translation>站点编码，读数和站点图层中同名的字段（fetchstations 的 code 字段）；编码未知的读数被剔除并计数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="86" />
      <source>The pollutant to attribute, e.g. PM2_5 or TVOC (any unit: only its percentiles count); a null value is left out and counted.</source>
      <translation>要溯源的污染物，例如 PM2_5 或 TVOC（单位不限：只用其百分位数）；空值被剔除并计数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="88" />
      <source>Degrees the wind blows from, clockwise from north (0-360, e.g. WD); not needed with the wind layer. Radians are refused.</source>
      <translation>风的来向，自正北顺时针的度数（0-360，例如 WD）；给出风场图层时不需要。弧度值会被拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="90" />
      <source>Wind speed in m/s (e.g. WS); below the calm speed a reading is a calm. Not needed with the wind layer.</source>
      <translation>风速，m/s（例如 WS）；低于静风风速的读数为静风。给出风场图层时不需要。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="92" />
      <source>Date/time of each reading (date-time or ISO 8601 text); needed for the time window and the wind layer, otherwise optional.</source>
      <translation>各读数的日期时间（日期时间或 ISO 8601 文本）；时间窗口和风场图层需要，否则可选。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="94" />
      <source>Code of the met station of each wind report; its first report gives the met station's position.</source>
      <translation>各风报告所属气象站的编码；该站第一条报告的位置作为气象站位置。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="96" />
      <source>Degrees the wind blows from in each report, clockwise from north (0-360).</source>
      <translation>各报告中风的来向，自正北顺时针的度数（0-360）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="97" />
      <source>Wind speed of each report in m/s.</source>
      <translation>各报告的风速，m/s。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="98" />
      <source>CPF: share of high readings per wind direction sector. CBPF: per direction and speed bin, which separates a nearby low source (high at low speed) from a distant stack.</source>
      <translation>CPF：各风向扇区中高值读数的比例。CBPF：按风向和风速分箱统计，可区分近处低矮源（低风速时高）与远处烟囱。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="100" />
      <source>Upper end of the band of high readings, per station (100: every reading above the low percentile; 95 leaves out the top 5 %, e.g. instrument spikes).</source>
      <translation>高值区间的上端，按站点计算（100：高于下限百分位的所有读数；95 剔除最高的 5 %，例如仪器尖峰）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="102" />
      <source>Number of wind direction sectors, 4-72 (16: 22.5° each; 36: 10° each). More sectors need more readings per sector.</source>
      <translation>风向扇区数，4-72（16：每个 22.5°；36：每个 10°）。扇区越多，每个扇区需要的读数越多。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="104" />
      <source>Radius of each station's polar plot drawn on the map, in metres (a drawing size, not a distance of the model).</source>
      <translation>地图上各站点极坐标图的半径，单位米（仅为绘图尺寸，不是模型中的距离）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="106" />
      <source>Side of a source-area grid cell in metres (default 500); smaller cells give a finer map and more cells.</source>
      <translation>源区网格边长，单位米（默认 500）；网格越小，地图越细，网格数越多。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="108" />
      <source>A source-area grid with more cells than this is refused before it is built; use larger cells, a shorter maximum distance or a higher limit.</source>
      <translation>网格数超过此值的源区网格在生成前即被拒绝；请增大网格、缩短最大距离或提高此上限。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="110" />
      <source>Only readings at or after this time count (empty: from the first reading); needs the time field.</source>
      <translation>只统计此时间及之后的读数（留空：从第一条读数开始）；需要时间字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="112" />
      <source>Only readings at or before this time count (empty: up to the last reading); needs the time field.</source>
      <translation>只统计此时间及之前的读数（留空：直到最后一条读数）；需要时间字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="114" />
      <source>Candidate sources to rank, e.g. VOC enterprises or industrial parks (polygons by centroid); empty: no ranking, only the wedges and the source area.</source>
      <translation>要排序的候选源，例如 VOCs 排放企业或工业园区（面取质心）；留空：不排序，只输出扇形和源区。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="116" />
      <source>Emission of each candidate, e.g. VOCs in t/a: the score is multiplied by emission / largest emission (empty: the wind evidence only).</source>
      <translation>各候选源的排放量，例如 VOCs 的 t/a：得分乘以 排放量 / 最大排放量（留空：只用风向证据）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="128" />
      <source>Readings (points or table)</source>
      <translation>监测记录（点或表）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="129" />
      <source>Stations (points)</source>
      <translation>站点（点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="135" />
      <source>Wind from met stations (optional)</source>
      <translation>气象站风数据（可选）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="140" />
      <source>Statistic</source>
      <translation>统计量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="144" />
      <source>CBPF speed-bin edges (m/s)</source>
      <translation>CBPF 风速分档界限（m/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="147" />
      <source>Candidate sources (points or polygons)</source>
      <translation>候选污染源（点或面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="150" />
      <source>Emission field</source>
      <translation>排放量字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="232" />
      <source>READINGS is a table without points: give STATIONS too.</source>
      <translation>READINGS 是不含点几何的表：请同时提供 STATIONS。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="249" />
      <source>A time window (START, END) or a wind layer needs TIME_FIELD.</source>
      <translation>时间窗口（START、END）或风数据图层需要 TIME_FIELD。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="187" />
      <source>SPEED_BINS must be numbers separated by commas, e.g. 2, 4, 6.</source>
      <translation>SPEED_BINS 必须是以逗号分隔的数字，例如 2, 4, 6。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="155" />
      <source>{}: {{}} is not a usable number.</source>
      <translation>{}：{{}} 不是可用的数值。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="211" />
      <source>Set {}: the wind layer is read by met station, time, direction and speed.</source>
      <translation>请设置 {}：风数据图层按气象站、时间、风向和风速读取。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/attribution_inputs.py" line="239" />
      <source>Set {}: without it there is nothing to attribute.</source>
      <translation>请设置 {}：缺少它无法进行溯源。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/crs.py" line="42" />
      <source>Layer {} has an undefined coordinate reference system ({}); assign its real CRS (Layer Properties, Source) before running.</source>
      <translation>图层 {} 的坐标参考系未定义（{}）；请先在“图层属性 → 源”中指定其实际坐标参考系再运行。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/crs.py" line="67" />
      <source>Layer {} has no feature with a geometry.</source>
      <translation>图层“{}”中没有带几何的要素。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/crs.py" line="74" />
      <source>{} is not in a metric CRS; distances are computed in {}.</source>
      <translation>图层“{}”不是米制坐标系，距离将在 {} 中计算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/destinations.py" line="209" />
      <source>The folder {} of output {} does not exist; create it or choose another one.</source>
      <translation>文件夹 {}（输出 {} 所在）不存在；请先创建该文件夹或另选位置。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/destinations.py" line="217" />
      <source>Output {} would overwrite the input {} ({}); choose another file or a new layer name so that no input is replaced.</source>
      <translation>输出 {} 会覆盖输入 {}（{}）；请另选文件或使用新的图层名，以免替换任何输入。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/destinations.py" line="223" />
      <source>Outputs {} and {} would be written to the same place ({}); give each its own file or layer name.</source>
      <translation>输出 {} 和 {} 会写到同一位置（{}）；请为每个输出指定各自的文件或图层名。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="135" />
      <source>{} depot(s) are farther than {} m from any road and cannot respond: {}</source>
      <translation>{} 个应急物资库距任何道路都超过 {} m，无法响应：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="41" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="44" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="47" />
      <source>receptors</source>
      <translation>受体</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="61" />
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="46" />
      <source>No receptor has a usable geometry.</source>
      <translation>没有任何受体具有可用的几何图形。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="75" />
      <source>No depot has a usable point geometry.</source>
      <translation>没有任何应急物资库具有可用的点几何。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="76" />
      <source>{} depot(s) have a null team count and count as one team.</source>
      <translation>{} 个应急物资库的队伍数为空，按 1 支队伍计。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="77" />
      <source>{} depot(s) have a null readiness and count as ready at once (0 min).</source>
      <translation>{} 个应急物资库的出动准备时间为空，按立即出动（0 分钟）计。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="96" />
      <source>No risk source has a usable point geometry.</source>
      <translation>没有任何风险源具有可用的点几何。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="98" />
      <source>Risk sources with a null weight count with weight 0.</source>
      <translation>权重为空的风险源按权重 0 计。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="107" />
      <source>candidates</source>
      <translation>候选站址</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="139" />
      <source>{} risk source(s) are farther than the maximum snap distance from any road.</source>
      <translation>{} 个风险源距任何道路都超过最大捕捉距离。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="140" />
      <source>{} risk source(s) lie on road pieces not connected to any depot (unreachable).</source>
      <translation>{} 个风险源位于与任何应急物资库都不连通的路网片段上（不可达）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="105" />
      <source>No candidate sites given: no new depots are chosen.</source>
      <translation>未提供候选站址：不选择新增物资库。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="122" />
      <source>Road graph: {} nodes, {} edges, {} connected pieces.</source>
      <translation>路网图：{} 个节点，{} 条边，{} 个连通片。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="250" />
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="85" />
      <source>New depots chosen with: {}</source>
      <translation>新增物资库的求解方法：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="109" />
      <source>Only {} candidate site(s) are given: at most {} new depot(s) can be chosen.</source>
      <translation>仅提供了 {} 个候选站址：最多只能选择 {} 个新增应急物资库。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="116" />
      <source>{} road(s) have a null or zero speed: {} took the road-class speed, {} the default {} km/h.</source>
      <translation>{} 条道路的速度为空或为零：{} 条采用道路等级速度，{} 条采用默认速度 {} km/h。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="126" />
      <source>Closed roads: {:.2f} km by barriers, {:.2f} km to this vehicle.</source>
      <translation>封闭道路：障碍物封闭 {:.2f} km，对该车辆封闭 {:.2f} km。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="120" />
      <source>Road speeds: {} by road class, {} at the default {} km/h.</source>
      <translation>道路速度：{} 条按道路等级取值，{} 条采用默认速度 {} km/h。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/emergency_layers.py" line="130" />
      <source>Peak hour, {} min: {:.1f}% of risk weight covered once, {:.1f}% twice.</source>
      <translation>高峰时段，{} 分钟：单重覆盖风险权重 {:.1f}%，双重覆盖 {:.1f}%。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/feature_writer.py" line="34" />
      <source>Could not write the features of {}: {}</source>
      <translation>无法写入 {} 的要素：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parameters.py" line="63" />
      <source>{} ({}) must be a finite number (got {}).</source>
      <translation>{}（{}）必须是有限数值（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parameters.py" line="80" />
      <source>{} ({}) must be at most {} (got {}).</source>
      <translation>{}（{}）不能大于 {}（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parameters.py" line="75" />
      <source>{} ({}) must be between {} and {} (got {}).</source>
      <translation>{}（{}）必须介于 {} 与 {} 之间（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parameters.py" line="78" />
      <source>{} ({}) must be at least {} (got {}).</source>
      <translation>{}（{}）不能小于 {}（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parsers.py" line="85" />
      <source>{}: {} is not one of the parameters ({}).</source>
      <translation>{}：{} 不是所选指标之一（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parsers.py" line="56" />
      <source>{}: '{}' is not of the form name=value.</source>
      <translation>{}：“{}”不是“名称=数值”的形式。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/parsers.py" line="66" />
      <source>{}: the value in '{}' is not valid.</source>
      <translation>{}：“{}”中的数值无效。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/raster_blocks.py" line="41" />
      <source>Unsupported raster data type.</source>
      <translation>不支持的栅格数据类型。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/raster_blocks.py" line="19" />
      <source>Raster band {} does not exist: the raster has {} band(s).</source>
      <translation>栅格波段 {} 不存在：该栅格只有 {} 个波段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/raster_blocks.py" line="24" />
      <source>Reprojecting the raster to {}.</source>
      <translation>正在将栅格重投影到 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="163" />
      <source>{} multi-point feature(s) of {} hold several points; only the first point of each is used.</source>
      <translation>{} 个多点要素（{}）包含多个点；每个要素只使用第一个点。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="25" />
      <source>Layer {} could not be read.</source>
      <translation>无法读取图层“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="27" />
      <source>Layer {} has no features.</source>
      <translation>图层“{}”没有要素。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="35" />
      <source>Field {} does not exist in layer {}.</source>
      <translation>字段 {} 在图层“{}”中不存在。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="39" />
      <source>Field {} of layer {} is not numeric.</source>
      <translation>字段 {}（图层“{}”）不是数值字段。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="166" />
      <source>{} feature(s) of {} have no usable geometry and were skipped.</source>
      <translation>{} 个要素（{}）没有可用的几何，已跳过。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="213" />
      <source>{} feature(s) of {} are not usable lines and were skipped.</source>
      <translation>{} 个要素（{}）不是可用的线，已跳过。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="81" />
      <source>{} feature(s) of {} have a null or non-numeric {} (feature ids {}).</source>
      <translation>{} 个要素（{}）的 {} 为空值或非数值（要素 ID：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="82" />
      <source>the layer</source>
      <translation>该图层</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/read.py" line="158" />
      <source>{} multi-point feature(s) of {} hold several points; each point counts on its own.</source>
      <translation>{} 个多点要素（{}）包含多个点；每个点单独计数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="39" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="39" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="30" />
      <source>exponential</source>
      <translation>指数型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="39" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="30" />
      <source>spherical</source>
      <translation>球状</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="40" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="30" />
      <source>linear with sill</source>
      <translation>带基台线性</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="40" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="31" />
      <source>Mariah</source>
      <translation>Mariah 型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="40" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="31" />
      <source>Gaussian</source>
      <translation>高斯型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="47" />
      <source>Tail-up covariance: flow-connected sections only, weighted by the branch weights (discharge or watershed area)</source>
      <translation>tail-up 协方差：仅水流连通的断面之间相关，按支流权重（流量或流域面积）加权</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="51" />
      <source>Tail-down covariance: also sections on different branches, by their distances to the junction below them</source>
      <translation>tail-down 协方差：不同支流上的断面之间也相关，取决于它们到下游汇合点的距离</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="55" />
      <source>Euclidean covariance: straight-line distance (climate, geology shared across catchments)</source>
      <translation>欧氏距离协方差：按直线距离（跨流域共有的气候、地质等因素）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="58" />
      <source>Nugget: measurement error and variation within a segment</source>
      <translation>块金效应：测量误差及河段单元内部的变异</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="60" />
      <source>Estimation: maximum likelihood (ML) or restricted maximum likelihood (REML)</source>
      <translation>估计方法：最大似然（ML）或限制性最大似然（REML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="64" />
      <source>Model choice among the chosen components switched on or off: smallest AIC, smallest leave-one-out RMSPE, or exactly the chosen mixture; every candidate is compared in the report</source>
      <translation>在所选协方差分量开启或关闭的组合中选择模型：AIC 最小、留一法 RMSPE 最小，或固定使用所选的混合模型；报告中比较每个候选模型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="68" />
      <source>Functional-zone polygons: kriging gives the mean within each zone with its standard error</source>
      <translation>水功能区多边形：克里金给出每个功能区内的均值及其标准误差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="70" />
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="69" />
      <source>Zone name field</source>
      <translation>功能区名称字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="46" />
      <source>Tail-up covariance</source>
      <translation>tail-up 协方差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="49" />
      <source>Tail-down covariance</source>
      <translation>tail-down 协方差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="53" />
      <source>Euclidean covariance</source>
      <translation>欧氏距离协方差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="57" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="36" />
      <source>Nugget</source>
      <translation>块金效应</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="59" />
      <source>Estimation</source>
      <translation>估计方法</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="61" />
      <source>Model choice</source>
      <translation>模型选择</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="66" />
      <source>Functional zones (block means)</source>
      <translation>水功能区（块均值）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="72" />
      <source>Reach means (kriging)</source>
      <translation>河段均值（克里金）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="75" />
      <source>Zone means (kriging)</source>
      <translation>功能区均值（克里金）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="62" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="80" />
      <source>smallest AIC</source>
      <translation>AIC 最小</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="62" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="80" />
      <source>smallest leave-one-out error</source>
      <translation>留一法误差最小</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/river_kriging.py" line="62" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="81" />
      <source>fixed: all chosen components</source>
      <translation>固定：使用所选的全部分量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="81" />
      <source>Reverse field</source>
      <translation>反向字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="81" />
      <source>true/1 where a line is drawn against the flow.</source>
      <translation>线逆水流方向绘制时为 true/1。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="82" />
      <source>Elevation field</source>
      <translation>高程字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="83" />
      <source>Mean elevation of each line, or at its first vertex with the next field; corrects direction.</source>
      <translation>每条线的平均高程，与下一字段同用时为首节点高程；用于纠正流向。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="85" />
      <source>Elevation at the last vertex</source>
      <translation>末节点高程</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="86" />
      <source>Elevation at the last vertex: lines whose end is higher than their start are reversed.</source>
      <translation>末节点高程：终点高于起点的线将被反向。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="88" />
      <source>Discharge field (m³/s)</source>
      <translation>流量字段（m³/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="89" />
      <source>Discharge per reach (m³/s): mixing at confluences and outfalls. A field is a flow scenario (dry, normal, wet season).</source>
      <translation>各河段流量（m³/s）：用于汇流处和排污口的混合。一个字段代表一种流量情景（枯水期、平水期、丰水期）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="95" />
      <source>Velocity field (m/s)</source>
      <translation>流速字段（m/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="95" />
      <source>Flow velocity per reach (m/s).</source>
      <translation>各河段流速（m/s）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="79" />
      <source>River lines digitised in flow direction (the reverse and elevation fields correct lines drawn against it).</source>
      <translation>沿水流方向数字化的河流线（反向字段和高程字段可纠正逆向绘制的线）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="92" />
      <source>Kriging branch weight field</source>
      <translation>克里金支流权重字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="93" />
      <source>Branch weight for kriging (discharge or watershed area; default: discharge).</source>
      <translation>克里金的支流权重（流量或集水面积；默认：流量）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="98" />
      <source>Default flow velocity (m/s) where the velocity field is empty.</source>
      <translation>流速字段为空处使用的默认流速（m/s）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="100" />
      <source>Node tolerance</source>
      <translation>节点容差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="157" />
      <source>Outfalls (points with flow and concentrations; decay model)</source>
      <translation>排污口（含流量和浓度的点；用于衰减模型）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="160" />
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="159" />
      <source>Outfall flow field (m³/s)</source>
      <translation>排污口流量字段（m³/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="97" />
      <source>Default velocity (m/s)</source>
      <translation>默认流速（m/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/rivers.py" line="101" />
      <source>Node tolerance (m): line ends closer than this are joined.</source>
      <translation>节点容差（米）：距离小于该值的线端点将被连接。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="55" />
      <source>Travel speed of each road in km/h, e.g. 60; empty, null or 0: the speed of its road class, else the default speed</source>
      <translation>各道路的行驶速度，km/h，例如 60；留空、空值或 0：取其道路等级速度，否则取默认速度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="58" />
      <source>Road class field (speed by class when no speed is given)</source>
      <translation>道路等级字段（无速度时按等级取速度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="61" />
      <source>Speeds by road class (class=km/h, comma separated)</source>
      <translation>各道路等级速度（等级=km/h，以逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="63" />
      <source>One-way field (1 = digitised direction, -1 = reverse, 0 = both)</source>
      <translation>单行字段（1 = 沿数字化方向，-1 = 逆向，0 = 双向）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="65" />
      <source>Default speed (km/h) for roads without a usable speed</source>
      <translation>无可用速度的道路的默认速度（km/h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="67" />
      <source>Road vertices closer than this (metres) become one node; keep it well below the road lengths.</source>
      <translation>相距小于该值（米）的道路顶点合并为一个节点；该值应远小于道路长度。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="71" />
      <source>Barriers: points, lines or polygons (a bridge out, a cordon, a flooded underpass); roads crossing or inside them are closed</source>
      <translation>障碍物：点、线或面（桥梁中断、事故警戒区、积水的下穿通道）；与其相交或位于其内的道路被封闭</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="74" />
      <source>Roads within this distance (metres) of a barrier are closed as well</source>
      <translation>距障碍物在此距离（米）以内的道路同样被封闭</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="76" />
      <source>Road classes this vehicle may not use, comma separated (e.g. residential,tunnel); needs the road class field</source>
      <translation>该车辆不得通行的道路等级，以逗号分隔（如 residential,tunnel）；需要指定道路等级字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="79" />
      <source>Restriction field (true/1/yes = closed to this vehicle)</source>
      <translation>限行字段（true/1/yes = 该车辆不得通行）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="81" />
      <source>Peak-hour speed factors by road class (class=factor, e.g. residential=0.6,primary=0.7): a second, peak-hour result beside the free-flow one</source>
      <translation>按道路等级的高峰时段速度系数（等级=系数，如 residential=0.6,primary=0.7）：在自由流结果之外再给出一组高峰时段结果</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="85" />
      <source>Congestion factor field (peak-hour speed factor per road, 0.6 = 60 % of the free-flow speed)</source>
      <translation>拥堵系数字段（逐条道路的高峰时段速度系数，0.6 = 自由流车速的 60 %）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="122" />
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="59" />
      <source>Speeds by road class</source>
      <translation>各道路等级速度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="125" />
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="80" />
      <source>Peak-hour speed factors by road class</source>
      <translation>按道路等级的高峰时段速度系数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="51" />
      <source>Coverage travel time over roads (minutes, at the road speeds, one-way streets honoured); empty or 0: the coverage radius along the roads</source>
      <translation>沿道路的覆盖通行时间（分钟，按道路车速计算，遵循单行道方向）；为空或为 0：按沿道路的覆盖半径</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="53" />
      <source>Speed field (km/h)</source>
      <translation>速度字段（km/h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="57" />
      <source>Road class field</source>
      <translation>道路等级字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="62" />
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="49" />
      <source>One-way field</source>
      <translation>单行字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="64" />
      <source>Default speed (km/h)</source>
      <translation>默认速度（km/h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="66" />
      <source>Road vertex snapping tolerance</source>
      <translation>道路节点捕捉容差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="69" />
      <source>Barriers (closed roads)</source>
      <translation>障碍物（封闭道路）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="73" />
      <source>Barrier buffer</source>
      <translation>障碍物缓冲距离</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="75" />
      <source>Restricted road classes</source>
      <translation>限行道路等级</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="78" />
      <source>Restriction field</source>
      <translation>限行字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="83" />
      <source>Congestion factor field</source>
      <translation>拥堵系数字段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="104" />
      <source>Restricted road classes need a road class field (ROAD_CLASS_FIELD).</source>
      <translation>限行道路等级需要指定道路等级字段（ROAD_CLASS_FIELD）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="106" />
      <source>Speed factors by road class need a road class field (ROAD_CLASS_FIELD).</source>
      <translation>按道路等级设置的速度系数需要指定道路等级字段（ROAD_CLASS_FIELD）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="123" />
      <source>Speeds by road class must look like motorway=100,primary=60 (bad entry: {}).</source>
      <translation>各道路等级速度应写成 motorway=100,primary=60 的形式（错误条目：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="127" />
      <source>Speed factors must look like residential=0.6,primary=0.7, every factor above 0 (bad entry: {}).</source>
      <translation>速度系数应写成 residential=0.6,primary=0.7 的形式，且每个系数大于 0（错误的条目：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="168" />
      <source>The barrier layer has no usable geometry: no road is closed.</source>
      <translation>障碍物图层没有可用的几何图形：没有道路被封闭。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/road_options.py" line="49" />
      <source>Coverage travel time over roads (min)</source>
      <translation>沿道路的覆盖通行时间（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="45" />
      <source>Road lines: with an office, each officer's inspections are ordered into day routes over these roads.</source>
      <translation>道路线：给出单位驻地时，按这些道路把每名执法人员的检查任务排成每日路线。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="48" />
      <source>Speed of each road in km/h; null or zero speeds use the default speed.</source>
      <translation>各道路的车速（公里/小时）；空值或零值使用默认车速。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="51" />
      <source>1/yes/forward: digitised direction only; -1/reverse: against it; anything else: both ways.</source>
      <translation>1/yes/forward：仅沿数字化方向通行；-1/reverse：仅逆向通行；其他值：双向通行。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="54" />
      <source>Speed of roads without a usable speed value.</source>
      <translation>没有可用车速值的道路所用的车速。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="57" />
      <source>The bureau's office: every day route leaves from it and comes back to it (the first point is used).</source>
      <translation>生态环境局驻地：每天的路线从这里出发并返回这里（使用第一个点）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="59" />
      <source>Time spent at each enterprise, added to the travel time.</source>
      <translation>在每家企业停留的时间，计入路程时间之外。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="62" />
      <source>Longest day, travel and inspections together; an officer's inspections are split into as few days as fit.</source>
      <translation>一天的最长时间（路程加检查）；每名执法人员的检查任务分成尽可能少的天数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="65" />
      <source>At most this many inspections on one day.</source>
      <translation>一天最多安排的检查次数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="67" />
      <source>Enterprises farther than this from every road cannot be routed and are reported.</source>
      <translation>距离所有道路都超过该距离的企业无法排入路线，并在报告中列出。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="69" />
      <source>Clock time each day starts at the office; arrival times are counted from it.</source>
      <translation>每天从单位出发的时刻；到达时间由此起算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="72" />
      <source>One line per officer and day along the roads: stops, km, hours, visiting order with arrival times.</source>
      <translation>每名执法人员每天一条沿道路的线：站数、公里数、小时数、检查顺序和到达时间。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="75" />
      <source>One point per visit: officer, day, visit number and arrival time.</source>
      <translation>每次检查一个点：执法人员、日期序号、站序和到达时间。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="43" />
      <source>Road network (day routes)</source>
      <translation>道路网（每日路线）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="46" />
      <source>Road speed field (km/h)</source>
      <translation>道路车速字段（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="53" />
      <source>Default road speed (km/h)</source>
      <translation>默认道路车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="55" />
      <source>Office (start and end of every day)</source>
      <translation>单位驻地（每天的起点和终点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="58" />
      <source>Minutes per inspection</source>
      <translation>每次检查用时（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="60" />
      <source>Working day (hours, 0 = no limit)</source>
      <translation>工作日时长（小时，0 = 不限）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="64" />
      <source>Inspections per day (0 = no limit)</source>
      <translation>每天检查次数（0 = 不限）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="66" />
      <source>Largest distance from an enterprise to a road (m)</source>
      <translation>企业到道路的最大距离（米）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="68" />
      <source>Leaving the office at (HH:MM)</source>
      <translation>出发时刻（时:分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="70" />
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="22" />
      <source>Day routes</source>
      <translation>每日路线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="73" />
      <source>Route stops</source>
      <translation>路线站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="92" />
      <source>Day routes need both the road network (ROADS) and the office (OFFICE).</source>
      <translation>每日路线需要同时给出道路网（ROADS）和单位驻地（OFFICE）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="95" />
      <source>Day routes need the enterprises' locations: the enterprise register is a table without geometry.</source>
      <translation>每日路线需要企业位置：企业名录是没有几何的表。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="109" />
      <source>office</source>
      <translation>单位驻地</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="111" />
      <source>The office layer has no usable point.</source>
      <translation>单位驻地图层没有可用的点。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="81" />
      <source>DAY_START must be a clock time such as 08:30 (got {}).</source>
      <translation>DAY_START 必须是形如 08:30 的时刻（当前为 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/route_layers.py" line="113" />
      <source>The office layer has {} points; the first is the office.</source>
      <translation>单位驻地图层有 {} 个点；以第一个点作为驻地。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/spill_layers.py" line="58" />
      <source>{} has no usable point geometry.</source>
      <translation>{} 没有可用的点几何。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/stations.py" line="48" />
      <source>Excellent</source>
      <translation>优</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/stations.py" line="48" />
      <source>Good</source>
      <translation>良</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/stations.py" line="48" />
      <source>Lightly polluted</source>
      <translation>轻度污染</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/stations.py" line="49" />
      <source>Moderately polluted</source>
      <translation>中度污染</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/stations.py" line="49" />
      <source>Heavily polluted</source>
      <translation>重度污染</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/stations.py" line="50" />
      <source>Severely polluted</source>
      <translation>严重污染</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/qgis_io/study_area.py" line="18" />
      <source>study area</source>
      <translation>研究区域</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="22" />
      <source>one team</source>
      <translation>一支队伍</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="61" />
      <source>A source counts as covered twice only when two different teams reach it in time, as needed to answer two simultaneous incidents.</source>
      <translation>只有两支不同的队伍都能按时到达时，风险源才计为双重覆盖，以满足同时应对两起突发事件的需要。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="63" />
      <source>Coverage per threshold</source>
      <translation>各阈值下的覆盖情况</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="75" />
      <source>Risk weight covered (%)</source>
      <translation>覆盖的风险权重（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="82" />
      <source>Each point adds the next depot of the chosen plan (largest gain first) to today's depots; the curve shows how many depots a target share needs.</source>
      <translation>每个点在现有物资库基础上依次加入选定方案中的下一个物资库（增益最大者优先）；曲线表明达到目标占比需要多少个物资库。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="122" />
      <source>Sources not covered as required (heaviest first)</source>
      <translation>未达到要求覆盖的风险源（按权重从大到小）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="37" />
      <source>{:.1f} % of risk weight is within {:g} min of {}</source>
      <translation>{:.1f} % 的风险权重可在 {:g} 分钟内由{}到达</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="50" />
      <source>free flow</source>
      <translation>自由流</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="58" />
      <source>Conditions</source>
      <translation>交通状况</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="58" />
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="93" />
      <source>Threshold (min)</source>
      <translation>阈值（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="58" />
      <source>Weight covered once</source>
      <translation>单重覆盖权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="58" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="190" />
      <source>Weight covered twice</source>
      <translation>双重覆盖权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="59" />
      <source>Weight covered as required</source>
      <translation>达到要求覆盖的权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="59" />
      <source>Sources covered once</source>
      <translation>单重覆盖的风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="59" />
      <source>Sources covered twice</source>
      <translation>双重覆盖的风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="76" />
      <source>Weight covered once / twice against the number of new depots</source>
      <translation>单重/双重覆盖权重随新增物资库数量的变化</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="77" />
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="78" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="77" />
      <source>Candidate</source>
      <translation>候选站址</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="77" />
      <source>Weight gained</source>
      <translation>增加的权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="93" />
      <source>Receptor weight</source>
      <translation>受体权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="93" />
      <source>Reached once</source>
      <translation>单重到达</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="93" />
      <source>Share once</source>
      <translation>单重到达占比</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="94" />
      <source>Reached twice</source>
      <translation>双重到达</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="94" />
      <source>Share twice</source>
      <translation>双重到达占比</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="97" />
      <source>Receptor weight reached by at least one team (once) and by two teams (twice); a polygon's weight is shared by area.</source>
      <translation>至少一支队伍到达（单重）和两支队伍到达（双重）的受体权重；面的权重按面积分摊。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="111" />
      <source>Depot</source>
      <translation>物资库</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="111" />
      <source>Teams</source>
      <translation>队伍数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="111" />
      <source>Readiness (min)</source>
      <translation>准备时间（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="111" />
      <source>First responder to</source>
      <translation>作为第一响应的风险源数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="111" />
      <source>Their weight</source>
      <translation>其权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="112" />
      <source>Sources reachable</source>
      <translation>可到达的风险源数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="119" />
      <source>Risk source</source>
      <translation>风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="119" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="145" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="191" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="230" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="279" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="191" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="119" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="90" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="119" />
      <source>Teams in time</source>
      <translation>按时到达的队伍数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="119" />
      <source>First team (min)</source>
      <translation>第一支队伍（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="131" />
      <source>Risk sources</source>
      <translation>风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="132" />
      <source>Sources not covered as required</source>
      <translation>未达到要求覆盖的风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="133" />
      <source>Isolated sources (no route)</source>
      <translation>孤立风险源（无路可达）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="134" />
      <source>Sources off the road network</source>
      <translation>路网外的风险源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="138" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="91" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="116" />
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="93" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="281" />
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="69" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="225" />
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="44" />
      <source>Run time</source>
      <translation>运行时间</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="17" />
      <source>covered</source>
      <translation>已覆盖</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="17" />
      <source>under-covered</source>
      <translation>覆盖不足</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="17" />
      <source>out of time</source>
      <translation>超时</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="18" />
      <source>isolated (no route)</source>
      <translation>孤立（无路可达）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="18" />
      <source>off the road network</source>
      <translation>位于路网外</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="22" />
      <source>{} teams</source>
      <translation>{} 支队伍</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="34" />
      <source>{} new depots bring {:.1f} % of risk weight within {:g} min of {} (today {:.1f} %).</source>
      <translation>新增 {} 个物资库后，{:.1f} % 的风险权重可在 {:g} 分钟内由{}到达（现状 {:.1f} %）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="40" />
      <source>, {:.1f} % within {:g} min</source>
      <translation>，{:.1f} % 在 {:g} 分钟内</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="43" />
      <source>; at peak hour {:.1f} % within {:g} min</source>
      <translation>；高峰时段 {:.1f} % 在 {:g} 分钟内</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="52" />
      <source>peak hour</source>
      <translation>高峰时段</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="81" />
      <source>Optimality gap of the choice</source>
      <translation>选址方案的最优性间隙</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="113" />
      <source>Depot load within {:g} min (busiest first)</source>
      <translation>{:g} 分钟内各物资库的负荷（最繁忙者优先）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="136" />
      <source>Roads closed by barriers</source>
      <translation>因障碍物封闭的道路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="137" />
      <source>Roads closed to this vehicle</source>
      <translation>对该车辆封闭的道路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="143" />
      <source>Receptors reached</source>
      <translation>到达的受体</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="145" />
      <source>Receptors reached at peak hour</source>
      <translation>高峰时段到达的受体</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="100" />
      <source>Weight reached per depot (largest first): {}</source>
      <translation>各物资库到达的受体权重（从大到小）：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="121" />
      <source>{} more are listed in the output layer.</source>
      <translation>另有 {} 个列于输出图层中。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="129" />
      <source>Risk weight within {:g} min of {}</source>
      <translation>{:g} 分钟内由{}到达的风险权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="154" />
      <source>Emergency coverage — {}</source>
      <translation>应急覆盖分析 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="155" />
      <source>{} required responder(s); thresholds {} min</source>
      <translation>要求响应队伍数 {}；阈值 {} 分钟</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="73" />
      <source>once, {:g} min</source>
      <translation>单重，{:g} 分钟</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="74" />
      <source>twice, {:g} min</source>
      <translation>双重，{:g} 分钟</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="150" />
      <source>Road length</source>
      <translation>道路长度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="150" />
      <source>Nodes</source>
      <translation>节点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="151" />
      <source>Edges</source>
      <translation>边数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="151" />
      <source>Connected pieces</source>
      <translation>连通片数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/emergency_coverage.py" line="152" />
      <source>Closed road length</source>
      <translation>封闭道路长度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="58" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="59" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="76" />
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="69" />
      <source>Stations</source>
      <translation>站点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="50" />
      <source>Air stations per AQI category (HJ 633)</source>
      <translation>各空气质量指数类别的空气站点数（HJ 633）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="50" />
      <source>AQI category</source>
      <translation>AQI 类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="55" />
      <source>Water stations per GB 3838-2002 class</source>
      <translation>各水质类别的地表水站点数（GB 3838-2002）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="55" />
      <source>Water quality class</source>
      <translation>水质类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="73" />
      <source>{} stations read from {} ({}); data as of {}; {} stale, {} without a location.</source>
      <translation>读取 {} 个站点，来自 {}（{}）；数据时间 {}；{} 个过期，{} 个无位置。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="76" />
      <source>Stale</source>
      <translation>过期</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="76" />
      <source>Not classified</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="76" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="89" />
      <source>Newest reading</source>
      <translation>最新读数时间</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="77" />
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="90" />
      <source>Oldest reading</source>
      <translation>最早读数时间</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="80" />
      <source>Stations per network</source>
      <translation>各监测网络的站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="84" />
      <source>Stations received</source>
      <translation>接收的站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="85" />
      <source>Stations kept</source>
      <translation>保留的站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="86" />
      <source>Stations without a location</source>
      <translation>无位置的站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="87" />
      <source>Stale stations</source>
      <translation>过期站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="87" />
      <source>Rows written</source>
      <translation>写入的行数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="88" />
      <source>HTTP requests</source>
      <translation>HTTP 请求数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="60" />
      <location filename="../../resources/styles/stations_live.qml" line="29" />
      <source>Not classified / no value</source>
      <translation>未分类 / 无数值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="71" />
      <source>{}: {} stations</source>
      <translation>{}：{} 个站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="92" />
      <source>Live stations — {}</source>
      <translation>实时站点 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="93" />
      <source>Pulled at {}</source>
      <translation>拉取时间 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/fetch_stations.py" line="80" />
      <source>Times are local ({}); the layer stores them in UTC.</source>
      <translation>时间为本地时间（{}）；图层中以 UTC 存储。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="23" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="17" />
      <source>Hot spot, 99 % confidence</source>
      <translation>热点，99 % 置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="23" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="18" />
      <source>Hot spot, 95 % confidence</source>
      <translation>热点，95 % 置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="24" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="19" />
      <source>Hot spot, 90 % confidence</source>
      <translation>热点，90 % 置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="24" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="20" />
      <source>Not significant</source>
      <translation>不显著</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="24" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="21" />
      <source>Cold spot, 90 % confidence</source>
      <translation>冷点，90 % 置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="25" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="22" />
      <source>Cold spot, 95 % confidence</source>
      <translation>冷点，95 % 置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="25" />
      <location filename="../../resources/styles/hotspot_gi_bin.qml" line="23" />
      <source>Cold spot, 99 % confidence</source>
      <translation>冷点，99 % 置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="30" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="20" />
      <source>New hot spot</source>
      <translation>新增热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="30" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="19" />
      <source>Consecutive hot spot</source>
      <translation>连续热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="31" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="17" />
      <source>Intensifying hot spot</source>
      <translation>增强热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="31" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="18" />
      <source>Persistent hot spot</source>
      <translation>持续热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="32" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="21" />
      <source>Diminishing hot spot</source>
      <translation>减弱热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="32" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="22" />
      <source>Sporadic hot spot</source>
      <translation>零星热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="33" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="23" />
      <source>Oscillating hot spot</source>
      <translation>振荡热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="33" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="24" />
      <source>Historical hot spot</source>
      <translation>历史热点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="34" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="28" />
      <source>New cold spot</source>
      <translation>新增冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="34" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="27" />
      <source>Consecutive cold spot</source>
      <translation>连续冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="35" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="25" />
      <source>Intensifying cold spot</source>
      <translation>增强冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="35" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="26" />
      <source>Persistent cold spot</source>
      <translation>持续冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="36" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="29" />
      <source>Diminishing cold spot</source>
      <translation>减弱冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="36" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="30" />
      <source>Sporadic cold spot</source>
      <translation>零星冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="37" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="31" />
      <source>Oscillating cold spot</source>
      <translation>振荡冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="37" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="32" />
      <source>Historical cold spot</source>
      <translation>历史冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="38" />
      <location filename="../../resources/styles/hotspot_emerging.qml" line="33" />
      <source>No pattern detected</source>
      <translation>未发现模式</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="43" />
      <source>increasing</source>
      <translation>上升</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="43" />
      <source>decreasing</source>
      <translation>下降</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="43" />
      <source>no trend</source>
      <translation>无趋势</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="97" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="135" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="95" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="112" />
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="133" />
      <source>Cells</source>
      <translation>网格数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="139" />
      <source>Emerging hot and cold spots</source>
      <translation>新兴热点与冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="171" />
      <source>Hot and cold spots</source>
      <translation>热点与冷点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="95" />
      <source>Gi* category</source>
      <translation>Gi* 类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="95" />
      <source>Share of the cells</source>
      <translation>占网格比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="98" />
      <source>Cells per Gi* confidence bin (3 = hot spot, 99 %)</source>
      <translation>各 Gi* 置信度分级的网格数（3 = 热点，99 %）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="99" />
      <source>Gi* bin</source>
      <translation>Gi* 分级</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="100" />
      <source>Cell</source>
      <translation>网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="100" />
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="54" />
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="100" />
      <source>Gi* z</source>
      <translation>Gi* z 值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="100" />
      <source>Confidence</source>
      <translation>置信度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="100" />
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="85" />
      <source>Readings</source>
      <translation>读数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="100" />
      <source>Centre x (m)</source>
      <translation>中心 x (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="101" />
      <source>Centre y (m)</source>
      <translation>中心 y (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="105" />
      <source>Cells per Gi* category</source>
      <translation>各 Gi* 类别的网格数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="108" />
      <source>Where to put sensors</source>
      <translation>建议布设传感器的位置</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="112" />
      <source>Cell size</source>
      <translation>网格尺寸</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="113" />
      <source>Cells with an observation</source>
      <translation>有观测值的网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="114" />
      <source>Significant after the false discovery rate correction</source>
      <translation>经错误发现率校正后显著</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="115" />
      <source>Hot spots, 99 % confidence</source>
      <translation>热点（99 % 置信度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="115" />
      <source>Cold spots, 99 % confidence</source>
      <translation>冷点（99 % 置信度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="133" />
      <source>Emerging category</source>
      <translation>新兴热点类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="133" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="136" />
      <source>Cells per emerging category (code, see the table)</source>
      <translation>各新兴热点类别的网格数（代码见表）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="138" />
      <source>Emerging category code</source>
      <translation>新兴热点类别代码</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="83" />
      <source>{} of {} cells are hot spots at 99 % confidence and {} at 95 %; {} observed hot-spot cells are where new sensors add the most, led by {}.</source>
      <translation>{} 个网格（共 {} 个）为 99 % 置信度热点，{} 个为 95 % 置信度热点；{} 个有观测的热点网格最值得新增传感器，首推 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="88" />
      <source>No cell is a hot spot at 95 % or 99 % confidence among the {} observed cells of {}; the grid gives no evidence yet for where to add sensors.</source>
      <translation>{} 个有观测的网格（共 {} 个）中没有 95 % 或 99 % 置信度的热点；网格尚不能说明应在何处新增传感器。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="105" />
      <source>Getis-Ord Gi* on the observed cells; a cell is a hot spot when its neighbourhood's values are significantly high.</source>
      <translation>对有观测的网格计算 Getis-Ord Gi*；邻域数值显著偏高的网格为热点。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="93" />
      <source>{} cells are new or intensifying hot spots over {} periods.</source>
      <translation>{} 个网格为新增或增强热点（共 {} 个时段）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="118" />
      <source>Hotspot grid — {}</source>
      <translation>热点网格 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="119" />
      <source>{} cells of {} m ({}), grid CRS {}</source>
      <translation>{} 个 {} m 网格（{}），网格坐标系 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="139" />
      <source>Periods: {} to {}; Mann-Kendall trend of each cell's Gi* z-scores.</source>
      <translation>时段：{} 至 {}；各网格 Gi* z 值的 Mann-Kendall 趋势。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="153" />
      <source>No map in this note: the grid has {} cells (more than {}); the output layer is the map.</source>
      <translation>本说明不含地图：网格共 {} 个（超过 {} 个）；请直接查看输出图层。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/hotspot_grid.py" line="108" />
      <source>Observed hot spots at 95 % or 99 % confidence, strongest first (cell centres in {}).</source>
      <translation>有观测的 95 % 或 99 % 置信度热点，按强度排序（网格中心坐标系 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="51" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="20" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="20" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="20" />
      <source>Inspections</source>
      <translation>检查次数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="20" />
      <source>Road km</source>
      <translation>道路里程（公里）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="20" />
      <source>Hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="20" />
      <source>Longest day (h)</source>
      <translation>最长一天（小时）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="22" />
      <source>Each officer leaves the office, visits their inspections in the order of the shortest road time found and comes back; hours include the time at each enterprise.</source>
      <translation>每名执法人员从单位出发，按所求得的最短道路用时顺序依次检查，然后返回；小时数包含在每家企业的停留时间。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="40" />
      <source>{} of {} enterprises drawn for inspection ({}); {} officers in teams of {}, at most {} inspections each; seed “{}”.</source>
      <translation>从 {} 家企业中抽中 {} 家接受检查（{}）；{} 名执法人员每 {} 人一组，每人至多 {} 次检查；随机种子“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="44" />
      <source>Registered</source>
      <translation>名录数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="44" />
      <source>Eligible</source>
      <translation>可抽数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="44" />
      <source>Rate</source>
      <translation>比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="44" />
      <source>Expected</source>
      <translation>期望数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="44" />
      <source>Drawn</source>
      <translation>抽中数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="51" />
      <source>Officers by number of inspections</source>
      <translation>按检查次数统计的执法人员</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="52" />
      <source>Inspections per officer</source>
      <translation>每人检查次数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="54" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="71" />
      <source>Drawn per stratum</source>
      <translation>各类别抽取情况</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="83" />
      <source>Verification record (publish with the result)</source>
      <translation>核验记录（随结果一并公开）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="55" />
      <source>Seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="55" />
      <source>Algorithm version</source>
      <translation>算法版本</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="56" />
      <source>Enterprise register (SHA-256)</source>
      <translation>企业名录（SHA-256）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="57" />
      <source>Inspector register (SHA-256)</source>
      <translation>执法人员名录（SHA-256）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="58" />
      <source>Enterprises in the register</source>
      <translation>名录中企业数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="59" />
      <source>Officers in the register</source>
      <translation>名录中执法人员数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="71" />
      <source>Each stratum is a simple random sample of its eligible enterprises; the number drawn is the rate × eligible, rounded half up.</source>
      <translation>每个类别都是对其可抽企业的简单随机抽样；抽取数 = 比例 × 可抽数，四舍五入。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="74" />
      <source>The loads are as even as the conflict rules allow: no smaller largest load staffs every inspection.</source>
      <translation>在回避规则允许的范围内任务最均衡：更小的最大任务量无法配齐每次检查。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="84" />
      <source>Anyone holding the two registers and the seed reproduces this draw exactly.</source>
      <translation>任何人持有两份名录和随机种子，都能完全复现本次抽取。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="25" />
      <source>Officer days planned</source>
      <translation>安排的人·日数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="25" />
      <source>Road distance, all routes</source>
      <translation>全部路线道路里程</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="27" />
      <source>Hours, all routes</source>
      <translation>全部路线用时</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="28" />
      <source>Inspections out of reach of the roads</source>
      <translation>道路无法到达的检查</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="80" />
      <source>Day plans: {} officer days, {:.0f} km of road, {:.0f} hours.</source>
      <translation>日程安排：{} 人·日，道路里程 {:.0f} 公里，共 {:.0f} 小时。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="87" />
      <source>Inspection draw — {}</source>
      <translation>双随机抽查 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="88" />
      <source>Double random, one public: seed {}, {}</source>
      <translation>双随机、一公开：随机种子 {}，{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="90" />
      <source>Enterprises drawn</source>
      <translation>抽中企业数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="91" />
      <source>Share of the register</source>
      <translation>占名录比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="92" />
      <source>Largest load per officer</source>
      <translation>每人最大任务量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="92" />
      <source>inspections</source>
      <translation>次</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/inspection_draw.py" line="93" />
      <source>Officers without a task</source>
      <translation>无任务的执法人员</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/map_image.py" line="128" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="19" />
      <source>maximal covering (MCLP)</source>
      <translation>最大覆盖模型（MCLP）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="19" />
      <source>set covering (LSCP)</source>
      <translation>集合覆盖模型（LSCP）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="20" />
      <source>backup coverage</source>
      <translation>备份覆盖</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="20" />
      <source>p-median</source>
      <translation>P-中位</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="25" />
      <source>no solution meets the quotas</source>
      <translation>无满足配额的解</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="35" />
      <source>greedy start and swap search</source>
      <translation>贪心初始解与交换搜索</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="35" />
      <source>Lagrangian bound</source>
      <translation>拉格朗日界</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="36" />
      <source>exact HiGHS mixed-integer programme</source>
      <translation>精确 HiGHS 混合整数规划</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="36" />
      <source>greedy set cover</source>
      <translation>贪心集合覆盖</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="37" />
      <source>greedy start and fast interchange</source>
      <translation>贪心初始解与快速交换</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="48" />
      <source>; no optimality bound is available (heuristic solution).</source>
      <translation>；没有最优性界（启发式解）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="50" />
      <source>; the solution is proven optimal.</source>
      <translation>；该解已证明为最优。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="92" />
      <source>Covered share (%)</source>
      <translation>覆盖比例（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="94" />
      <source>Coverage per category</source>
      <translation>各类别覆盖情况</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="138" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="181" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="220" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="144" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="190" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="229" />
      <source>New sites</source>
      <translation>新增站点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="138" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="181" />
      <source>Covered weight (%)</source>
      <translation>覆盖权重（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="153" />
      <source>Each point is the most weight that many new sites can cover (maximal covering, with the existing sites, the spacing rule and the quotas), with the bound that proves it; the CURVE output lists every count.</source>
      <translation>曲线上每个点是该数量的新增站点最多可覆盖的权重（最大覆盖模型，计入已有站点、间距规则和配额），并附证明它的界；CURVE 输出列出每一个站点数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="156" />
      <source>How many sites: the trade-off curve</source>
      <translation>需要多少站点：权衡曲线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="203" />
      <source>Each point is the most weight that many new sites can cover at least twice (backup coverage, with the existing sites and the spacing rule), with the bound that proves it, and the weight the same sites cover at least once; the CURVE output lists every count.</source>
      <translation>曲线上每个点是该数量的新增站点最多可被至少两个站点覆盖的权重（备份覆盖模型，计入已有站点和间距规则），并附证明它的界，以及同一组站点至少覆盖一次的权重；CURVE 输出列出每一个站点数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="206" />
      <source>How many sites: the backup coverage curve</source>
      <translation>需要多少站点：备份覆盖曲线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="215" />
      <source>Mean travel time (min)</source>
      <translation>平均行程时间（分钟）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="215" />
      <source>Mean distance (m)</source>
      <translation>平均距离（米）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="241" />
      <source>Each point is the least demand-weighted mean that many new sites can give (p-median, with the existing sites and the spacing rule), with the lower bound that proves it; the mean never grows with one more site. The CURVE output lists every count.</source>
      <translation>曲线上每个点是该数量的新增站点可达到的最小需求加权平均值（P-中位模型，计入已有站点和间距规则），并附证明它的下界；多一个站点，平均值不会增大。CURVE 输出列出每一个站点数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="244" />
      <source>How many sites: the mean distance curve</source>
      <translation>需要多少站点：平均距离曲线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="252" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="251" />
      <source>HJ 664-2013 urban assessment stations</source>
      <translation>HJ 664-2013 城市评价点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="263" />
      <source>demand points</source>
      <translation>需求点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="282" />
      <source>Model and solver</source>
      <translation>模型与求解器</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="51" />
      <source>; the solution is proven within {} of the optimum.</source>
      <translation>；已证明该解与最优值相差不超过 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="90" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="93" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="90" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="285" />
      <source>Demand points</source>
      <translation>需求点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="90" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="144" />
      <source>Covered weight</source>
      <translation>覆盖权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="90" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="144" />
      <source>Covered share</source>
      <translation>覆盖比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="91" />
      <source>Required share</source>
      <translation>要求比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="93" />
      <source>Covered share per category</source>
      <translation>各类别覆盖比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="108" />
      <source>{} new sites cover {} of the weight; the bounds prove that at least {} are needed.</source>
      <translation>新增 {} 个站点可覆盖 {} 的权重；界证明至少需要 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="120" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="220" />
      <source>All demand</source>
      <translation>全部需求点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="139" />
      <source>Covered weight against the number of new sites</source>
      <translation>覆盖权重随新增站点数的变化</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="144" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="191" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="284" />
      <source>Proven bound</source>
      <translation>已证明的界</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="144" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="191" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="230" />
      <source>Gap</source>
      <translation>间隙</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="177" />
      <source>Covered at least twice</source>
      <translation>至少被覆盖两次</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="179" />
      <source>Covered at least once</source>
      <translation>至少被覆盖一次</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="182" />
      <source>Weight covered twice and once against the number of new sites</source>
      <translation>双重覆盖与单次覆盖权重随新增站点数的变化</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="190" />
      <source>Share covered twice</source>
      <translation>双重覆盖比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="190" />
      <source>Share covered once</source>
      <translation>单次覆盖比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="265" />
      <source>New sites chosen</source>
      <translation>选中的新增站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="265" />
      <source>Existing sites kept</source>
      <translation>保留的已有站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="267" />
      <source>Covered share of the weight, existing sites only</source>
      <translation>权重覆盖比例（仅已有站点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="269" />
      <source>Covered share of the weight, with the new sites</source>
      <translation>权重覆盖比例（含新增站点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="271" />
      <source>Covered share of the demand points</source>
      <translation>需求点覆盖比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="279" />
      <source>Optimality gap (proven)</source>
      <translation>最优性间隙（已证明）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="62" />
      <source>{} new sites cover every demand point within reach ({} of the {})</source>
      <translation>新增 {} 个站点覆盖了所有可达的需求点（覆盖比例 {}，按{}计）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="79" />
      <source>; every category is fully watched</source>
      <translation>；所有类别均已全部受到监控</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="87" />
      <location filename="../../processing_algorithms/reports/network_siting.py" line="130" />
      <source>(no category)</source>
      <translation>（无类别）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="102" />
      <source>No count on the curve (up to {} new sites) covers {} of the weight.</source>
      <translation>曲线上（至多新增 {} 个站点）没有任何站点数能覆盖 {} 的权重。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="105" />
      <source>The existing sites already cover {} of the weight.</source>
      <translation>已有站点已覆盖 {} 的权重。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="107" />
      <source>{} new sites cover {} of the weight, and no fewer can (proved).</source>
      <translation>新增 {} 个站点可覆盖 {} 的权重，且已证明更少的站点做不到。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="137" />
      <source>LSCP optimum</source>
      <translation>LSCP 最优解</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="193" />
      <source>No count on the curve (up to {} new sites) covers {} of the weight twice.</source>
      <translation>曲线上（至多新增 {} 个站点）没有任何站点数能双重覆盖 {} 的权重。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="221" />
      <source>Mean travel time against the number of new sites</source>
      <translation>平均行程时间随新增站点数的变化</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="222" />
      <source>Mean distance against the number of new sites</source>
      <translation>平均距离随新增站点数的变化</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="263" />
      <source>demand weight “{}”</source>
      <translation>需求权重“{}”</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="273" />
      <source>Weight covered by two or more sites</source>
      <translation>被两个及以上站点覆盖的权重</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="65" />
      <source>{} new sites raise the {} covered by at least two sites to {} (coverage by one site {})</source>
      <translation>新增 {} 个站点使至少被两个站点覆盖的{}达到 {}（单站覆盖 {}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="77" />
      <source>; every demand point of {} is watched</source>
      <translation>；{}的全部需求点均已受到监控</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="196" />
      <source>The existing sites already cover {} of the weight twice.</source>
      <translation>已有站点已双重覆盖 {} 的权重。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="229" />
      <source>Shorter than with one site less ({})</source>
      <translation>比少一个站点时缩短（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="230" />
      <source>Proven lower bound ({})</source>
      <translation>已证明的下界（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="236" />
      <source>With P = {} new sites the weighted mean is {}; one more site shortens it by {}.</source>
      <translation>新增 P = {} 个站点时加权平均值为 {}；再多一个站点可缩短 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="239" />
      <source>Demand with no open site among its candidates is charged {} (the CURVE column unserved_pct gives its share).</source>
      <translation>候选站点中没有开放站点的需求按 {} 计（CURVE 的 unserved_pct 列给出其比例）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="253" />
      <source>Built-up area</source>
      <translation>建成区面积</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="254" />
      <source>Minimum stations by area</source>
      <translation>按面积的最少点位数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="254" />
      <source>Minimum stations by population</source>
      <translation>按人口的最少点位数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="256" />
      <source>Minimum stations required</source>
      <translation>最少点位数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="257" />
      <source>Open sites inside the study area</source>
      <translation>研究区内的站点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="276" />
      <source>New sites needed for 90 % of the weight covered twice</source>
      <translation>双重覆盖 90 % 权重所需的新增站点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="277" />
      <source>New sites needed for 90 % of the weight</source>
      <translation>覆盖 90 % 权重所需的新增站点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="282" />
      <source>Model: {}; solver: {}.</source>
      <translation>模型：{}；求解器：{}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="286" />
      <source>Covering pairs</source>
      <translation>覆盖对数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="286" />
      <source>Spacing conflicts</source>
      <translation>间距冲突数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="293" />
      <source>Monitoring network siting — {}</source>
      <translation>监测网络选址 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="294" />
      <source>{}, {} basis; {} demand points, {} candidate sites</source>
      <translation>{}，按{}计算；{} 个需求点，{} 个候选站址</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="296" />
      <source>straight-line</source>
      <translation>直线距离</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="69" />
      <source>{} new sites bring the weighted mean distance to the nearest site to {}; {} of the {} is within the coverage radius</source>
      <translation>新增 {} 个站点使到最近站点的加权平均距离降至 {}；覆盖半径内的比例为 {}（按{}计）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="72" />
      <source>{} new sites raise the covered {} from {} to {}</source>
      <translation>新增 {} 个站点使被覆盖的{}从 {} 提高到 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="148" />
      <source>The set covering (LSCP) optimum, {} new sites covering every demand point within reach, is marked on the chart: the curve reaches its highest coverage there.</source>
      <translation>集合覆盖（LSCP）最优解——新增 {} 个站点覆盖所有可达需求点——已在图中标出：曲线在该处达到最高覆盖。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="151" />
      <source>The set covering (LSCP) optimum, {} new sites, lies beyond the curve (up to {} new sites).</source>
      <translation>集合覆盖（LSCP）最优解为新增 {} 个站点，超出了曲线范围（至多新增 {} 个站点）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="198" />
      <source>{} new sites cover {} of the weight twice, and no fewer can (proved).</source>
      <translation>新增 {} 个站点可双重覆盖 {} 的权重，且已证明更少的站点做不到。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="201" />
      <source>{} new sites cover {} of the weight twice; the bounds prove that at least {} are needed.</source>
      <translation>新增 {} 个站点可双重覆盖 {} 的权重；界证明至少需要 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="81" />
      <source>; {} of {} categories are fully watched</source>
      <translation>；已有 {} 个类别（共 {} 个）全部受到监控</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/network_siting.py" line="278" />
      <source>more than {}</source>
      <translation>多于 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/note.py" line="154" />
      <source>Map of the result</source>
      <translation>结果地图</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/note.py" line="165" />
      <source>Notes</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/numbers.py" line="17" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/numbers.py" line="17" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="38" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="131" />
      <source>Concentration (mg/L)</source>
      <translation>浓度（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="48" />
      <source>Allowable load (t/a)</source>
      <translation>允许排放量（t/a）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="185" />
      <source>worse than V</source>
      <translation>劣V</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="76" />
      <source>{} checkpoint failure(s) today over {} parameter(s); allowable loads for {} outfall(s).</source>
      <translation>现状共有 {} 个控制断面超标（{} 个指标）；已计算 {} 个排污口的允许排放量。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="187" />
      <source>Small contribution</source>
      <translation>贡献小</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="187" />
      <source>Medium contribution</source>
      <translation>贡献中等</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="188" />
      <source>Large contribution</source>
      <translation>贡献大</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="188" />
      <source>Largest contribution</source>
      <translation>贡献最大</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="27" />
      <source>no constraint</source>
      <translation>无约束</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="80" />
      <source>Objective: {}; safety margin {} %</source>
      <translation>优化目标：{}；安全余量 {} %</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="207" />
      <source>Outfalls sized by their contribution at their worst checkpoint</source>
      <translation>排污口符号大小表示其在最不利控制断面的贡献</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="39" />
      <source>{}: sources at {} ({} mg/L, limit {} mg/L)</source>
      <translation>{}：{} 处的来源构成（{} mg/L，限值 {} mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="49" />
      <source>{}: capacity against the safety margin</source>
      <translation>{}：纳污能力随安全余量的变化</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="64" />
      <source>Checkpoint</source>
      <translation>控制断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="64" />
      <source>Today (mg/L)</source>
      <translation>现状（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="64" />
      <source>Background (mg/L)</source>
      <translation>背景（mg/L）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="65" />
      <source>Outfalls responsible, largest first</source>
      <translation>责任排污口（按贡献从大到小）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="186" />
      <source>Class {}</source>
      <translation>{} 类</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="194" />
      <source>River class today ({})</source>
      <translation>现状水质类别（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="198" />
      <source>Checkpoint failing today</source>
      <translation>现状超标的控制断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="199" />
      <source>Checkpoint meeting its target</source>
      <translation>达标的控制断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="61" />
      <source>Binding checkpoints: {}</source>
      <translation>约束起作用的控制断面：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="71" />
      <source>Allowable load (capacity)</source>
      <translation>允许排放量（纳污能力）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="72" />
      <source>Today's load</source>
      <translation>现状负荷</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="73" />
      <source>Checkpoints failing today</source>
      <translation>现状超标的控制断面</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="74" />
      <source>Outfalls with no checkpoint below</source>
      <translation>下游无控制断面的排污口</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/outfall_note.py" line="206" />
      <source>Outfall contributions ({})</source>
      <translation>排污口贡献（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="32" />
      <source>tail-up {}</source>
      <translation>tail-up 分量（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="32" />
      <source>tail-down {}</source>
      <translation>tail-down 分量（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="32" />
      <source>Euclidean {}</source>
      <translation>欧氏距离分量（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="47" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="50" />
      <source>Length (km)</source>
      <translation>长度（km）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="48" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="49" />
      <source>River length per GB 3838 class</source>
      <translation>各 GB 3838 水质类别的河长</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="65" />
      <source>Probability of failing the target class</source>
      <translation>不达目标水质类别的概率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="90" />
      <source>Kriging models compared</source>
      <translation>克里金模型比较</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="104" />
      <source>Leave-one-out cross-validation at the sections</source>
      <translation>断面留一法交叉验证</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="129" />
      <source>River water quality along the network</source>
      <translation>河网水质沿程插值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="63" />
      <source>P_EXCEED is the probability that a segment is worse than the target class {} (for DO: below its limit), from the kriging prediction and its standard error.</source>
      <translation>P_EXCEED 为河段单元劣于目标水质类别 {} 的概率（溶解氧为低于其限值的概率），由克里金预测值及其标准误差计算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="102" />
      <source>RMSPE</source>
      <translation>均方根预测误差（RMSPE）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="105" />
      <source>Each section is predicted from the others; lower RMSPE is better.</source>
      <translation>每个断面由其余断面预测；RMSPE 越小越好。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="114" />
      <source>{} km of {} km of river ({} %) meet the target class {}.</source>
      <translation>{} km / {} km 河长（{} %）达到目标水质类别 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="117" />
      <source>River length</source>
      <translation>河长</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="117" />
      <source>Segments</source>
      <translation>河段单元数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="118" />
      <source>Sections used</source>
      <translation>使用的断面数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="119" />
      <source>Length meeting the target class</source>
      <translation>达到目标水质类别的河长</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="24" />
      <source>Decay model</source>
      <translation>衰减模型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="24" />
      <source>Flow-connected IDW</source>
      <translation>水流连通 IDW</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="25" />
      <source>Straight-line IDW (QGIS)</source>
      <translation>直线距离 IDW（QGIS）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="41" />
      <source>P ≥ 0.9 (fails almost surely)</source>
      <translation>P ≥ 0.9（几乎肯定不达标）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="41" />
      <source>0.5 ≤ P &lt; 0.9 (likely fails)</source>
      <translation>0.5 ≤ P &lt; 0.9（可能不达标）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="42" />
      <source>P &lt; 0.5 (likely meets)</source>
      <translation>P &lt; 0.5（可能达标）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="42" />
      <source>no probability</source>
      <translation>无概率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="50" />
      <source>Class</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="50" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="59" />
      <source>All parameters (largest P)</source>
      <translation>全部参数（取最大 P）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="82" />
      <source>Estimation {}; model choice: {}. AIC = −2 log L + 2 × parameters; the leave-one-out RMSPE and the share of sections inside their 90 % prediction interval show how each candidate predicts a section it has not seen.</source>
      <translation>估计方法 {}；模型选择：{}。AIC = −2 × 对数似然 + 2 × 参数个数；留一法 RMSPE 与落在 90 % 预测区间内的断面比例反映各候选模型预测未参与拟合断面的能力。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="86" />
      <source>Stream-network kriging is fitted here only to compare it with {} at the sections. AIC = −2 log L + 2 × parameters; the leave-one-out RMSPE and the share of sections inside their 90 % prediction interval show how each candidate predicts a section it has not seen.</source>
      <translation>此处拟合河网克里金仅为在断面上与{}比较。AIC = −2 × 对数似然 + 2 × 参数个数；留一法 RMSPE 与落在 90 % 预测区间内的断面比例反映各候选模型预测未参与拟合断面的能力。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="91" />
      <source>Covariance model</source>
      <translation>协方差模型</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="91" />
      <source>−2 log L</source>
      <translation>−2 × 对数似然</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="92" />
      <source>LOO RMSPE</source>
      <translation>留一法 RMSPE</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="92" />
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="107" />
      <source>90 % interval coverage</source>
      <translation>90 % 区间覆盖率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="106" />
      <source>Bias</source>
      <translation>偏差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="130" />
      <source>Method: {}; GB 3838-2002, target class {}</source>
      <translation>方法：{}；GB 3838-2002，目标水质类别 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="103" />
      <source>Leave-one-out error of {} by method</source>
      <translation>{} 各方法的留一法误差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="122" />
      <source>{} km fail it with a probability of at least 0.9, {} km with 0.5 to 0.9.</source>
      <translation>{} km 不达标的概率不低于 0.9，{} km 在 0.5 至 0.9 之间。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="126" />
      <source>Leave-one-out RMSPE of {}</source>
      <translation>{} 的留一法 RMSPE</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/river_interpolation.py" line="75" />
      <source>chosen</source>
      <translation>选中</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="85" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="85" />
      <source>Calms</source>
      <translation>静风</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="85" />
      <source>Low threshold</source>
      <translation>下限阈值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="85" />
      <source>High threshold</source>
      <translation>上限阈值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="86" />
      <source>In the band</source>
      <translation>区间内</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="86" />
      <source>Flagged bins</source>
      <translation>标记的分箱</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="101" />
      <source>Pollution source attribution</source>
      <translation>污染来源解析</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="67" />
      <source>Readings used</source>
      <translation>使用的读数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="67" />
      <source>Readings in</source>
      <translation>输入的读数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="68" />
      <source>Calm readings (counted, not binned)</source>
      <translation>静风读数（计数，不分箱）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="73" />
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="78" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="88" />
      <source>Met station</source>
      <translation>气象站</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="88" />
      <source>Met station distance (km)</source>
      <translation>与气象站距离（km）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="89" />
      <source>Stations: percentile thresholds, calms and sample counts</source>
      <translation>各站点：百分位阈值、静风和样本数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="98" />
      <source>Polar plots per station</source>
      <translation>各站点极坐标图</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="99" />
      <source>{}, percentile band {}, {} sectors</source>
      <translation>{}，百分位区间 {}，{} 个扇区</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="20" />
      <source>conditional probability function (CPF)</source>
      <translation>条件概率函数（CPF）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="21" />
      <source>conditional bivariate probability function (CBPF)</source>
      <translation>条件双变量概率函数（CBPF）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="30" />
      <source>Most likely source: feature {} ({} station(s) point at it).</source>
      <translation>最可能的污染源：要素 {}（{} 个站点指向它）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="33" />
      <source>{} readings from {} stations used; no candidate source to rank (give candidates to name the most likely sources).</source>
      <translation>使用了 {} 条读数（{} 个站点）；没有可排序的候选源（提供候选源才能指出最可能的污染源）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="74" />
      <source>Candidate sources by score (feature id)</source>
      <translation>候选源得分（要素编号）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="74" />
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="78" />
      <source>Feature</source>
      <translation>要素</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="75" />
      <source>Top candidate sources</source>
      <translation>最可能的候选污染源</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="92" />
      <source>Share of the readings from each direction (and speed bin) that lie in the {} percentile band; pale dashed bins hold fewer than {} readings.</source>
      <translation>各风向（及风速分档）的读数中落在 {} 百分位区间内的比例；浅色虚线分箱的读数少于 {} 条。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="75" />
      <source>A candidate scores higher the more stations' high-concentration wind sectors point at it, and the nearer it lies.</source>
      <translation>指向候选源的站点高浓度风向扇区越多、距离越近，候选源得分越高。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="96" />
      <source>Polar plots of the first {} stations; the OUTPUT layer holds every station's.</source>
      <translation>仅绘制前 {} 个站点的极坐标图；OUTPUT 图层包含全部站点。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="57" />
      <source>{} — {} readings, {} calm</source>
      <translation>{} — {} 条读数，{} 条静风</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="78" />
      <source>Stations pointing at it</source>
      <translation>指向它的站点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="78" />
      <source>Strongest station</source>
      <translation>证据最强的站点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/source_attribution.py" line="79" />
      <source>Distance (km)</source>
      <translation>距离（km）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="178" />
      <source>given</source>
      <translation>给定</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="181" />
      <source>; per receptor from its field where given</source>
      <translation>；各敏感目标有字段值时取其字段值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="216" />
      <source>Model: 1-D advection–dispersion with decay along the directed network, complete mixing over the cross-section and at confluences; a finite release is the continuous load of that duration.</source>
      <translation>模型：沿有向河网的一维对流–扩散方程，含衰减，断面和汇流处完全混合；有限时长排放按该时长内的连续负荷计算。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="226" />
      <source>Spill early warning</source>
      <translation>突发水污染预警</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="121" />
      <source>No receptor is reached within the {} h horizon.</source>
      <translation>在 {} h 的模拟时长内没有敏感目标被到达。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="129" />
      <source>limit</source>
      <translation>限值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="184" />
      <source>the default velocity</source>
      <translation>默认流速</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="191" />
      <source>Receptor</source>
      <translation>敏感目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="191" />
      <source>Arrival</source>
      <translation>到达</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="191" />
      <source>Peak</source>
      <translation>峰值</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="191" />
      <source>Peak (mg/L) and class</source>
      <translation>峰值（mg/L）及类别</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="192" />
      <location filename="../../resources/styles/spill_receptors.qml" line="17" />
      <source>Above the limit</source>
      <translation>超标时长</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="192" />
      <source>Act by</source>
      <translation>最迟处置</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="199" />
      <source>Receptors in order of arrival</source>
      <translation>按到达顺序的敏感目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="219" />
      <source>Assumptions</source>
      <translation>假设</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="222" />
      <source>Receptors reached within the horizon</source>
      <translation>模拟时长内到达的敏感目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="223" />
      <source>Receptors above the limit</source>
      <translation>超标的敏感目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="224" />
      <source>River length reached downstream</source>
      <translation>下游受影响河长</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="118" />
      <source>{} is reached first, in {} h; no receptor exceeds its limit (highest peak {} mg/L).</source>
      <translation>{} 最先到达，{} h 后；没有敏感目标超过限值（最高峰值 {} mg/L）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="130" />
      <source>Hours after the spill (start {})</source>
      <translation>事故后小时数（开始于 {}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="178" />
      <source>GB 3838 class {}</source>
      <translation>GB 3838 {}类</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="207" />
      <source>Pollutant {}; limit {} mg/L ({}).</source>
      <translation>污染物 {}；限值 {} mg/L（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="209" />
      <source>Flow field: discharge from {}, velocity from {}.</source>
      <translation>流量情景：流量取自 {}，流速取自 {}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="210" />
      <source>Dispersion coefficient per reach: {} from a field, {} by Fischer's formula E = 0.011·u²·B²/(h·u*), {} the default of {} m²/s, {} without.</source>
      <translation>各河段离散系数：{} 个取自字段，{} 个按 Fischer 公式 E = 0.011·u²·B²/(h·u*) 估算，{} 个取默认值 {} m²/s，{} 个缺失。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="213" />
      <source>First-order decay {} 1/d; leading edge at {} % of the limit; horizon {} h at {} min steps.</source>
      <translation>一级衰减 {} 1/d；前锋为限值的 {} %；模拟时长 {} h，步长 {} 分钟。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="226" />
      <source>{} — {} spill(s), {} receptor(s)</source>
      <translation>{}——{} 个事故，{} 个敏感目标</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="108" />
      <source>{} is reached in {} h, above the limit for at least {} h (still above at the horizon) — close it by {}.</source>
      <translation>{} {} h 后到达，超标至少 {} h（模拟结束时仍超标）——须在 {} 前关闭。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="110" />
      <source>{} is reached in {} h, above the limit for {} h — close it by {}.</source>
      <translation>{} {} h 后到达，超标 {} h——须在 {} 前关闭。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="132" />
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="203" />
      <source>Breakthrough at {}</source>
      <translation>{} 浓度过程线</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="113" />
      <source>{} receptors in all exceed the limit.</source>
      <translation>共有 {} 个敏感目标超过限值。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/spill_warning.py" line="199" />
      <source>Times in {}; hours after the spill in the layers and the JSON report.</source>
      <translation>时间为 {}；图层和 JSON 报告中另给出事故后的小时数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="26" />
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="23" />
      <source>Workload</source>
      <translation>工作量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="12" />
      <source>{} units grouped into {} contiguous grids; workloads within {:.1f} % of the mean (no grouping can do better than {:.1f} %); {} of {} grids within the target{}.</source>
      <translation>{} 个单元划分为 {} 个连通网格；工作量与平均值相差不超过 {:.1f} %（任何划分都不会优于 {:.1f} %）；{} 个（共 {} 个）网格达到均衡目标{}。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="19" />
      <source>No grouping into contiguous grids is better balanced (proven).</source>
      <translation>任何连通网格划分都不可能更均衡（已证明）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="23" />
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="27" />
      <source>Grid</source>
      <translation>网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="23" />
      <source>Share of the mean</source>
      <translation>占平均值比例</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="24" />
      <source>Area (km²)</source>
      <translation>面积（km²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="24" />
      <source>Units changed</source>
      <translation>调整的单元</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="26" />
      <source>Workload per grid (heaviest first)</source>
      <translation>各网格工作量（由高到低）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="16" />
      <source>; {} units change grid</source>
      <translation>；{} 个单元调整网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="36" />
      <source>Supervision grids — {}</source>
      <translation>监管网格 — {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="37" />
      <source>{} grids over {} units</source>
      <translation>{} 个网格，{} 个单元</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="39" />
      <source>Mean workload per grid</source>
      <translation>网格平均工作量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="39" />
      <source>Largest deviation from the mean</source>
      <translation>与平均值的最大偏差</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="41" />
      <source>Proven lower bound on that deviation</source>
      <translation>该偏差的理论下界</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="42" />
      <source>Heaviest grid</source>
      <translation>工作量最大的网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="43" />
      <source>Lightest grid</source>
      <translation>工作量最小的网格</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="44" />
      <source>Units changing grid</source>
      <translation>调整网格的单元</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="45" />
      <source>Workload per grid</source>
      <translation>各网格工作量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/reports/supervision_grid.py" line="45" />
      <source>The planner's trade-off: more grids lower each inspector's load; a tighter balance target moves more units between grids.</source>
      <translation>规划中的权衡：网格越多，每名网格员任务越轻；均衡目标越严，需要在网格间调整的单元越多。</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_area_polygons.qml" line="17" />
      <location filename="../../resources/styles/emergency_service_areas.qml" line="17" />
      <source>≤ 15 min</source>
      <translation>≤ 15 分钟</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_area_polygons.qml" line="18" />
      <location filename="../../resources/styles/emergency_service_areas.qml" line="18" />
      <source>15–30 min</source>
      <translation>15–30 分钟</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_area_polygons.qml" line="19" />
      <location filename="../../resources/styles/emergency_service_areas.qml" line="19" />
      <source>30–45 min</source>
      <translation>30–45 分钟</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_area_polygons.qml" line="20" />
      <location filename="../../resources/styles/emergency_service_areas.qml" line="20" />
      <source>45–60 min</source>
      <translation>45–60 分钟</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_area_polygons.qml" line="21" />
      <location filename="../../resources/styles/emergency_service_areas.qml" line="21" />
      <source>&gt; 60 min</source>
      <translation>&gt; 60 分钟</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_new_depots.qml" line="81" />
      <source>New depot </source>
      <translation>新增物资库 </translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_sources.qml" line="17" />
      <source>Covered by the required teams in time</source>
      <translation>按时到达的队伍数满足要求</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_sources.qml" line="18" />
      <source>Fewer teams than required in time</source>
      <translation>按时到达的队伍数不足</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_sources.qml" line="19" />
      <source>No team in time</source>
      <translation>无队伍按时到达</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_sources.qml" line="20" />
      <source>Unreachable (road piece without depot)</source>
      <translation>不可达（所在路网片段无物资库）</translation>
    </message>
    <message>
      <location filename="../../resources/styles/emergency_sources.qml" line="21" />
      <source>Too far from any road</source>
      <translation>距道路过远</translation>
    </message>
    <message>
      <location filename="../../resources/styles/inspection_drawn.qml" line="17" />
      <source>Key discharge unit</source>
      <translation>重点排污单位</translation>
    </message>
    <message>
      <location filename="../../resources/styles/inspection_drawn.qml" line="18" />
      <source>Special supervision</source>
      <translation>特殊监管对象</translation>
    </message>
    <message>
      <location filename="../../resources/styles/inspection_drawn.qml" line="19" />
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../resources/styles/inspection_drawn.qml" line="20" />
      <source>Other stratum</source>
      <translation>其他层</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="17" />
      <location filename="../../resources/styles/river_segments.qml" line="17" />
      <source>Class I</source>
      <translation>I 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="18" />
      <location filename="../../resources/styles/river_segments.qml" line="18" />
      <source>Class II</source>
      <translation>II 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="19" />
      <location filename="../../resources/styles/river_segments.qml" line="19" />
      <source>Class III</source>
      <translation>III 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="20" />
      <location filename="../../resources/styles/river_segments.qml" line="20" />
      <source>Class IV</source>
      <translation>IV 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="21" />
      <location filename="../../resources/styles/river_segments.qml" line="21" />
      <source>Class V</source>
      <translation>V 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="22" />
      <location filename="../../resources/styles/river_segments.qml" line="22" />
      <source>Worse than class V</source>
      <translation>劣V 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/river_sections.qml" line="23" />
      <location filename="../../resources/styles/river_segments.qml" line="23" />
      <source>No value</source>
      <translation>无数据</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_air_stations.qml" line="17" />
      <source>National station</source>
      <translation>国控站</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_air_stations.qml" line="18" />
      <source>Provincial station</source>
      <translation>省控站</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_air_stations.qml" line="19" />
      <source>Urban evaluation station</source>
      <translation>城市评价点</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_bureau_office.qml" line="17" />
      <source>Bureau office (route start and end)</source>
      <translation>生态环境局（路线起讫点）</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_districts.qml" line="17" />
      <source>Urban district</source>
      <translation>市辖区</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_districts.qml" line="18" />
      <source>County</source>
      <translation>县</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_national_control_sites.qml" line="17" />
      <source>National control site (air)</source>
      <translation>国控点（环境空气）</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_national_control_sites.qml" line="18" />
      <source>National control section (water)</source>
      <translation>国控断面（地表水）</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_outfalls.qml" line="17" />
      <source>Municipal WWTP outfall</source>
      <translation>城镇污水处理厂排污口</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_outfalls.qml" line="18" />
      <source>County WWTP outfall</source>
      <translation>县城污水处理厂排污口</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_outfalls.qml" line="19" />
      <source>Industrial outfall</source>
      <translation>工业排污口</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_outfalls.qml" line="20" />
      <source>Untreated discharge</source>
      <translation>未经处理的排放口</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_risk_sources.qml" line="17" />
      <source>Major risk source</source>
      <translation>重大风险源</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_risk_sources.qml" line="18" />
      <source>Large risk source</source>
      <translation>较大风险源</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_risk_sources.qml" line="19" />
      <source>General risk source</source>
      <translation>一般风险源</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_rivers.qml" line="17" />
      <source>Stream order 1</source>
      <translation>河流等级 1</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_rivers.qml" line="18" />
      <source>Order 2</source>
      <translation>等级 2</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_rivers.qml" line="19" />
      <source>Order 3</source>
      <translation>等级 3</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_rivers.qml" line="20" />
      <source>Order 4</source>
      <translation>等级 4</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_rivers.qml" line="21" />
      <source>Order 5+</source>
      <translation>等级 5 及以上</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_roads.qml" line="17" />
      <source>Motorway</source>
      <translation>高速公路</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_roads.qml" line="18" />
      <source>Trunk road</source>
      <translation>干线公路</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_roads.qml" line="19" />
      <source>Primary road</source>
      <translation>主要道路</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_roads.qml" line="20" />
      <source>Secondary road</source>
      <translation>次要道路</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_roads.qml" line="21" />
      <source>Tertiary road</source>
      <translation>三级道路</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_roads.qml" line="22" />
      <source>Residential / local</source>
      <translation>居住区 / 地方道路</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_siting_candidates.qml" line="17" />
      <source>Micro-sensor candidate</source>
      <translation>微型站候选点</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_siting_candidates.qml" line="18" />
      <source>Station candidate</source>
      <translation>站点候选点</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_water_intakes.qml" line="17" />
      <source>Drinking-water intake</source>
      <translation>饮用水取水口</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_water_sections.qml" line="17" />
      <source>Target class I</source>
      <translation>目标 I 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_water_sections.qml" line="18" />
      <source>Target class II</source>
      <translation>目标 II 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_water_sections.qml" line="19" />
      <source>Target class III</source>
      <translation>目标 III 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_water_sections.qml" line="20" />
      <source>Target class IV</source>
      <translation>目标 IV 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/sample_water_sections.qml" line="21" />
      <source>Target class V</source>
      <translation>目标 V 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_demand.qml" line="17" />
      <location filename="../../resources/styles/siting_demand_polygons.qml" line="17" />
      <source>Not covered</source>
      <translation>未覆盖</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_demand.qml" line="18" />
      <location filename="../../resources/styles/siting_demand_polygons.qml" line="18" />
      <source>Covered by one site</source>
      <translation>被一个站点覆盖</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_demand.qml" line="19" />
      <location filename="../../resources/styles/siting_demand_polygons.qml" line="19" />
      <source>Covered by two or more sites</source>
      <translation>被两个及以上站点覆盖</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_sites.qml" line="17" />
      <source>Existing station (kept)</source>
      <translation>已有站点（保留）</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_sites.qml" line="18" />
      <source>New site, rank 1–10</source>
      <translation>新增站址，排名 1–10</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_sites.qml" line="19" />
      <source>New site, rank 11–100</source>
      <translation>新增站址，排名 11–100</translation>
    </message>
    <message>
      <location filename="../../resources/styles/siting_sites.qml" line="20" />
      <source>New site, rank &gt; 100</source>
      <translation>新增站址，排名 &gt; 100</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_receptors.qml" line="18" />
      <source>Reached, below the limit</source>
      <translation>已到达，未超标</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_receptors.qml" line="19" />
      <source>Downstream, beyond the horizon</source>
      <translation>位于下游，模拟时长内未到达</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_receptors.qml" line="20" />
      <source>Not computed on the path</source>
      <translation>路径上无法计算</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_receptors.qml" line="21" />
      <source>Not in the path</source>
      <translation>不在污染带路径上</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_segments.qml" line="17" />
      <source>Peak above 10 × the limit</source>
      <translation>峰值超过限值 10 倍</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_segments.qml" line="18" />
      <source>Peak 1–10 × the limit</source>
      <translation>峰值为限值的 1–10 倍</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_segments.qml" line="19" />
      <source>Peak 10–100 % of the limit</source>
      <translation>峰值为限值的 10–100 %</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_segments.qml" line="20" />
      <source>Peak below 10 % of the limit</source>
      <translation>峰值低于限值的 10 %</translation>
    </message>
    <message>
      <location filename="../../resources/styles/spill_segments.qml" line="21" />
      <source>Not reached within the horizon</source>
      <translation>模拟时长内未到达</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="17" />
      <source>Air AQI 1 Excellent</source>
      <translation>空气 AQI 1 级 优</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="18" />
      <source>Air AQI 2 Good</source>
      <translation>空气 AQI 2 级 良</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="19" />
      <source>Air AQI 3 Lightly polluted</source>
      <translation>空气 AQI 3 级 轻度污染</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="20" />
      <source>Air AQI 4 Moderately polluted</source>
      <translation>空气 AQI 4 级 中度污染</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="21" />
      <source>Air AQI 5 Heavily polluted</source>
      <translation>空气 AQI 5 级 重度污染</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="22" />
      <source>Air AQI 6 Severely polluted</source>
      <translation>空气 AQI 6 级 严重污染</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="23" />
      <source>Water GB 3838 class I</source>
      <translation>地表水 GB 3838 I 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="24" />
      <source>Water GB 3838 class II</source>
      <translation>地表水 GB 3838 II 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="25" />
      <source>Water GB 3838 class III</source>
      <translation>地表水 GB 3838 III 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="26" />
      <source>Water GB 3838 class IV</source>
      <translation>地表水 GB 3838 IV 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="27" />
      <source>Water GB 3838 class V</source>
      <translation>地表水 GB 3838 V 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/stations_live.qml" line="28" />
      <source>Water GB 3838 worse than class V</source>
      <translation>地表水 GB 3838 劣V 类</translation>
    </message>
    <message>
      <location filename="../../resources/styles/supervision_grids.qml" line="17" />
      <source>Light: below 80 % of the mean</source>
      <translation>偏轻：低于平均值的 80 %</translation>
    </message>
    <message>
      <location filename="../../resources/styles/supervision_grids.qml" line="19" />
      <source>Balanced: 90–110 %</source>
      <translation>均衡：90–110 %</translation>
    </message>
    <message>
      <location filename="../../resources/styles/supervision_grids.qml" line="21" />
      <source>Heavy: above 120 % of the mean</source>
      <translation>偏重：高于平均值的 120 %</translation>
    </message>
    <message>
      <location filename="../../resources/styles/supervision_units.qml" line="17" />
      <source>Unit</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="../../resources/styles/supervision_units.qml" line="18" />
      <source>Island joined to the nearest grid</source>
      <translation>并入最近网格的飞地</translation>
    </message>
    <message>
      <source>&lt;p&gt;Chooses monitoring sites (automatic air stations, high-density micro-sensors) among candidate points so that the demand points (hotspot grid cells, VOC enterprises, industrial parks, national control sites…) are watched, keeping the stations that already exist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: &lt;i&gt;MCLP&lt;/i&gt; maximises the demand weight covered with P new sites; &lt;i&gt;LSCP&lt;/i&gt; finds the fewest new sites covering every coverable demand point; &lt;i&gt;Backup coverage&lt;/i&gt; maximises the weight covered by at least two sites with P new sites; &lt;i&gt;p-median&lt;/i&gt; minimises the total weighted distance from each demand point to its nearest site with P new sites.&lt;/p&gt;&lt;p&gt;A candidate covers a demand point within RADIUS metres (or its own RADIUS_FIELD value: a micro-sensor and a station do not represent the same area), straight-line or, with NETWORK, along the roads. Existing stations (EXISTING_FIELD true) are always kept and counted; P counts new sites only. MIN_SPACING keeps any two chosen or existing sites apart. CATEGORY_MIN_COVERAGE (e.g. &lt;code&gt;VOC=1.0;park=1.0&lt;/code&gt;) requires a share of each DEMAND_CATEGORY's weight to be covered (MCLP).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: sparse coverage matrix (k-d tree or road Dijkstra), exact model reduction, greedy and swap local search, a Lagrangian bound (MCLP) and an exact HiGHS MILP (scipy) within TIME_LIMIT and MIP_GAP. The report states the status honestly: optimal (proved within MIP_GAP) or feasible with its gap.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: OUTPUT, the chosen and existing sites with rank, marginal gain and covered weight; DEMAND_OUTPUT, each demand point with its coverage; REPORT with objective, bound, gap, coverage per category and, for a STUDY_AREA, the minimum number of urban assessment stations of HJ 664-2013 (Technical Regulation for Selection of Ambient Air Quality Monitoring Stations).&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;在候选点中选择监测点位（环境空气自动站、高密度微型站），使需求点（热点网格、VOCs 排放企业、工业园区、国控点等）得到有效监控，同时保留已有站点。&lt;/p&gt;&lt;p&gt;&lt;b&gt;模型&lt;/b&gt;：&lt;i&gt;MCLP&lt;/i&gt;（最大覆盖选址模型）在新增 P 个站点的条件下使被覆盖的需求权重最大；&lt;i&gt;LSCP&lt;/i&gt;（集合覆盖模型）求覆盖全部可覆盖需求点所需的最少新增站点数；&lt;i&gt;备份覆盖&lt;/i&gt;在新增 P 个站点的条件下使至少被两个站点覆盖的权重最大；&lt;i&gt;P-中位&lt;/i&gt;在新增 P 个站点的条件下使各需求点到最近站点的加权距离总和最小。&lt;/p&gt;&lt;p&gt;候选点覆盖其 RADIUS 米范围内的需求点（或取自身 RADIUS_FIELD 字段值：微型站与自动站的代表范围不同），按直线距离计算，设置 NETWORK 时沿道路计算。已有站点（EXISTING_FIELD 为真）始终保留并计入覆盖；P 只计新增站点。MIN_SPACING 规定任意两个选中或已有站点之间的最小间距。CATEGORY_MIN_COVERAGE（如 &lt;code&gt;VOC=1.0;park=1.0&lt;/code&gt;）要求每个 DEMAND_CATEGORY 类别的权重至少有规定比例被覆盖（MCLP）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;求解器&lt;/b&gt;：稀疏覆盖矩阵（k-d 树或道路 Dijkstra）、精确的模型约简、贪心与交换局部搜索、拉格朗日界（MCLP），以及在 TIME_LIMIT 和 MIP_GAP 限制内求解的精确 HiGHS 混合整数线性规划（scipy）。报告如实给出求解状态：最优（在 MIP_GAP 内得到证明）或可行解及其间隙。&lt;/p&gt;&lt;p&gt;&lt;b&gt;输出&lt;/b&gt;：OUTPUT，选中和已有站点，含排序、边际增益和覆盖权重；DEMAND_OUTPUT，各需求点及其覆盖情况；REPORT，含目标值、界、间隙、各类别覆盖率，以及设置 STUDY_AREA 时按 HJ 664-2013（《环境空气质量监测点位布设技术规范（试行）》）计算的城市评价点最少数量。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A time window (START, END) needs TIME_FIELD.</source>
      <translation type="vanished">时间窗口（START、END）需要设置 TIME_FIELD。</translation>
    </message>
    <message>
      <source>Aggregation per cell</source>
      <translation type="vanished">网格汇总方式</translation>
    </message>
    <message>
      <source>Air quality supervision</source>
      <translation type="vanished">大气环境监管</translation>
    </message>
    <message>
      <source>Area of interest (polygons)</source>
      <translation type="vanished">关注区域（面）</translation>
    </message>
    <message>
      <source>Benjamini-Hochberg false discovery rate correction</source>
      <translation type="vanished">Benjamini-Hochberg 错误发现率（FDR）校正</translation>
    </message>
    <message>
      <source>Branch weight field for kriging (discharge or watershed area; default: discharge)</source>
      <translation type="vanished">克里金支流权重字段（流量或流域面积；默认：流量）</translation>
    </message>
    <message>
      <source>Builds a square or hexagonal supervision grid (500-2000 m cells) over an area of interest, anchored to a fixed origin so that each cell keeps its code (for example S1000E512N3012) in every run and every month. Point readings (or emission sources) are aggregated per cell (mean, max, sum or count), optionally with the zonal mean of a raster such as a satellite PM2.5 surface. Empty cells stay null or are filled by inverse-distance weighting from the nearest cells with a value.

Hot spots: Getis-Ord Gi* (Getis &amp; Ord 1992; Ord &amp; Getis 1995) with binary weights that include the cell itself, over a distance band, the k nearest cells or queen contiguity. gi_z is the Gi* z-score, gi_p its two-sided p-value, gi_bin -3..3 the cold/hot spot confidence (99/95/90 %), decided after Benjamini-Hochberg false discovery rate correction when FDR is set; fdr_sig marks cells significant at ALPHA. rank, percentile and the hotspot flag (top N % by value) follow bureau ranking practice.

With a time field: values per PERIOD, Gi* per period, the Mann-Kendall trend of each cell's Gi* z-scores and an emerging hot spot category (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating, historical, or no pattern, and the cold-spot counterparts) as defined for space-time cubes in ArcGIS Emerging Hot Spot Analysis.

Parameters: AOI area of interest polygons; CELL_SIZE in metres (hexagons: distance between centres); GRID_TYPE; ORIGIN fixed grid origin (default 0,0 of the metric CRS); CLIP cut boundary cells to the area; MAX_CELLS refuse larger grids; POINTS, VALUE_FIELD, AGGREGATION; TIME_FIELD and PERIOD; RASTER and RASTER_BAND; FILL_EMPTY; STATISTIC; NEIGHBOURHOOD, DISTANCE, K; FDR and ALPHA; TOP_PERCENT. Outputs: OUTPUT grid cells, PERIOD_OUTPUT one row per cell and period, REPORT with counts per bin and category, the top cells and the runtime.</source>
      <translation type="vanished">在关注区域上构建正方形或六边形监管网格（网格边长 500-2000 m），网格锚定于固定原点，使每个网格在每次运行、每个月都保持同一编码（例如 S1000E512N3012）。点位监测值（或排放源）按网格汇总（均值、最大值、总和或计数），可选叠加栅格（如卫星反演 PM2.5 面）的分区均值。空网格保持为空值，或由最近的有值网格按反距离加权填充。

热点：Getis-Ord Gi*（Getis &amp; Ord 1992；Ord &amp; Getis 1995），采用包含网格自身的二值权重，邻域可选距离带、k 个最近网格或后邻接（queen）。gi_z 为 Gi* z 得分，gi_p 为其双侧 p 值，gi_bin（-3..3）为冷点/热点的置信度（99/95/90 %），设置 FDR 时经 Benjamini-Hochberg 错误发现率校正后判定；fdr_sig 标记在 ALPHA 水平下显著的网格。rank、percentile 和 hotspot 标志（按数值排前 N %）遵循生态环境部门的排名惯例。

设置时间字段时：按 PERIOD 统计各时段的数值，逐时段计算 Gi*，对每个网格的 Gi* z 得分做 Mann-Kendall 趋势检验，并给出新兴热点类别（新增、连续、增强、持续、减弱、零星、振荡、历史或无模式，以及对应的冷点类别），其定义与 ArcGIS 新兴热点分析中的时空立方体一致。

参数：AOI 关注区域面；CELL_SIZE 网格尺寸（米；六边形为相邻中心间距）；GRID_TYPE 网格类型；ORIGIN 固定网格原点（默认为米制坐标系的 0,0）；CLIP 将边界网格裁剪到区域内；MAX_CELLS 网格数上限，超过则拒绝；POINTS、VALUE_FIELD、AGGREGATION；TIME_FIELD 与 PERIOD；RASTER 与 RASTER_BAND；FILL_EMPTY；STATISTIC；NEIGHBOURHOOD、DISTANCE、K；FDR 与 ALPHA；TOP_PERCENT。输出：OUTPUT 网格；PERIOD_OUTPUT 每个网格每个时段一行；REPORT 含各置信度分级和各类别的计数、排名靠前的网格及运行时间。</translation>
    </message>
    <message>
      <source>Calm readings</source>
      <translation type="vanished">静风读数</translation>
    </message>
    <message>
      <source>Candidates ranked</source>
      <translation type="vanished">参与排序的候选源</translation>
    </message>
    <message>
      <source>Carries water-quality measurements at river sections along every reach of the river network, cut into segments, and classifies each segment by GB 3838-2002 Table 1 (single-factor rule: the worst item sets the class).

Methods:
• Decay model (HJ 2.3-2018, one-dimensional steady state): C = C0·exp(−K·x/(86400·u)), K in 1/d, x in m, u in m/s. Sections set the concentration at their position; it decays downstream; branches mix completely at confluences by discharge, outfalls mix in completely at their position: C = (Q·C + q·Co)/(Q + q). K per parameter from Decay rates, or calibrated per reach from consecutive sections. Upstream of the first section of a branch the values are back-calculated from the section below.
• Flow-connected IDW: only sections hydrologically connected to a point (upstream or downstream of it) inform it, weighted by 1/distance^power along the river; two tributaries inform each other only through what flows downstream.
• Stream-network kriging: tail-up exponential covariance on flow-connected distance with branch weights from discharge or watershed area and a nugget, fitted by maximum likelihood (or REML), with covariates as a linear trend; the prediction comes with its standard error.

Every method is cross-validated (leave-one-out) at the sections, side by side with straight-line IDW (the formula of QGIS's IDW interpolation), in the report.

Parameters: Rivers are lines digitised in flow direction (Reverse field marks lines drawn against it; an elevation field corrects lines whose upstream neighbours are lower than their downstream ones; with elevations at both ends, lines whose end is higher than their start are reversed). Line ends closer than the node tolerance are joined. Separate networks are reported and interpolated separately; nothing crosses between them. Loops are cut and braids reported. Sections farther than the snapping tolerance from any river are listed and left out. Parameter fields are mapped to GB 3838 items by name (CODMn, NH3N, TP, DO, 氨氮, ...); null or negative values are excluded with a warning. Water body: lakes and reservoirs have stricter TP limits. Target class: items worse than it are listed with their exceedance multiple (C − Cs)/Cs (for DO the deficit (Cs − C)/Cs).

Outputs: segments with the value, class and (kriging) standard error per parameter, the overall class, the items over target and the distance to the nearest section upstream and downstream; sections with their measured class and leave-one-out prediction and error; a report with the river length per class and the cross-validation errors.</source>
      <translation type="vanished">将各河流断面的水质监测值沿河网的每个河段推算，按河段单元切分，并按 GB 3838-2002 表 1 评价每个单元的水质类别（单因子评价法：最差项目决定水质类别）。

方法：
• 衰减模型（HJ 2.3-2018，一维稳态）：C = C0·exp(−K·x/(86400·u))，K 的单位为 1/d，x 的单位为 m，u 的单位为 m/s。断面确定其所在位置的浓度，并向下游衰减；支流在汇合处按流量完全混合，排污口在其位置完全混合：C = (Q·C + q·Co)/(Q + q)。各参数的 K 取自衰减系数，或由相邻断面逐河段率定。支流首个断面上游的值由其下游断面反推。
• 水流连通反距离加权（IDW）：只有与某点水文连通（位于其上游或下游）的断面参与该点的插值，权重为沿河距离的 1/distance^power；两条支流之间只通过向下游汇流的水体相互影响。
• 河网克里金：基于水流连通距离的 tail-up 指数协方差，支流权重取自流量或流域面积，含块金效应，采用最大似然（或 REML）拟合，协变量作为线性趋势项；预测值附带标准误差。

每种方法均在断面上做留一法交叉验证，并在报告中与直线距离 IDW（QGIS IDW 插值的公式）并列比较。

参数：河流为沿水流方向数字化的线（反向字段标记逆水流方向绘制的线；高程字段可纠正上游相邻线低于下游的线；给出两端高程时，终点高于起点的线会被反向）。距离小于节点容差的线端点会被连接。相互独立的河网分别报告、分别插值，彼此不跨越。环路会被切断，分汊河道会在报告中列出。距任何河流超过捕捉容差的断面会被列出并排除。参数字段按名称对应到 GB 3838 项目（CODMn、NH3N、TP、DO、氨氮等）；空值或负值会被排除并给出警告。水体类型：湖泊、水库的总磷限值更严格。目标水质类别：劣于目标类别的项目连同其超标倍数 (C − Cs)/Cs 一并列出（溶解氧为亏缺倍数 (Cs − C)/Cs）。

输出：河段单元，含各参数的值、水质类别及（克里金）标准误差、综合水质类别、超标项目以及到上、下游最近断面的距离；断面，含实测水质类别、留一法预测值及误差；报告，含各水质类别的河长与交叉验证误差。</translation>
    </message>
    <message>
      <source>Cell size (metres; hexagons: distance between neighbouring centres)</source>
      <translation type="vanished">网格尺寸（米；六边形为相邻网格中心间距）</translation>
    </message>
    <message>
      <source>Checks whether emergency monitoring teams and supplies reach every environmental risk source in time over the road network, including two simultaneous incidents, and where to add depots.

Model: one road graph (vertices snapped within the snapping tolerance, edge time = length / speed, one-way roads honoured). Depots and risk sources join the network at their projection on the nearest road (a straight access leg at the access speed); points farther than the maximum snap distance are reported as off-network. Response time = readiness delay of the depot + network travel time (multi-source Dijkstra with a time limit). Teams are ranked per source: the first responder is the fastest team, the second responder the next one (the same depot when it has two teams). A source counts as covered twice only when two different teams reach it within the threshold, as needed to answer two simultaneous incidents (the dual-incident requirement for county-level environmental emergencies, cf. HJ 589 emergency monitoring and the emergency-response plan guidelines). Sources on a road piece without any depot are reported as isolated, never covered.

ROADS: road lines. SPEED_FIELD: speed in km/h; null or zero speeds fall back to the road-class speed (ROAD_CLASS_FIELD with CLASS_SPEEDS, e.g. motorway=100,primary=60) and then to DEFAULT_SPEED. DIRECTION_FIELD: one-way flag (1/yes/forward = digitised direction only, -1/reverse = against it, anything else both ways). ACCESS_SPEED: km/h of the off-network leg. DEPOTS: depot points; READINESS_FIELD: minutes before a team leaves; TEAMS_FIELD: how many incidents a depot can answer at once. RISK_SOURCES: risk source points; RISK_WEIGHT_FIELD: their weight. THRESHOLDS: minutes, e.g. 30,60. REQUIRED_RESPONDERS: 1, or 2 for two simultaneous incidents. CANDIDATES and NEW_DEPOT_COUNT: optional sites to add depots maximising weight covered (twice) within the first threshold.

Outputs: OUTPUT risk sources with first/second responder and times and coverage per threshold; SERVICE_AREAS reachable road lines per depot and threshold (partial roads cut at the threshold); SERVICE_AREA_POLYGONS readable areas around them; NEW_DEPOTS chosen sites; REPORT weight covered once/twice, uncovered sources, load per depot and runtime.</source>
      <translation type="vanished">检查应急监测队伍和应急物资能否经由路网及时到达每一个环境风险源（包括同时发生两起突发事件的情形），并给出应在何处增设应急物资库。

模型：构建一张路网图（捕捉容差内的节点合并，边的通行时间 = 长度 / 速度，遵循单行道方向）。应急物资库和风险源在最近道路上的投影点接入路网（以接入速度沿直线接入）；距最近道路超过最大捕捉距离的点报告为路网外。响应时间 = 物资库的出动准备时间 + 路网通行时间（带时间上限的多源 Dijkstra 算法）。对每个风险源按到达先后对队伍排序：第一响应队伍为最快到达的队伍，第二响应队伍为其次（物资库有两支队伍时可为同一物资库）。只有当两支不同的队伍都能在阈值内到达时，风险源才计为双重覆盖，以满足同时应对两起突发事件的需要（县级突发环境事件的双重事件要求，参见 HJ 589 突发环境事件应急监测技术规范及突发环境事件应急预案编制指南）。位于没有任何物资库的路网连通片上的风险源报告为孤立风险源，不计为覆盖。

ROADS：道路线。SPEED_FIELD：速度（km/h）；速度为空或为零时，先取道路等级速度（ROAD_CLASS_FIELD 与 CLASS_SPEEDS，如 motorway=100,primary=60），再取 DEFAULT_SPEED。DIRECTION_FIELD：单行标志（1/yes/forward = 仅沿数字化方向通行，-1/reverse = 仅逆数字化方向通行，其他值 = 双向通行）。ACCESS_SPEED：路网外接入段的速度（km/h）。DEPOTS：应急物资库点；READINESS_FIELD：队伍出发前的准备时间（分钟）；TEAMS_FIELD：物资库可同时应对的事件数。RISK_SOURCES：风险源点；RISK_WEIGHT_FIELD：风险源权重。THRESHOLDS：响应时间阈值（分钟），如 30,60。REQUIRED_RESPONDERS：1，或 2（同时应对两起事件）。CANDIDATES 与 NEW_DEPOT_COUNT：可选的候选站址，用于增设物资库，使第一个阈值内（双重）覆盖的风险权重最大。

输出：OUTPUT 风险源，含第一/第二响应队伍、响应时间及各阈值下的覆盖情况；SERVICE_AREAS 各物资库在各阈值下可达的道路线（部分可达的道路在阈值处截断）；SERVICE_AREA_POLYGONS 可达道路周围便于阅读的服务区面；NEW_DEPOTS 选定的新站址；REPORT 单重/双重覆盖的权重、未覆盖的风险源、各物资库的负荷及运行时间。</translation>
    </message>
    <message>
      <source>Clip boundary cells to the area of interest</source>
      <translation type="vanished">将边界网格裁剪到关注区域</translation>
    </message>
    <message>
      <source>Code of the station in the readings and in the stations layer, e.g. code; readings of an unknown code are left out and counted.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Computing response times…</source>
      <translation type="vanished">正在计算响应时间…</translation>
    </message>
    <message>
      <source>Default flow velocity (m/s) where the velocity field is empty</source>
      <translation type="vanished">流速字段为空时的默认流速（m/s）</translation>
    </message>
    <message>
      <source>Discharge field (m³/s; mixing at confluences and outfalls)</source>
      <translation type="vanished">流量字段（m³/s；用于汇合处和排污口的混合计算）</translation>
    </message>
    <message>
      <source>Distance band (metres, between cell centres)</source>
      <translation type="vanished">距离带（米，网格中心间距）</translation>
    </message>
    <message>
      <source>Eco Supervision algorithms could not be loaded: {}</source>
      <translation type="vanished">生态环境监管算法无法加载：{}</translation>
    </message>
    <message>
      <source>Elevation field (mean elevation of each line, or at its first vertex with the next field; corrects direction)</source>
      <translation type="vanished">高程字段（每条线的平均高程，与下一字段同用时为首节点高程；用于纠正流向）</translation>
    </message>
    <message>
      <source>Elevation field at the last vertex (lines whose end is higher than their start are reversed)</source>
      <translation type="vanished">末节点高程字段（终点高于起点的线将被反向）</translation>
    </message>
    <message>
      <source>Emergency coverage report</source>
      <translation type="vanished">应急覆盖分析报告</translation>
    </message>
    <message>
      <source>Evidence per station</source>
      <translation type="vanished">各站点的证据</translation>
    </message>
    <message>
      <source>Fill empty cells by inverse-distance weighting from neighbours</source>
      <translation type="vanished">用相邻网格反距离加权填充空网格</translation>
    </message>
    <message>
      <source>Fit kriging by restricted maximum likelihood (REML)</source>
      <translation type="vanished">以限制性最大似然（REML）拟合克里金</translation>
    </message>
    <message>
      <source>Flag the top N % of cells by value</source>
      <translation type="vanished">标记数值排前 N % 的网格</translation>
    </message>
    <message>
      <source>Flagged direction bins</source>
      <translation type="vanished">标记的风向扇区</translation>
    </message>
    <message>
      <source>Getis-Ord Gi*</source>
      <translation type="vanished">Getis-Ord Gi*</translation>
    </message>
    <message>
      <source>Grid origin (fixed, so cell codes never change; default 0,0 of the metric CRS)</source>
      <translation type="vanished">网格原点（固定不变，保证网格编码不变；默认为米制坐标系的 0,0）</translation>
    </message>
    <message>
      <source>Groups units (villages, communities or hotspot grid cells) into contiguous inspection grids whose workloads are as even as possible, so that every enterprise and village has a grid inspector and no inspector carries much more than another.

WORKLOAD: an expression per unit, e.g. "enterprises" * 3 + "population" / 1000; with ENTERPRISES the weight of the enterprises inside each unit is added. DISTRICTS: the number of grids, or MAX_WORKLOAD: the largest workload a grid may carry (the number of grids follows). KEEP_FIELD: today's grid of each unit: grids already within the tolerance stay as they are, others change as few units as possible. BOUNDARY_FIELD: a grid never crosses it (a town).
Grids are contiguous (queen: units touching at a point; rook: along an edge). Parts of the territory too small for a grid of their own (islands) join the nearest grid and are marked. The report gives the largest deviation from the mean workload beside a proven lower bound: no grouping can do better than the bound.</source>
      <translation type="vanished">把单元（行政村、社区或热点网格）划分为相互连通的监管网格，使各网格工作量尽量均衡：每家企业、每个村都有网格员负责，且没有网格员的任务明显多于他人。

WORKLOAD：每个单元的工作量表达式，如 "enterprises" * 3 + "population" / 1000；给出 ENTERPRISES 时，再加上落在各单元内企业的权重。DISTRICTS：网格数；或 MAX_WORKLOAD：每个网格可承担的最大工作量（网格数随之确定）。KEEP_FIELD：各单元的现有网格：已在容差内的网格保持不变，其余网格调整尽量少的单元。BOUNDARY_FIELD：网格不跨越该边界（如乡镇）。
网格保持连通（后相邻：单元有公共点即相邻；车相邻：须有公共边）。过小而不能单独成网格的区域（飞地）并入最近的网格并加以标记。报告给出与平均工作量的最大偏差，以及经证明的下界：任何划分都不可能优于该下界。</translation>
    </message>
    <message>
      <source>Hot spot statistic</source>
      <translation type="vanished">热点统计量</translation>
    </message>
    <message>
      <source>Hotspot supervision grid</source>
      <translation type="vanished">热点网格监管</translation>
    </message>
    <message>
      <source>Input checks: an area of interest in degrees is reprojected to the UTM zone of its centre; invalid area polygons (for example self-intersecting) are repaired, with a warning; readings in another CRS are reprojected; each point of a multi-point feature counts as one reading; readings with a null value or outside the area are left out and counted in the report; a time value that is not a date stops the run and names the record. No input layer is modified.</source>
      <translation type="vanished">输入检查：以度为单位的关注区域会重投影到其中心所在的 UTM 投影带；无效的区域面（例如自相交）会被修复并给出警告；其他坐标系的监测值会被重投影；多点要素中的每个点各计为一条监测值；数值为空或位于区域外的监测值会被排除，并在报告中计数；时间值不是日期时将停止运行并指出该条记录。不会修改任何输入图层。</translation>
    </message>
    <message>
      <source>Lower threshold</source>
      <translation type="vanished">下限阈值</translation>
    </message>
    <message>
      <source>Monitoring network siting</source>
      <translation type="vanished">监测网络选址</translation>
    </message>
    <message>
      <source>Monitoring sections (points)</source>
      <translation type="vanished">监测断面（点）</translation>
    </message>
    <message>
      <source>Most likely sources</source>
      <translation type="vanished">最可能的污染源</translation>
    </message>
    <message>
      <source>Neighbours of a cell for Gi*</source>
      <translation type="vanished">Gi* 的网格邻域</translation>
    </message>
    <message>
      <source>No river line is longer than the snapping tolerance.</source>
      <translation type="vanished">没有任何河流线长于捕捉容差。</translation>
    </message>
    <message>
      <source>No station server configured yet.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Node tolerance: line ends closer than this are joined</source>
      <translation type="vanished">节点容差：距离小于该值的线端点将被连接</translation>
    </message>
    <message>
      <source>Number of nearest cells (k nearest neighbours)</source>
      <translation type="vanished">最近网格数（k 近邻）</translation>
    </message>
    <message>
      <source>Number of nearest cells (k nearest)</source>
      <translation type="vanished">最近网格数（k 近邻）</translation>
    </message>
    <message>
      <source>Outfall minimum loads must be ≥ 0 and not above the maximum loads.</source>
      <translation type="vanished">排污口最小负荷必须 ≥ 0 且不大于最大负荷。</translation>
    </message>
    <message>
      <source>Peak (mg/L)</source>
      <translation type="vanished">峰值（mg/L）</translation>
    </message>
    <message>
      <source>Period of the space-time trend (with a time field)</source>
      <translation type="vanished">时空趋势的统计时段（需设置时间字段）</translation>
    </message>
    <message>
      <source>Pulls the latest value of every air and surface-water automatic station from the eco-cloud platform into a point layer with one row per station and parameter.

URL: the service root, e.g. https://host/FROST-Server/v1.1 for an OGC SensorThings API v1.1 service, or the OpenAQ v3 root.
API type: SensorThings (Things, Locations, Datastreams, Observations; latest values in one $expand request per page) or OpenAQ v3 (X-API-Key, 60 requests per minute).
Authentication: a QGIS authentication configuration; the secret stays in the QGIS authentication database and is never written to outputs or logs.
Network: air stations, water stations or both. Extent: keep stations inside it (optional).
Stale after (hours): a reading older than this is flagged stale=1.

Each air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI categories; each water station by the GB 3838-2002 single-factor class of its latest values. Gas concentrations in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.
The report lists stations received and kept, stations without location, stale rows, stations per class, HTTP requests and warnings (page caps, repeated links, fallbacks).</source>
      <translation type="vanished">从生态环境云平台获取所有环境空气和地表水自动站的最新监测值，生成点图层，每个站点的每项监测参数一行。

URL：服务根地址，例如 OGC SensorThings API v1.1 服务的 https://host/FROST-Server/v1.1，或 OpenAQ v3 的根地址。
API 类型：SensorThings（Things、Locations、Datastreams、Observations；每页用一次 $expand 请求获取最新值）或 OpenAQ v3（X-API-Key，每分钟 60 次请求）。
认证：QGIS 认证配置；密钥保存在 QGIS 认证数据库中，绝不会写入输出或日志。
监测网络：空气站、水质站或两者。范围：仅保留范围内的站点（可选）。
数据过期时限（小时）：早于该时限的读数标记为 stale=1。

每个空气站按实时空气质量指数 AQI（HJ 633，1 小时值）划分为六个 AQI 类别；每个水质站按其最新监测值以 GB 3838-2002 单因子评价法确定水质类别。以 ppm/ppb 表示的气态污染物浓度按 25 °C、101.325 kPa 换算为 µg/m³。
报告列出接收和保留的站点数、无位置信息的站点、过期记录、各类别站点数、HTTP 请求数以及警告（分页上限、重复链接、回退处理）。</translation>
    </message>
    <message>
      <source>Pulls the latest value of every air and surface-water automatic station from the eco-cloud platform into a point layer with one row per station and parameter.

URL: the service root, e.g. https://host/FROST-Server/v1.1 for an OGC SensorThings API v1.1 service, or the OpenAQ v3 root.
API type: SensorThings (Things, Locations, Datastreams, Observations; latest values in one $expand request per page), OpenAQ v3 (X-API-Key, 60 requests per minute) or Generic JSON: a provincial platform's own JSON read through a field mapping.
Field mapping (Generic JSON only): the mapping as JSON text or the path of a .json file, e.g. {"records": "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}; layout wide (one field per parameter) or long (parameter, value and unit fields); times without an offset are China Standard Time (+08:00) unless "timezone" says otherwise. See docs/live_stations.md.
Authentication: a QGIS authentication configuration; the secret stays in the QGIS authentication database and is never written to outputs or logs.
Network: air stations, water stations or both. Extent: keep stations inside it (optional).
Stale after (hours): a reading older than this is flagged stale=1.

Each air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI categories; each water station by the GB 3838-2002 single-factor class of its latest values. Gas concentrations in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.
The report lists stations received and kept, stations without location, stale rows, stations per class, HTTP requests and warnings (page caps, repeated links, fallbacks).</source>
      <translation type="vanished">从生态环境云平台获取所有环境空气和地表水自动站的最新监测值，生成点图层，每个站点的每项监测参数一行。

URL：服务根地址，例如 OGC SensorThings API v1.1 服务的 https://host/FROST-Server/v1.1，或 OpenAQ v3 的根地址。
API 类型：SensorThings（Things、Locations、Datastreams、Observations；每页用一次 $expand 请求获取最新值）、OpenAQ v3（X-API-Key，每分钟 60 次请求）或通用 JSON：通过字段映射读取省级平台自有格式的 JSON。
字段映射（仅用于通用 JSON）：以 JSON 文本或 .json 文件路径给出映射，例如 {"records": "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}；数据布局可为宽表（每项参数一个字段）或长表（参数、数值和单位字段）；未带时区偏移的时间按北京时间（+08:00）处理，除非 "timezone" 另有指定。详见 docs/live_stations.md。
认证：QGIS 认证配置；密钥保存在 QGIS 认证数据库中，绝不会写入输出或日志。
监测网络：空气站、水质站或两者。范围：仅保留范围内的站点（可选）。
数据过期时限（小时）：早于该时限的读数标记为 stale=1。

每个空气站按实时空气质量指数 AQI（HJ 633，1 小时值）划分为六个 AQI 类别；每个水质站按其最新监测值以 GB 3838-2002 单因子评价法确定水质类别。以 ppm/ppb 表示的气态污染物浓度按 25 °C、101.325 kPa 换算为 µg/m³。
报告列出接收和保留的站点数、无位置信息的站点、过期记录、各类别站点数、HTTP 请求数以及警告（分页上限、重复链接、回退处理）。</translation>
    </message>
    <message>
      <source>Pulls the latest value of every air and surface-water automatic station from the eco-cloud platform into a point layer with one row per station and parameter.

URL: the service root, e.g. https://host/FROST-Server/v1.1 for an OGC SensorThings API v1.1 service, or the OpenAQ v3 root.
API type: SensorThings (Things, Locations, Datastreams, Observations; latest values in one $expand request per page), OpenAQ v3 (X-API-Key, 60 requests per minute) or Generic JSON: a provincial platform's own JSON read through a field mapping.
Field mapping (Generic JSON only): the mapping as JSON text or the path of a .json file, e.g. {"records": "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}; layout wide (one field per parameter) or long (parameter, value and unit fields); times without an offset are China Standard Time (+08:00) unless "timezone" says otherwise. See docs/live_stations.md.
Authentication: a QGIS authentication configuration; the secret stays in the QGIS authentication database and is never written to outputs or logs.
Network: air stations, water stations or both. Extent: keep stations inside it (optional).
Stale after (hours): a reading older than this is flagged stale=1.
Timeout: the deadline of each request, retries included. Credentials go only to the service URL's own server; links and redirects elsewhere are not followed unless allowed (advanced), and never with credentials; only http and https links are read; replies larger than the size limit are refused.

Each air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI categories; each water station by the GB 3838-2002 single-factor class of its latest values. Gas concentrations in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.
The report lists stations received and kept, stations without location, stale rows, stations per class, HTTP requests and warnings (page caps, repeated links, fallbacks).</source>
      <translation type="vanished">从生态环境云平台获取所有环境空气和地表水自动站的最新监测值，生成点图层，每个站点的每项监测参数一行。

URL：服务根地址，例如 OGC SensorThings API v1.1 服务的 https://host/FROST-Server/v1.1，或 OpenAQ v3 的根地址。
API 类型：SensorThings（Things、Locations、Datastreams、Observations；每页用一次 $expand 请求获取最新值）、OpenAQ v3（X-API-Key，每分钟 60 次请求）或通用 JSON：通过字段映射读取省级平台自有格式的 JSON。
字段映射（仅用于通用 JSON）：以 JSON 文本或 .json 文件路径给出映射，例如 {"records": "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}；数据布局可为宽表（每项参数一个字段）或长表（参数、数值和单位字段）；未带时区偏移的时间按北京时间（+08:00）处理，除非 "timezone" 另有指定。详见 docs/live_stations.md。
认证：QGIS 认证配置；密钥保存在 QGIS 认证数据库中，绝不会写入输出或日志。
监测网络：空气站、水质站或两者。范围：仅保留范围内的站点（可选）。
数据过期时限（小时）：早于该时限的读数标记为 stale=1。
超时：每次请求的总时限，包括重试。凭据只发送给服务 URL 所在的服务器；指向其他服务器的链接和重定向不会被跟随（除非在高级参数中允许），且绝不携带凭据；只读取 http 和 https 链接；超过大小上限的响应将被拒绝。

每个空气站按实时空气质量指数 AQI（HJ 633，1 小时值）划分为六个 AQI 类别；每个水质站按其最新监测值以 GB 3838-2002 单因子评价法确定水质类别。以 ppm/ppb 表示的气态污染物浓度按 25 °C、101.325 kPa 换算为 µg/m³。
报告列出接收和保留的站点数、无位置信息的站点、过期记录、各类别站点数、HTTP 请求数以及警告（分页上限、重复链接、回退处理）。</translation>
    </message>
    <message>
      <source>Raster surface (zonal mean per cell, e.g. satellite PM2.5)</source>
      <translation type="vanished">栅格面（按网格计算分区均值，如卫星反演 PM2.5）</translation>
    </message>
    <message>
      <source>Readings between the percentile thresholds {} count as high concentrations.</source>
      <translation type="vanished">百分位阈值 {} 之间的读数计为高浓度。</translation>
    </message>
    <message>
      <source>Readings given</source>
      <translation type="vanished">输入的读数</translation>
    </message>
    <message>
      <source>Readings in the band</source>
      <translation type="vanished">区间内读数</translation>
    </message>
    <message>
      <source>Readings or emission sources (points)</source>
      <translation type="vanished">监测值或排放源（点）</translation>
    </message>
    <message>
      <source>Refreshing…</source>
      <translation type="vanished">正在刷新…</translation>
    </message>
    <message>
      <source>Refuse grids with more cells than</source>
      <translation type="vanished">网格数上限（超过则拒绝）</translation>
    </message>
    <message>
      <source>Report (HTML or JSON)</source>
      <translation type="vanished">报告（HTML 或 JSON）</translation>
    </message>
    <message>
      <source>Reverse field (true/1 where a line is drawn against the flow)</source>
      <translation type="vanished">反向字段（线逆水流方向绘制时为 true/1）</translation>
    </message>
    <message>
      <source>Rivers (lines digitised in flow direction)</source>
      <translation type="vanished">河流（沿水流方向数字化的线）</translation>
    </message>
    <message>
      <source>Road network (lines)</source>
      <translation type="vanished">路网（线）</translation>
    </message>
    <message>
      <source>Section name/id field (for lists in the report)</source>
      <translation type="vanished">断面名称/编号字段（用于报告中的列表）</translation>
    </message>
    <message>
      <source>Segment length (each reach is cut into output segments of this length)</source>
      <translation type="vanished">河段单元长度（每个河段按此长度切分为输出单元）</translation>
    </message>
    <message>
      <source>Significance level (alpha) for significant cells (fdr_sig)</source>
      <translation type="vanished">显著网格（fdr_sig）的显著性水平（alpha）</translation>
    </message>
    <message>
      <source>Significance level for fdr_sig</source>
      <translation type="vanished">fdr_sig 的显著性水平</translation>
    </message>
    <message>
      <source>Snapping tolerance: checkpoints and outfalls farther from any river are left out</source>
      <translation type="vanished">捕捉容差：距任何河流更远的控制断面和排污口将被排除</translation>
    </message>
    <message>
      <source>Snapping tolerance: sections farther from any river are left out</source>
      <translation type="vanished">捕捉容差：距任何河流更远的断面将被排除</translation>
    </message>
    <message>
      <source>Stream-network kriging (tail-up)</source>
      <translation type="vanished">河网克里金（tail-up）</translation>
    </message>
    <message>
      <source>The "double random, one public" draw: which enterprises of the source register are inspected this period (a simple random sample per stratum at that stratum's rate) and which officers inspect each one (PER_TASK officers, never an officer of the enterprise's own district or one who inspected it last period, loads as even as these rules allow).

RATES: share per stratum, e.g. key=0.25; general=5%; special=1 (a '*' entry applies to every other stratum). Exclusions (a truthy field: inspected recently, under investigation) are never drawn.
SEED: publish it before the draw. The registers are put in a canonical order and hashed (SHA-256); the draw depends only on the registers, the seed and the algorithm version, all in the report, so anyone can reproduce and verify the published result.
If some enterprise cannot be staffed under the rules, the run stops and names it.</source>
      <translation type="vanished">“双随机、一公开”抽查：本期从污染源名录中抽取哪些企业接受检查（各类别按其比例简单随机抽样），以及由哪些执法人员检查每家企业（每家 PER_TASK 人；不派企业所在辖区的执法人员，也不派上期检查过该企业的人员；在这些规则允许的范围内任务尽量均衡）。

RATES：各类别的抽查比例，如 key=0.25; general=5%; special=1（'*' 项适用于其余所有类别）。排除项（取值为真的字段：近期已检查、正在立案调查）不参加抽取。
SEED：请在抽取前公布。名录按统一顺序排列并计算 SHA-256 哈希；抽取结果只取决于名录、种子和算法版本，三者都写入报告，任何人都能复现并核验公布的结果。
若某家企业按规则无法配齐人员，运行将停止并指出该企业。</translation>
    </message>
    <message>
      <source>The area of interest has no usable centre (got {}, {}).</source>
      <translation type="vanished">关注区域没有可用的中心点（当前为 {}, {}）。</translation>
    </message>
    <message>
      <source>The raster window over the area is too large to read.</source>
      <translation type="vanished">区域范围内的栅格窗口过大，无法读取。</translation>
    </message>
    <message>
      <source>The road network has no usable lines.</source>
      <translation type="vanished">路网中没有可用的线。</translation>
    </message>
    <message>
      <source>Time field (date/time or ISO 8601 text) for space-time trends</source>
      <translation type="vanished">时间字段（日期时间或 ISO 8601 文本），用于时空趋势分析</translation>
    </message>
    <message>
      <source>Timeout per request (seconds)</source>
      <translation type="vanished">单次请求超时（秒）</translation>
    </message>
    <message>
      <source>Upper threshold</source>
      <translation type="vanished">上限阈值</translation>
    </message>
    <message>
      <source>Value field (not needed for count)</source>
      <translation type="vanished">数值字段（计数时不需要）</translation>
    </message>
    <message>
      <source>{} line(s) are shorter than the snapping tolerance or closed rings and were dropped.</source>
      <translation type="vanished">{} 条线短于捕捉容差或为闭合环，已被剔除。</translation>
    </message>
    <message>
      <source>{} stations, {} values at {} UTC ({} requests).</source>
      <translation type="vanished">{} 个站点，{} 个数值，时间 {} UTC（{} 次请求）。</translation>
    </message>
  </context>
</TS>
