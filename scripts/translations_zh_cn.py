#!/usr/bin/env python3
"""Simplified Chinese (zh_CN) translations of the plugin's messages, and a writer for the .ts file.

``TRANSLATIONS`` maps each English source message (exactly as ``scripts/i18n.py update`` extracts it)
to its translation. Run ``python3 scripts/translations_zh_cn.py`` after ``scripts/i18n.py update``:
every message of resources/i18n/eco_supervision_zh_CN.ts found here gets its translation and loses
``type="unfinished"``; messages not found here are listed and left untouched. Existing translations
in the .ts that are not in this table are kept. Terminology: resources/i18n/zh_CN_glossary.md.

Rules: keep every ``{}``/``{:.1f}`` placeholder in the same order (they are positional), HTML tags,
``&`` accelerators, parameter names in capitals (ROADS, CELL_SIZE…), standard numbers (GB 3838-2002,
HJ 633) and unit symbols (m, km/h, m³/s, µg/m³) exactly as in the source.
"""

import os
import sys
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_PATH = os.path.join(REPO, "resources", "i18n", "eco_supervision_zh_CN.ts")

TRANSLATIONS = {
    # ---- plugin, provider -------------------------------------------------------------------------
    "&Eco Supervision": "生态环境监管(&E)",
    "Eco Supervision": "生态环境监管",
    "Eco Supervision — eco-environment monitoring planning": "生态环境监管 — 生态环境监测规划",
    "Live stations": "实时站点",
    # ---- live-station dock ------------------------------------------------------------------------
    "No data": "无数据",
    "Eco Supervision — live stations": "生态环境监管 — 实时站点",
    "Save profile": "保存配置",
    "Profile": "配置",
    "Service URL": "服务地址",
    "API type": "API 类型",
    "Authentication": "认证",
    "Network": "监测网络",
    "Only stations in the map extent": "仅显示地图范围内的站点",
    "Refresh": "刷新",
    "Auto every": "自动刷新间隔",
    " min": " 分钟",
    "Save snapshot…": "保存快照…",
    "Not refreshed yet.": "尚未刷新。",
    "Default": "默认",
    "Refreshing live stations": "正在刷新实时站点",
    "Loading station history": "正在加载站点历史数据",
    "Save snapshot": "保存快照",
    "GeoPackage (*.gpkg)": "GeoPackage 文件 (*.gpkg)",
    "OGC SensorThings API v1.1": "OGC SensorThings API v1.1",
    "OpenAQ v3": "OpenAQ v3",
    "All": "全部",
    "Air": "环境空气",
    "Water": "地表水",
    "24 h": "24 小时",
    "7 days": "7 天",
    "Parameter": "监测参数",
    "Auto-refresh skipped: the previous refresh is still running.": "已跳过自动刷新：上一次刷新仍在进行。",
    "Enter the service URL first.": "请先输入服务地址。",
    "the refresh was cancelled": "刷新已取消",
    "Live stations (last snapshot)": "实时站点（最近快照）",
    "Nothing to save yet: refresh first.": "暂无可保存的内容：请先刷新。",
    "Server unreachable or refused the request: {}. The previous layer is kept.":
        "服务器无法访问或拒绝了请求：{}。保留上一次的图层。",
    "Showing the last good snapshot.": "正在显示最近一次成功获取的快照。",
    "Refresh failed: {}": "刷新失败：{}",
    "History unavailable": "历史数据不可用",
    "Snapshot saved to {}": "快照已保存到 {}",
    "Could not save the snapshot: {}": "无法保存快照：{}",
    "Could not keep the snapshot: {}": "无法保留快照：{}",
    "History failed: {}": "获取历史数据失败：{}",
    "snapshot of {}": "{} 的快照",
    # ---- shared (base.py, layers.py) --------------------------------------------------------------
    "HTML files (*.html);;JSON files (*.json)": "HTML 文件 (*.html);;JSON 文件 (*.json)",
    "Canceled by the user.": "已被用户取消。",
    "Layer {} has no valid coordinate reference system; set one before running.":
        "图层“{}”没有有效的坐标参考系，请先设置坐标参考系再运行。",
    "{} is not in a metric CRS; distances are computed in {}.":
        "图层“{}”不是米制坐标系，距离将在 {} 中计算。",
    "Layer {} could not be read.": "无法读取图层“{}”。",
    "Layer {} has no features.": "图层“{}”没有要素。",
    "Field {} does not exist in layer {}.": "字段 {} 在图层“{}”中不存在。",
    "Field {} of layer {} is not numeric.": "字段 {}（图层“{}”）不是数值字段。",
    "{} feature(s) of {} have no usable geometry and were skipped.": "{} 个要素（{}）没有可用的几何，已跳过。",
    "{} feature(s) of {} are not usable lines and were skipped.": "{} 个要素（{}）不是可用的线，已跳过。",
    "{} feature(s) of {} have a null or non-numeric {} (feature ids {}).":
        "{} 个要素（{}）的 {} 为空值或非数值（要素 ID：{}）。",
    "the layer": "该图层",
    # ---- emergency realism ---------------------------------------------------------------------------
    "Closed roads: {:.2f} km by barriers, {:.2f} km to this vehicle.":
        "封闭道路：障碍物封闭 {:.2f} km，对该车辆封闭 {:.2f} km。",
    "Peak hour, {} min: {:.1f}% of risk weight covered once, {:.1f}% twice.":
        "高峰时段，{} 分钟：单重覆盖风险权重 {:.1f}%，双重覆盖 {:.1f}%。",
    "Road network: {} nodes, {} edges (one-way streets honoured); coverage along roads up to {}.":
        "路网：{} 个节点，{} 条边（遵循单行道方向）；沿道路的覆盖范围上限为 {}。",
    "The receptor sampling cell must be more than zero metres.": "受体面的采样格网尺寸必须大于 0 米。",
    "No receptor polygon has a usable geometry.": "没有任何受体面具有可用的几何图形。",
    "Receptor weights must be zero or positive numbers.": "受体权重必须为零或正数。",
    "Every road is closed by the barriers and restrictions; nothing can be reached.":
        "所有道路均被障碍物和通行限制封闭，任何地点都无法到达。",
    "The coverage travel time must be more than 0 minutes.": "覆盖通行时间必须大于 0 分钟。",
    "Speed factors must be positive numbers, e.g. residential=0.6 (bad class: {}).":
        "速度系数必须为正数，如 residential=0.6（错误的道路等级：{}）。",
    "The barrier buffer must be zero or more metres.": "障碍物缓冲距离必须大于或等于 0 米。",
    "Restricted road classes need a road class field.": "限行道路等级需要指定道路等级字段。",
    "Speed factors by road class need a road class field.": "按道路等级设置的速度系数需要指定道路等级字段。",
    "{} road(s) have a congestion factor of zero or less; factors scale speeds and must be positive (0.6 = 60 % of "
    "the free-flow speed).":
        "{} 条道路的拥堵系数小于或等于零；该系数用于折减车速，必须为正数（0.6 = 自由流车速的 60 %）。",
    "Receptors: points or polygons (district population grid, drinking-water intakes, schools, hospitals) whose "
    "weight reached in time is counted; a polygon's weight is shared by area":
        "受体：点或面（分区人口格网、饮用水水源取水口、学校、医院），统计在时限内到达的受体权重；面的权重按面积分摊",
    "Receptor weight field (empty: weight 1 each)": "受体权重字段（为空：每个受体权重为 1）",
    "Receptor polygons are sampled on a grid of this cell size (metres); each sample carries an equal share of the "
    "polygon's weight":
        "受体面按此格网尺寸（米）采样；每个采样点平均分摊该面的权重",
    "Weight covered once / twice against the number of new depots, per threshold (a table)":
        "各阈值下单重/双重覆盖权重随新增物资库数量的变化（表格）",
    "Receptors (people, intakes, schools…)": "受体（人口、取水口、学校……）",
    "Receptor weight field": "受体权重字段",
    "Receptor polygon sampling cell": "受体面采样格网尺寸",
    "New-depot curve (table)": "新增物资库曲线（表格）",
    "receptors": "受体",
    "No receptor has a usable geometry.": "没有任何受体具有可用的几何图形。",
    "Barriers: points, lines or polygons (a bridge out, a cordon, a flooded underpass); roads crossing or inside "
    "them are closed":
        "障碍物：点、线或面（桥梁中断、事故警戒区、积水的下穿通道）；与其相交或位于其内的道路被封闭",
    "Roads within this distance (metres) of a barrier are closed as well": "距障碍物在此距离（米）以内的道路同样被封闭",
    "Road classes this vehicle may not use, comma separated (e.g. residential,tunnel); needs the road class field":
        "该车辆不得通行的道路等级，以逗号分隔（如 residential,tunnel）；需要指定道路等级字段",
    "Restriction field (true/1/yes = closed to this vehicle)": "限行字段（true/1/yes = 该车辆不得通行）",
    "Peak-hour speed factors by road class (class=factor, e.g. residential=0.6,primary=0.7): a second, peak-hour "
    "result beside the free-flow one":
        "按道路等级的高峰时段速度系数（等级=系数，如 residential=0.6,primary=0.7）："
        "在自由流结果之外再给出一组高峰时段结果",
    "Congestion factor field (peak-hour speed factor per road, 0.6 = 60 % of the free-flow speed)":
        "拥堵系数字段（逐条道路的高峰时段速度系数，0.6 = 自由流车速的 60 %）",
    "Peak-hour speed factors by road class": "按道路等级的高峰时段速度系数",
    "Coverage travel time over roads (minutes, at the road speeds, one-way streets honoured); empty or 0: the "
    "coverage radius along the roads":
        "沿道路的覆盖通行时间（分钟，按道路车速计算，遵循单行道方向）；为空或为 0：按沿道路的覆盖半径",
    "Barriers (closed roads)": "障碍物（封闭道路）",
    "Barrier buffer": "障碍物缓冲距离",
    "Restricted road classes": "限行道路等级",
    "Restriction field": "限行字段",
    "Congestion factor field": "拥堵系数字段",
    "Restricted road classes need a road class field (ROAD_CLASS_FIELD).":
        "限行道路等级需要指定道路等级字段（ROAD_CLASS_FIELD）。",
    "Speed factors by road class need a road class field (ROAD_CLASS_FIELD).":
        "按道路等级设置的速度系数需要指定道路等级字段（ROAD_CLASS_FIELD）。",
    "Speed factors must look like residential=0.6,primary=0.7, every factor above 0 (bad entry: {}).":
        "速度系数应写成 residential=0.6,primary=0.7 的形式，且每个系数大于 0（错误的条目：{}）。",
    "The barrier layer has no usable geometry: no road is closed.": "障碍物图层没有可用的几何图形：没有道路被封闭。",
    "Coverage travel time over roads (min)": "沿道路的覆盖通行时间（分钟）",
    "one team": "一支队伍",
    "A source counts as covered twice only when two different teams reach it in time, as needed to answer two "
    "simultaneous incidents.":
        "只有两支不同的队伍都能按时到达时，风险源才计为双重覆盖，以满足同时应对两起突发事件的需要。",
    "Coverage per threshold": "各阈值下的覆盖情况",
    "Risk weight covered (%)": "覆盖的风险权重（%）",
    "Each point adds the next depot of the chosen plan (largest gain first) to today's depots; the curve shows how "
    "many depots a target share needs.":
        "每个点在现有物资库基础上依次加入选定方案中的下一个物资库（增益最大者优先）；曲线表明达到目标占比需要多少个物资库。",
    "Sources not covered as required (heaviest first)": "未达到要求覆盖的风险源（按权重从大到小）",
    "{:.1f} % of risk weight is within {:g} min of {}": "{:.1f} % 的风险权重可在 {:g} 分钟内由{}到达",
    "free flow": "自由流",
    "Conditions": "交通状况",
    "Threshold (min)": "阈值（分钟）",
    "Weight covered once": "单重覆盖权重",
    "Weight covered twice": "双重覆盖权重",
    "Weight covered as required": "达到要求覆盖的权重",
    "Sources covered once": "单重覆盖的风险源",
    "Sources covered twice": "双重覆盖的风险源",
    "Weight covered once / twice against the number of new depots": "单重/双重覆盖权重随新增物资库数量的变化",
    "Candidate": "候选站址",
    "Weight gained": "增加的权重",
    "Receptor weight": "受体权重",
    "Reached once": "单重到达",
    "Share once": "单重到达占比",
    "Reached twice": "双重到达",
    "Share twice": "双重到达占比",
    "Receptor weight reached by at least one team (once) and by two teams (twice); a polygon's weight is shared by "
    "area.":
        "至少一支队伍到达（单重）和两支队伍到达（双重）的受体权重；面的权重按面积分摊。",
    "Depot": "物资库",
    "Teams": "队伍数",
    "Readiness (min)": "准备时间（分钟）",
    "First responder to": "作为第一响应的风险源数",
    "Their weight": "其权重",
    "Sources reachable": "可到达的风险源数",
    "Risk source": "风险源",
    "Teams in time": "按时到达的队伍数",
    "First team (min)": "第一支队伍（分钟）",
    "Risk sources": "风险源",
    "Sources not covered as required": "未达到要求覆盖的风险源",
    "Isolated sources (no route)": "孤立风险源（无路可达）",
    "Sources off the road network": "路网外的风险源",
    "covered": "已覆盖",
    "under-covered": "覆盖不足",
    "out of time": "超时",
    "isolated (no route)": "孤立（无路可达）",
    "off the road network": "位于路网外",
    "{} teams": "{} 支队伍",
    "{} new depots bring {:.1f} % of risk weight within {:g} min of {} (today {:.1f} %).":
        "新增 {} 个物资库后，{:.1f} % 的风险权重可在 {:g} 分钟内由{}到达（现状 {:.1f} %）。",
    ", {:.1f} % within {:g} min": "，{:.1f} % 在 {:g} 分钟内",
    "; at peak hour {:.1f} % within {:g} min": "；高峰时段 {:.1f} % 在 {:g} 分钟内",
    "peak hour": "高峰时段",
    "Optimality gap of the choice": "选址方案的最优性间隙",
    "Depot load within {:g} min (busiest first)": "{:g} 分钟内各物资库的负荷（最繁忙者优先）",
    "Roads closed by barriers": "因障碍物封闭的道路",
    "Roads closed to this vehicle": "对该车辆封闭的道路",
    "Receptors reached": "到达的受体",
    "Receptors reached at peak hour": "高峰时段到达的受体",
    "Weight reached per depot (largest first): {}": "各物资库到达的受体权重（从大到小）：{}",
    "{} more are listed in the output layer.": "另有 {} 个列于输出图层中。",
    "Risk weight within {:g} min of {}": "{:g} 分钟内由{}到达的风险权重",
    "Emergency coverage — {}": "应急覆盖分析 — {}",
    "{} required responder(s); thresholds {} min": "要求响应队伍数 {}；阈值 {} 分钟",
    "once, {:g} min": "单重，{:g} 分钟",
    "twice, {:g} min": "双重，{:g} 分钟",
    "Road length": "道路长度",
    "Nodes": "节点数",
    "Edges": "边数",
    "Connected pieces": "连通片数",
    "Closed road length": "封闭道路长度",
    # ---- emergency coverage -----------------------------------------------------------------------
    "Emergency coverage over the road network": "基于路网的应急覆盖分析",
    "Emergency response": "环境应急",
    "Checks whether emergency monitoring teams and supplies reach every environmental risk source in time over "
    "the road network, including two simultaneous incidents, and where to add depots.\n\nModel: one road graph "
    "(vertices snapped within the snapping tolerance, edge time = length / speed, one-way roads honoured). Depots "
    "and risk sources join the network at their projection on the nearest road (a straight access leg at the "
    "access speed); points farther than the maximum snap distance are reported as off-network. Response time = "
    "readiness delay of the depot + network travel time (multi-source Dijkstra with a time limit). Teams are "
    "ranked per source: the first responder is the fastest team, the second responder the next one (the same "
    "depot when it has two teams). A source counts as covered twice only when two different teams reach it "
    "within the threshold, as needed to answer two simultaneous incidents (the dual-incident requirement for "
    "county-level environmental emergencies, cf. HJ 589 emergency monitoring and the emergency-response plan "
    "guidelines). Sources on a road piece without any depot are reported as isolated, never covered.\n\nROADS: "
    "road lines. SPEED_FIELD: speed in km/h; null or zero speeds fall back to the road-class speed "
    "(ROAD_CLASS_FIELD with CLASS_SPEEDS, e.g. motorway=100,primary=60) and then to DEFAULT_SPEED. "
    "DIRECTION_FIELD: one-way flag (1/yes/forward = digitised direction only, -1/reverse = against it, anything "
    "else both ways). ACCESS_SPEED: km/h of the off-network leg. DEPOTS: depot points; READINESS_FIELD: minutes "
    "before a team leaves; TEAMS_FIELD: how many incidents a depot can answer at once. RISK_SOURCES: risk source "
    "points; RISK_WEIGHT_FIELD: their weight. THRESHOLDS: minutes, e.g. 30,60. REQUIRED_RESPONDERS: 1, or 2 for "
    "two simultaneous incidents. CANDIDATES and NEW_DEPOT_COUNT: optional sites to add depots maximising weight "
    "covered (twice) within the first threshold.\n\nThe incident: BARRIERS (points, lines, polygons, widened by "
    "BARRIER_BUFFER) close the roads crossing or inside them; RESTRICTED_CLASSES or RESTRICTION_FIELD close roads "
    "this vehicle may not use; SPEED_FACTORS per road class or CONGESTION_FIELD per road scale speeds at peak hour "
    "(time = free-flow time / factor), giving the peak-hour coverage beside the free-flow one. RECEPTORS (points or "
    "polygons with RECEPTOR_WEIGHT_FIELD: population, drinking-water intakes, schools) give the weight reached per "
    "depot and threshold and the shares reached once and twice.\n\nOutputs: OUTPUT risk sources with first/second "
    "responder and "
    "times and coverage per threshold; SERVICE_AREAS reachable road lines per depot and threshold (partial roads "
    "cut at the threshold); SERVICE_AREA_POLYGONS readable areas around them; NEW_DEPOTS chosen sites; REPORT "
    "weight covered once/twice, uncovered sources, load per depot and runtime.":
        "检查应急监测队伍和应急物资能否经由路网及时到达每一个环境风险源（包括同时发生两起突发事件的情形），"
        "并给出应在何处增设应急物资库。\n\n"
        "模型：构建一张路网图（捕捉容差内的节点合并，边的通行时间 = 长度 / 速度，遵循单行道方向）。"
        "应急物资库和风险源在最近道路上的投影点接入路网（以接入速度沿直线接入）；距最近道路超过最大捕捉距离的点"
        "报告为路网外。响应时间 = 物资库的出动准备时间 + 路网通行时间（带时间上限的多源 Dijkstra 算法）。"
        "对每个风险源按到达先后对队伍排序：第一响应队伍为最快到达的队伍，第二响应队伍为其次（物资库有两支队伍时"
        "可为同一物资库）。只有当两支不同的队伍都能在阈值内到达时，风险源才计为双重覆盖，以满足同时应对两起"
        "突发事件的需要（县级突发环境事件的双重事件要求，参见 HJ 589 突发环境事件应急监测技术规范及突发环境事件"
        "应急预案编制指南）。位于没有任何物资库的路网连通片上的风险源报告为孤立风险源，不计为覆盖。\n\n"
        "ROADS：道路线。SPEED_FIELD：速度（km/h）；速度为空或为零时，先取道路等级速度（ROAD_CLASS_FIELD 与 "
        "CLASS_SPEEDS，如 motorway=100,primary=60），再取 DEFAULT_SPEED。DIRECTION_FIELD：单行标志"
        "（1/yes/forward = 仅沿数字化方向通行，-1/reverse = 仅逆数字化方向通行，其他值 = 双向通行）。"
        "ACCESS_SPEED：路网外接入段的速度（km/h）。DEPOTS：应急物资库点；READINESS_FIELD：队伍出发前的准备时间"
        "（分钟）；TEAMS_FIELD：物资库可同时应对的事件数。RISK_SOURCES：风险源点；RISK_WEIGHT_FIELD：风险源权重。"
        "THRESHOLDS：响应时间阈值（分钟），如 30,60。REQUIRED_RESPONDERS：1，或 2（同时应对两起事件）。"
        "CANDIDATES 与 NEW_DEPOT_COUNT：可选的候选站址，用于增设物资库，使第一个阈值内（双重）覆盖的风险权重最大。"
        "\n\n突发事件情景：BARRIERS（点、线或面，按 BARRIER_BUFFER 外扩）封闭与其相交或位于其内的道路；"
        "RESTRICTED_CLASSES 或 RESTRICTION_FIELD 封闭该车辆不得通行的道路；SPEED_FACTORS（按道路等级）或 "
        "CONGESTION_FIELD（逐条道路）在高峰时段按系数折减车速（通行时间 = 自由流时间 / 系数），从而在自由流结果之外"
        "同时给出高峰时段的覆盖。RECEPTORS（点或面，权重取 RECEPTOR_WEIGHT_FIELD：人口、饮用水水源取水口、学校）"
        "给出各物资库在各阈值下到达的受体权重，以及被单重、双重覆盖的受体权重占比。"
        "\n\n输出：OUTPUT 风险源，含第一/第二响应队伍、响应时间及各阈值下的覆盖情况；SERVICE_AREAS 各物资库在各"
        "阈值下可达的道路线（部分可达的道路在阈值处截断）；SERVICE_AREA_POLYGONS 可达道路周围便于阅读的服务区面；"
        "NEW_DEPOTS 选定的新站址；REPORT 单重/双重覆盖的权重、未覆盖的风险源、各物资库的负荷及运行时间。",
    "roads": "道路",
    "depots": "应急物资库",
    "risk sources": "风险源",
    "Speed field (km/h)": "速度字段（km/h）",
    "Road class field (speed by class when no speed is given)": "道路等级字段（无速度时按等级取速度）",
    "Speeds by road class (class=km/h, comma separated)": "各道路等级速度（等级=km/h，以逗号分隔）",
    "One-way field (1 = digitised direction, -1 = reverse, 0 = both)":
        "单行字段（1 = 沿数字化方向，-1 = 逆向，0 = 双向）",
    "Default speed (km/h) for roads without a usable speed": "无可用速度的道路的默认速度（km/h）",
    "Access speed off the network (km/h)": "路网外接入速度（km/h）",
    "Road vertex snapping tolerance": "道路节点捕捉容差",
    "Maximum distance from a point to the nearest road (m)": "点到最近道路的最大距离（m）",
    "Emergency depots (points)": "应急物资库（点）",
    "Depot name field": "物资库名称字段",
    "Readiness field (minutes before a team leaves)": "出动准备时间字段（队伍出发前的分钟数）",
    "Teams field (incidents a depot can answer at once)": "应急队伍数字段（物资库可同时应对的事件数）",
    "Risk sources (points)": "风险源（点）",
    "Risk weight field": "风险权重字段",
    "Response-time thresholds (minutes, comma separated)": "响应时间阈值（分钟，以逗号分隔）",
    "Required responders (2 = two simultaneous incidents)": "所需响应队伍数（2 = 同时应对两起事件）",
    "Candidate sites for new depots": "新增物资库候选站址",
    "Number of new depots to choose": "新增物资库数量",
    "Teams per new depot": "每个新增物资库的队伍数",
    "Readiness of a new depot (minutes)": "新增物资库的出动准备时间（分钟）",
    "Build service-area polygons": "生成服务区面",
    "Service-area polygon buffer around reachable roads": "服务区面：可达道路的缓冲距离",
    "Risk sources with responders": "风险源及响应队伍",
    "Service areas (reachable roads)": "服务区（可达道路）",
    "Service areas (polygons)": "服务区（面）",
    "New depots": "新增应急物资库",
    "The default speed must be positive.": "默认速度必须大于 0。",
    "The road layer has no usable lines.": "道路图层中没有可用的线。",
    "No depot has a usable point geometry.": "没有任何应急物资库具有可用的点几何。",
    "Readiness times must be zero or positive minutes.": "出动准备时间必须为 0 或正的分钟数。",
    "Team counts must be whole numbers, zero or more.": "队伍数必须为大于或等于 0 的整数。",
    "No risk source has a usable point geometry.": "没有任何风险源具有可用的点几何。",
    "Risk sources with a null weight count with weight 0.": "权重为空的风险源按权重 0 计。",
    "{} risk source(s) are farther than the maximum snap distance from any road.":
        "{} 个风险源距任何道路都超过最大捕捉距离。",
    "{} risk source(s) lie on road pieces not connected to any depot (unreachable).":
        "{} 个风险源位于与任何应急物资库都不连通的路网片段上（不可达）。",
    "candidates": "候选站址",
    "No candidate site has a usable point geometry.": "没有任何候选站址具有可用的点几何。",
    "The readiness of a new depot exceeds the first threshold.": "新增物资库的出动准备时间超过了第一个响应时间阈值。",
    "Building the road graph from {} line parts…": "正在由 {} 个线部件构建路网图…",
    "Road graph: {} nodes, {} edges, {} connected pieces.": "路网图：{} 个节点，{} 条边，{} 个连通片。",
    "No candidate sites given: no new depots are chosen.": "未提供候选站址：不选择新增物资库。",
    "New depots chosen with: {}": "新增物资库的求解方法：{}",
    "{} road(s) have a null or zero speed: {} took the road-class speed, {} the default {} km/h.":
        "{} 条道路的速度为空或为零：{} 条采用道路等级速度，{} 条采用默认速度 {} km/h。",
    "{} depot(s) are farther than {} m from any road and cannot respond: {}":
        "{} 个应急物资库距任何道路都超过 {} m，无法响应：{}",
    "{} min: {:.1f}% of risk weight covered once, {:.1f}% twice.":
        "{} 分钟：单重覆盖风险权重 {:.1f}%，双重覆盖 {:.1f}%。",
    "Speeds by road class must look like motorway=100,primary=60 (bad entry: {}).":
        "各道路等级速度应写成 motorway=100,primary=60 的形式（错误条目：{}）。",
    "Road speeds: {} by road class, {} at the default {} km/h.":
        "道路速度：{} 条按道路等级取值，{} 条采用默认速度 {} km/h。",
    # ---- fetch live stations ----------------------------------------------------------------------
    "Fetch live stations": "获取实时站点数据",
    "Live data": "实时数据",
    "Pulling latest values…": "正在获取最新监测值…",
    "Authentication configuration": "认证配置",
    "Keep stations inside extent": "仅保留范围内的站点",
    "Stale after (hours)": "数据过期时限（小时）",
    "The service URL must start with http:// or https://.": "服务地址必须以 http:// 或 https:// 开头。",
    "{} rows of stations without a location were left out.": "已排除 {} 条无位置信息的站点记录。",
    "The station server refused the credentials: check the authentication configuration. ({})":
        "站点服务器拒绝了认证凭据：请检查认证配置。（{}）",
    "Could not read stations: {}": "无法读取站点：{}",
    # ---- hotspot and fetch notes, styles -------------------------------------------------------------
    "network-siting solver, maximal covering model (MCLP): one team in time per risk source":
        "监测网络选址求解器，MCLP 最大覆盖选址模型：每个风险源在时限内有一支队伍到达",
    "network-siting solver, backup coverage model: two different teams in time per risk source":
        "监测网络选址求解器，备份覆盖模型：每个风险源在时限内有两支不同队伍到达",
    "greedy backup coverage: each new depot adds the most weight × min(teams in time, teams required)":
        "贪心备份覆盖：每次新增的物资库使“权重 × min(时限内到达队伍数, 所需队伍数)”增加最多",
    "−2 log L": "−2 × 对数似然",
    "Stream-network kriging is fitted here only to compare it with {} at the sections. AIC = −2 log L + "
    "2 × parameters; the leave-one-out RMSPE and the share of sections inside their 90 % prediction "
    "interval show how each candidate predicts a section it has not seen.":
        "此处拟合河网克里金仅为在断面上与{}比较。AIC = −2 × 对数似然 + 2 × 参数个数；留一法 RMSPE 与落在 90 % "
        "预测区间内的断面比例反映各候选模型预测未参与拟合断面的能力。",
    "Hot and cold spots": "热点与冷点",
    "No map in this note: the grid has {} cells (more than {}); the output layer is the map.":
        "本说明不含地图：网格共 {} 个（超过 {} 个）；请直接查看输出图层。",
    "conditional probability function (CPF)": "条件概率函数（CPF）",
    "conditional bivariate probability function (CBPF)": "条件双变量概率函数（CBPF）",
    "{} readings from {} stations used; no candidate source to rank (give candidates to name the most likely "
    "sources).": "使用了 {} 条读数（{} 个站点）；没有可排序的候选源（提供候选源才能指出最可能的污染源）。",
    "Candidate sources by score (feature id)": "候选源得分（要素编号）",
    "A candidate scores higher the more stations' high-concentration wind sectors point at it, and the nearer "
    "it lies.": "指向候选源的站点高浓度风向扇区越多、距离越近，候选源得分越高。",
    "Covered by two or more sites": "被两个及以上站点覆盖",
    "New site, rank 11–100": "新增站址，排名 11–100",
    "New site, rank > 100": "新增站址，排名 > 100",
    "infeasible": "无可行解",
    "no constraint": "无约束",
    "unknown network": "未知监测网络",
    "AQI {} ({}), primary: {}": "AQI {}（{}），首要污染物：{}",
    "no pollutant value": "无污染物数值",
    "no assessed item": "无评价项目",
    "{} worse than V, worst: {}": "{} 劣V类，超标最重项目：{}",
    "{} class {}, worst: {}": "{} {}类，超标最重项目：{}",
    "Planning note — {}": "规划说明 — {}",
    "Excellent": "优",
    "Good": "良",
    "Lightly polluted": "轻度污染",
    "Moderately polluted": "中度污染",
    "Heavily polluted": "重度污染",
    "Severely polluted": "严重污染",
    "Air stations per AQI category (HJ 633)": "各空气质量指数类别的空气站点数（HJ 633）",
    "AQI category": "AQI 类别",
    "Water stations per GB 3838-2002 class": "各水质类别的地表水站点数（GB 3838-2002）",
    "Water quality class": "水质类别",
    "{} stations read from {} ({}); data as of {}; {} stale, {} without a location.":
        "读取 {} 个站点，来自 {}（{}）；数据时间 {}；{} 个过期，{} 个无位置。",
    "Stale": "过期",
    "Not classified": "未分类",
    "Newest reading": "最新读数时间",
    "Oldest reading": "最早读数时间",
    "Stations per network": "各监测网络的站点",
    "Stations received": "接收的站点",
    "Stations kept": "保留的站点",
    "Stations without a location": "无位置的站点",
    "Stale stations": "过期站点",
    "Rows written": "写入的行数",
    "HTTP requests": "HTTP 请求数",
    "Not classified / no value": "未分类 / 无数值",
    "{}: {} stations": "{}：{} 个站点",
    "Live stations — {}": "实时站点 — {}",
    "Pulled at {}": "拉取时间 {}",
    "Times are local ({}); the layer stores them in UTC.": "时间为本地时间（{}）；图层中以 UTC 存储。",
    "Hot spot, 99 % confidence": "热点，99 % 置信度",
    "Hot spot, 95 % confidence": "热点，95 % 置信度",
    "Hot spot, 90 % confidence": "热点，90 % 置信度",
    "Not significant": "不显著",
    "Cold spot, 90 % confidence": "冷点，90 % 置信度",
    "Cold spot, 95 % confidence": "冷点，95 % 置信度",
    "Cold spot, 99 % confidence": "冷点，99 % 置信度",
    "New hot spot": "新增热点",
    "Consecutive hot spot": "连续热点",
    "Intensifying hot spot": "增强热点",
    "Persistent hot spot": "持续热点",
    "Diminishing hot spot": "减弱热点",
    "Sporadic hot spot": "零星热点",
    "Oscillating hot spot": "振荡热点",
    "Historical hot spot": "历史热点",
    "New cold spot": "新增冷点",
    "Consecutive cold spot": "连续冷点",
    "Intensifying cold spot": "增强冷点",
    "Persistent cold spot": "持续冷点",
    "Diminishing cold spot": "减弱冷点",
    "Sporadic cold spot": "零星冷点",
    "Oscillating cold spot": "振荡冷点",
    "Historical cold spot": "历史冷点",
    "No pattern detected": "未发现模式",
    "increasing": "上升",
    "decreasing": "下降",
    "no trend": "无趋势",
    "Cells": "网格数",
    "Emerging hot and cold spots": "新兴热点与冷点",
    "Gi* category": "Gi* 类别",
    "Share of the cells": "占网格比例",
    "Cells per Gi* confidence bin (3 = hot spot, 99 %)": "各 Gi* 置信度分级的网格数（3 = 热点，99 %）",
    "Gi* bin": "Gi* 分级",
    "Cell": "网格",
    "Gi* z": "Gi* z 值",
    "Confidence": "置信度",
    "Centre x (m)": "中心 x (m)",
    "Centre y (m)": "中心 y (m)",
    "Cells per Gi* category": "各 Gi* 类别的网格数",
    "Where to put sensors": "建议布设传感器的位置",
    "Cell size": "网格尺寸",
    "Cells with an observation": "有观测值的网格",
    "Significant after the false discovery rate correction": "经错误发现率校正后显著",
    "Hot spots, 99 % confidence": "热点（99 % 置信度）",
    "Cold spots, 99 % confidence": "冷点（99 % 置信度）",
    "Emerging category": "新兴热点类别",
    "Code": "代码",
    "Cells per emerging category (code, see the table)": "各新兴热点类别的网格数（代码见表）",
    "Emerging category code": "新兴热点类别代码",
    "{} of {} cells are hot spots at 99 % confidence and {} at 95 %; {} observed hot-spot cells are where new "
    "sensors add the most, led by {}.":
        "{} 个网格（共 {} 个）为 99 % 置信度热点，{} 个为 95 % 置信度热点；{} 个有观测的热点网格最值得新增传感器，"
        "首推 {}。",
    "No cell is a hot spot at 95 % or 99 % confidence among the {} observed cells of {}; the grid gives no "
    "evidence yet for where to add sensors.":
        "{} 个有观测的网格（共 {} 个）中没有 95 % 或 99 % 置信度的热点；网格尚不能说明应在何处新增传感器。",
    "Getis-Ord Gi* on the observed cells; a cell is a hot spot when its neighbourhood's values are significantly "
    "high.": "对有观测的网格计算 Getis-Ord Gi*；邻域数值显著偏高的网格为热点。",
    "{} cells are new or intensifying hot spots over {} periods.": "{} 个网格为新增或增强热点（共 {} 个时段）。",
    "Hotspot grid — {}": "热点网格 — {}",
    "{} cells of {} m ({}), grid CRS {}": "{} 个 {} m 网格（{}），网格坐标系 {}",
    "Periods: {} to {}; Mann-Kendall trend of each cell's Gi* z-scores.":
        "时段：{} 至 {}；各网格 Gi* z 值的 Mann-Kendall 趋势。",
    "Observed hot spots at 95 % or 99 % confidence, strongest first (cell centres in {}).":
        "有观测的 95 % 或 99 % 置信度热点，按强度排序（网格中心坐标系 {}）。",
    "≤ 15 min": "≤ 15 分钟",
    "15–30 min": "15–30 分钟",
    "30–45 min": "30–45 分钟",
    "45–60 min": "45–60 分钟",
    "> 60 min": "> 60 分钟",
    "New depot ": "新增物资库 ",
    "Covered by the required teams in time": "按时到达的队伍数满足要求",
    "Fewer teams than required in time": "按时到达的队伍数不足",
    "No team in time": "无队伍按时到达",
    "Unreachable (road piece without depot)": "不可达（所在路网片段无物资库）",
    "Too far from any road": "距道路过远",
    "Key discharge unit": "重点排污单位",
    "Special supervision": "特殊监管对象",
    "General": "一般",
    "Other stratum": "其他层",
    "Class I": "I 类",
    "Class II": "II 类",
    "Class III": "III 类",
    "Class IV": "IV 类",
    "Class V": "V 类",
    "Worse than class V": "劣V 类",
    "No value": "无数据",
    "National station": "国控站",
    "Provincial station": "省控站",
    "Urban evaluation station": "城市评价点",
    "Urban district": "市辖区",
    "County": "县",
    "National control site (air)": "国控点（环境空气）",
    "National control section (water)": "国控断面（地表水）",
    "Municipal WWTP outfall": "城镇污水处理厂排污口",
    "County WWTP outfall": "县城污水处理厂排污口",
    "Industrial outfall": "工业排污口",
    "Untreated discharge": "未经处理的排放口",
    "Major risk source": "重大风险源",
    "Large risk source": "较大风险源",
    "General risk source": "一般风险源",
    "Stream order 1": "河流等级 1",
    "Order 2": "等级 2",
    "Order 3": "等级 3",
    "Order 4": "等级 4",
    "Order 5+": "等级 5 及以上",
    "Motorway": "高速公路",
    "Trunk road": "干线公路",
    "Primary road": "主要道路",
    "Secondary road": "次要道路",
    "Tertiary road": "三级道路",
    "Residential / local": "居住区 / 地方道路",
    "Micro-sensor candidate": "微型站候选点",
    "Station candidate": "站点候选点",
    "Target class I": "目标 I 类",
    "Target class II": "目标 II 类",
    "Target class III": "目标 III 类",
    "Target class IV": "目标 IV 类",
    "Target class V": "目标 V 类",
    "Not covered": "未覆盖",
    "Covered by one site": "被一个站点覆盖",
    "Existing station (kept)": "已有站点（保留）",
    "New site, rank 1–10": "新增站址，排名 1–10",
    "Air AQI 1 Excellent": "空气 AQI 1 级 优",
    "Air AQI 2 Good": "空气 AQI 2 级 良",
    "Air AQI 3 Lightly polluted": "空气 AQI 3 级 轻度污染",
    "Air AQI 4 Moderately polluted": "空气 AQI 4 级 中度污染",
    "Air AQI 5 Heavily polluted": "空气 AQI 5 级 重度污染",
    "Air AQI 6 Severely polluted": "空气 AQI 6 级 严重污染",
    "Water GB 3838 class I": "地表水 GB 3838 I 类",
    "Water GB 3838 class II": "地表水 GB 3838 II 类",
    "Water GB 3838 class III": "地表水 GB 3838 III 类",
    "Water GB 3838 class IV": "地表水 GB 3838 IV 类",
    "Water GB 3838 class V": "地表水 GB 3838 V 类",
    "Water GB 3838 worse than class V": "地表水 GB 3838 劣V 类",
    "Light: below 80 % of the mean": "偏轻：低于平均值的 80 %",
    "Balanced: 90–110 %": "均衡：90–110 %",
    "Heavy: above 120 % of the mean": "偏重：高于平均值的 120 %",
    "Unit": "单元",
    "Island joined to the nearest grid": "并入最近网格的飞地",
    # ---- hotspot grid -----------------------------------------------------------------------------
    "Hotspot supervision grid (Gi*, FDR, space-time trends)": "热点网格监管（Gi*、FDR、时空趋势）",
    "area of interest": "关注区域",
    "Grid type": "网格类型",
    "Raster band": "栅格波段",
    "Hotspot grid": "热点网格",
    "Hotspot grid per period": "分时段热点网格",
    "The area of interest has no polygon with an area.": "关注区域中没有面积大于 0 的面。",
    "The raster does not overlap the area of interest.": "栅格与关注区域不重叠。",
    "Set a distance band greater than 0 metres.": "请设置大于 0 米的距离带。",
    "Give a point layer with a value field, or a raster, to analyse.": "请提供带数值字段的点图层或栅格用于分析。",
    "points": "点图层",
    "Square": "正方形",
    "Hexagon": "六边形",
    "Mean": "均值",
    "Maximum": "最大值",
    "Sum": "总和",
    "Count": "计数",
    "Hour": "小时",
    "Day": "日",
    "Week": "周",
    "Month": "月",
    "Distance band": "距离带",
    "K nearest cells": "K 个最近网格",
    "Queen contiguity": "后邻接（queen）",
    "Unsupported raster data type.": "不支持的栅格数据类型。",
    "{} {} cells of {:g} m in {}.": "共 {} 个网格（{}），尺寸 {:g} m，坐标系 {}。",
    "No point has a usable geometry.": "没有任何点具有可用的几何。",
    "Reprojecting the raster to {}.": "正在将栅格重投影到 {}。",
    "Warning: {}": "警告：{}",
    "Choose a value field for the {} aggregation.": "请为“{}”汇总方式选择数值字段。",
    # ---- siting curve and note -----------------------------------------------------------------------
    "The trade-off curve size must be 0 new sites or more (got {}).":
        "权衡曲线的新增站点数必须为 0 或以上（当前为 {}）。",
    "HiGHS ({}) on the model left after reduced-cost fixing.": "在约简费用固定后剩余的模型上运行 HiGHS（{}）。",
    "The Lagrangian bound proves the heuristic solution within the MIP gap; no MILP was needed.":
        "拉格朗日界证明启发式解已在 MIP 间隙之内，无需求解混合整数规划。",
    "No MILP was run; the gap is measured against the Lagrangian bound.": "未运行混合整数规划；间隙以拉格朗日界计算。",
    "Neighbourhood re-optimisation: {} move(s), {:.6g}.": "邻域重新优化：{} 次移动，{:.6g}。",
    "After reduced-cost fixing {} demand rows × {} candidates ({} pairs) are left: too large for HiGHS to close the "
    "gap in the time left, so the MILP was not run; the gap is from the Lagrangian bound.":
        "约简费用固定后仍剩 {} 个需求行 × {} 个候选（{} 个覆盖对）：规模太大，HiGHS 无法在剩余时间内闭合间隙，"
        "因此未运行混合整数规划；间隙取自拉格朗日界。",
    "The MILP stopped without a better solution ({}); gap from the Lagrangian bound.":
        "混合整数规划停止，未找到更优解（{}）；间隙取自拉格朗日界。",
    "HiGHS ({}) on the fixed model did not improve on the local-search solution.":
        "HiGHS（{}）在固定后的模型上未能改进局部搜索解。",
    "Reduced-cost fixing shows that a better solution would need two sites closer than the minimum spacing: the "
    "local-search solution is optimal.": "约简费用固定表明更优解需要两个站点的间距小于最小间距：局部搜索解即为最优。",
    "After reduced-cost fixing no solution better than the local-search one remains: it is optimal.":
        "约简费用固定后不存在优于局部搜索解的解：该解即为最优。",
    "The MILP found no solution meeting the quotas ({}).": "混合整数规划未找到满足配额的解（{}）。",
    "The curve stops at {} new sites: no more candidates can be chosen.":
        "曲线止于新增 {} 个站点：已无更多可选候选站址。",
    "Trade-off curve: 1 to {} new sites in {} s ({} point(s) not proved within the MIP gap).":
        "权衡曲线：新增 1 至 {} 个站点，用时 {} 秒（{} 个点未在 MIP 间隙内得到证明）。",
    "Largest number of new sites on the trade-off curve (empty: 2 × P; 0: no curve)":
        "权衡曲线的最大新增站点数（留空：2 × P；0：不计算曲线）",
    "Trade-off curve up to (new sites)": "权衡曲线上限（新增站点数）",
    "Trade-off curve": "权衡曲线",
    "maximal covering (MCLP)": "最大覆盖模型（MCLP）",
    "set covering (LSCP)": "集合覆盖模型（LSCP）",
    "backup coverage": "备份覆盖",
    "p-median": "P-中位",
    "optimal": "最优",
    "feasible, not proved optimal": "可行解，未证明最优",
    "heuristic, no bound": "启发式解，无界",
    "no solution meets the quotas": "无满足配额的解",
    "greedy start and swap search": "贪心初始解与交换搜索",
    "Lagrangian bound": "拉格朗日界",
    "exact HiGHS mixed-integer programme": "精确 HiGHS 混合整数规划",
    "greedy set cover": "贪心集合覆盖",
    "greedy start and fast interchange": "贪心初始解与快速交换",
    "; no optimality bound is available (heuristic solution).": "；没有最优性界（启发式解）。",
    "; the solution is proven optimal.": "；该解已证明为最优。",
    "; the solution is proven within {} of the optimum.": "；已证明该解与最优值相差不超过 {}。",
    "Covered share (%)": "覆盖比例（%）",
    "Coverage per category": "各类别覆盖情况",
    "Covered share per category": "各类别覆盖比例",
    "New sites": "新增站点数",
    "Covered weight (%)": "覆盖权重（%）",
    "Covered weight against the number of new sites": "覆盖权重随新增站点数的变化",
    "All demand": "全部需求点",
    "Each point is the most weight that many new sites can cover (maximal covering, with the existing sites, the "
    "spacing rule and the quotas), with the bound that proves it; the CURVE output lists every count.":
        "曲线上每个点是该数量的新增站点最多可覆盖的权重（最大覆盖模型，计入已有站点、间距规则和配额），并附证明它的界；"
        "CURVE 输出列出每一个站点数。",
    "How many sites: the trade-off curve": "需要多少站点：权衡曲线",
    "HJ 664-2013 urban assessment stations": "HJ 664-2013 城市评价点",
    "demand points": "需求点数",
    "Model and solver": "模型与求解器",
    "Category": "类别",
    "Demand points": "需求点数",
    "Weight": "权重",
    "Covered weight": "覆盖权重",
    "Covered share": "覆盖比例",
    "Required share": "要求比例",
    "Proven bound": "已证明的界",
    "Gap": "间隙",
    "{} new sites cover {} of the weight, and no fewer can (proved).":
        "新增 {} 个站点可覆盖 {} 的权重，且已证明更少的站点做不到。",
    "{} new sites cover {} of the weight; the bounds prove that at least {} are needed.":
        "新增 {} 个站点可覆盖 {} 的权重；界证明至少需要 {} 个。",
    "No count on the curve (up to {} new sites) covers {} of the weight.":
        "曲线上（至多新增 {} 个站点）没有任何站点数能覆盖 {} 的权重。",
    "The existing sites already cover {} of the weight.": "已有站点已覆盖 {} 的权重。",
    "New sites chosen": "选中的新增站点",
    "Existing sites kept": "保留的已有站点",
    "Covered share of the weight, existing sites only": "权重覆盖比例（仅已有站点）",
    "Covered share of the weight, with the new sites": "权重覆盖比例（含新增站点）",
    "Covered share of the demand points": "需求点覆盖比例",
    "Optimality gap (proven)": "最优性间隙（已证明）",
    "Weight covered by two or more sites": "被两个及以上站点覆盖的权重",
    "New sites needed for 90 % of the weight": "覆盖 90 % 权重所需的新增站点数",
    "more than {}": "多于 {}",
    "{} new sites cover every demand point within reach ({} of the {})":
        "新增 {} 个站点覆盖了所有可达的需求点（覆盖比例 {}，按{}计）",
    "{} new sites raise the {} covered by at least two sites to {} (coverage by one site {})":
        "新增 {} 个站点使至少被两个站点覆盖的{}达到 {}（单站覆盖 {}）",
    "{} new sites bring the weighted mean distance to the nearest site to {}; {} of the {} is within the coverage "
    "radius": "新增 {} 个站点使到最近站点的加权平均距离降至 {}；覆盖半径内的比例为 {}（按{}计）",
    "{} new sites raise the covered {} from {} to {}": "新增 {} 个站点使被覆盖的{}从 {} 提高到 {}",
    "; every demand point of {} is watched": "；{}的全部需求点均已受到监控",
    "; every category is fully watched": "；所有类别均已全部受到监控",
    "; {} of {} categories are fully watched": "；已有 {} 个类别（共 {} 个）全部受到监控",
    "(no category)": "（无类别）",
    "demand weight “{}”": "需求权重“{}”",
    "Built-up area": "建成区面积",
    "Minimum stations by area": "按面积的最少点位数",
    "Minimum stations by population": "按人口的最少点位数",
    "Minimum stations required": "最少点位数",
    "Open sites inside the study area": "研究区内的站点数",
    "Model: {}; solver: {}.": "模型：{}；求解器：{}。",
    "Covering pairs": "覆盖对数",
    "Spacing conflicts": "间距冲突数",
    "Monitoring network siting — {}": "监测网络选址 — {}",
    "{}, {} basis; {} demand points, {} candidate sites": "{}，按{}计算；{} 个需求点，{} 个候选站址",
    "straight-line": "直线距离",
    # ---- network siting ---------------------------------------------------------------------------
    "Monitoring network siting (coverage optimisation)": "监测网络选址（覆盖优化）",
    "Monitoring network planning": "监测网络规划",
    "<p>Chooses monitoring sites (automatic air stations, high-density micro-sensors) among candidate points so "
    "that the demand points (hotspot grid cells, VOC enterprises, industrial parks, national control sites…) are "
    "watched, keeping the stations that already exist.</p><p><b>Models</b>: <i>MCLP</i> maximises the demand "
    "weight covered with P new sites; <i>LSCP</i> finds the fewest new sites covering every coverable demand "
    "point; <i>Backup coverage</i> maximises the weight covered by at least two sites with P new sites; "
    "<i>p-median</i> minimises the total weighted distance from each demand point to its nearest site with P new "
    "sites.</p><p>A candidate covers a demand point within RADIUS metres (or its own RADIUS_FIELD value: a "
    "micro-sensor and a station do not represent the same area), straight-line or, with NETWORK, along the "
    "roads. Existing stations (EXISTING_FIELD true) are always kept and counted; P counts new sites only. "
    "MIN_SPACING keeps any two chosen or existing sites apart. CATEGORY_MIN_COVERAGE (e.g. "
    "<code>VOC=1.0;park=1.0</code>) requires a share of each DEMAND_CATEGORY's weight to be covered "
    "(MCLP).</p><p><b>Solver</b>: sparse coverage matrix (k-d tree or road Dijkstra), exact model reduction, "
    "greedy and swap local search, a Lagrangian bound (MCLP) and an exact HiGHS MILP (scipy) within TIME_LIMIT "
    "and MIP_GAP. The report states the status honestly: optimal (proved within MIP_GAP) or feasible with its "
    "gap.</p><p><b>Outputs</b>: OUTPUT, the chosen and existing sites with rank, marginal gain and covered "
    "weight; DEMAND_OUTPUT, each demand point with its coverage; CURVE, the trade-off curve: the most weight 1 to "
    "CURVE_MAX new sites can cover (in total and per category) with its proven bound, computed incrementally "
    "(empty: twice P; 0: no curve); REPORT, a planning note with the headline, coverage per category, the curve and "
    "the number of sites for 90 %, a map and, for a STUDY_AREA, the minimum number of urban assessment stations of "
    "HJ 664-2013 (Technical Regulation for Selection of Ambient Air Quality Monitoring Stations).</p>":
        "<p>在候选点中选择监测点位（环境空气自动站、高密度微型站），使需求点（热点网格、VOCs 排放企业、工业园区、"
        "国控点等）得到有效监控，同时保留已有站点。</p>"
        "<p><b>模型</b>：<i>MCLP</i>（最大覆盖选址模型）在新增 P 个站点的条件下使被覆盖的需求权重最大；"
        "<i>LSCP</i>（集合覆盖模型）求覆盖全部可覆盖需求点所需的最少新增站点数；<i>备份覆盖</i>在新增 P 个站点的"
        "条件下使至少被两个站点覆盖的权重最大；<i>P-中位</i>在新增 P 个站点的条件下使各需求点到最近站点的加权距离"
        "总和最小。</p>"
        "<p>候选点覆盖其 RADIUS 米范围内的需求点（或取自身 RADIUS_FIELD 字段值：微型站与自动站的代表范围不同），"
        "按直线距离计算，设置 NETWORK 时沿道路计算。已有站点（EXISTING_FIELD 为真）始终保留并计入覆盖；P 只计"
        "新增站点。MIN_SPACING 规定任意两个选中或已有站点之间的最小间距。CATEGORY_MIN_COVERAGE（如 "
        "<code>VOC=1.0;park=1.0</code>）要求每个 DEMAND_CATEGORY 类别的权重至少有规定比例被覆盖（MCLP）。</p>"
        "<p><b>求解器</b>：稀疏覆盖矩阵（k-d 树或道路 Dijkstra）、精确的模型约简、贪心与交换局部搜索、拉格朗日"
        "界（MCLP），以及在 TIME_LIMIT 和 MIP_GAP 限制内求解的精确 HiGHS 混合整数线性规划（scipy）。报告如实给出"
        "求解状态：最优（在 MIP_GAP 内得到证明）或可行解及其间隙。</p>"
        "<p><b>输出</b>：OUTPUT，选中和已有站点，含排序、边际增益和覆盖权重；DEMAND_OUTPUT，各需求点及其覆盖"
        "情况；CURVE，权衡曲线：新增 1 至 CURVE_MAX 个站点时最多可覆盖的权重（总体及分类别）及其已证明的界，"
        "逐点增量计算（留空：P 的两倍；0：不计算曲线）；REPORT，规划说明，含结论、各类别覆盖率、权衡曲线与覆盖 90 % "
        "所需站点数、地图，以及设置 STUDY_AREA 时按 HJ 664-2013（《环境空气质量监测点位布设技术规范（试行）》）"
        "计算的城市评价点最少数量。</p>",
    "demand": "需求点",
    "candidate sites": "候选站址",
    "Demand (points, or polygons by centroid)": "需求点（点，或以质心代表的面）",
    "Demand weight field (empty: weight 1 each)": "需求权重字段（留空：每个权重为 1）",
    "Demand category field (for coverage per category and quotas)": "需求类别字段（用于分类别覆盖率和配额）",
    "Minimum covered share per category, e.g. VOC=1.0;park=0.9 (maximal covering model)":
        "各类别最低覆盖比例，如 VOC=1.0;park=0.9（最大覆盖选址模型）",
    "Candidate sites (points)": "候选站址（点）",
    "Existing-station field (true/1/yes = existing, always kept)": "已有站点字段（true/1/yes = 已有站点，始终保留）",
    "Coverage radius (m)": "覆盖半径（m）",
    "Per-candidate radius field in metres (null: the coverage radius)": "各候选点覆盖半径字段（米；为空时取覆盖半径）",
    "Model": "选址模型",
    "Number of new sites P (not used by LSCP)": "新增站点数 P（LSCP 不使用）",
    "Minimum spacing between any two sites (m, 0 = none)": "任意两站点最小间距（m，0 = 不限制）",
    "Road network (optional: coverage by distance along roads)": "路网（可选：按沿道路距离计算覆盖）",
    "Solver time limit (s)": "求解时间上限（s）",
    "Relative optimality gap accepted (MIP gap, 0.001 = 0.1 %)": "可接受的相对最优间隙（MIP gap，0.001 = 0.1 %）",
    "Urban study area (optional, for the HJ 664-2013 minimum station count)":
        "城市研究区域（可选，用于计算 HJ 664-2013 最少点位数）",
    "Study area population field (persons, summed)": "研究区域人口字段（人，求和）",
    "Study area built-up area field (km², summed)": "研究区域建成区面积字段（km²，求和）",
    "Built-up population (persons; overrides the field)": "建成区人口（人；优先于字段）",
    "Built-up area (km²; overrides the field and the polygon area)": "建成区面积（km²；优先于字段和面的面积）",
    "Chosen sites": "选定站点",
    "Demand coverage": "需求覆盖情况",
    "Category quotas need a demand category field.": "类别配额需要设置需求类别字段。",
    "No demand feature has a usable geometry.": "没有任何需求要素具有可用的几何。",
    "No candidate site has a usable geometry.": "没有任何候选站址具有可用的几何。",
    "the demand layer": "需求图层",
    "the candidate layer": "候选站址图层",
    "The coverage radius must be larger than 0 m.": "覆盖半径必须大于 0 m。",
    "No demand point lies within the coverage radius of any candidate or existing site; check the radius (m) and "
    "that both layers cover the same area.":
        "没有任何需求点位于候选站址或已有站点的覆盖半径内；请检查覆盖半径（m），并确认两个图层覆盖同一区域。",
    "scipy.optimize.milp is not available (scipy < 1.9): the heuristic solver is used and the result is not "
    "proved optimal.":
        "scipy.optimize.milp 不可用（scipy < 1.9）：将使用启发式求解器，结果未经最优性证明。",
    "road network": "路网",
    "MCLP: maximise covered weight with P new sites": "MCLP 最大覆盖：新增 P 个站点，覆盖权重最大",
    "LSCP: fewest sites covering all coverable demand": "LSCP 集合覆盖：以最少站点覆盖全部可覆盖需求",
    "Backup coverage: maximise weight covered at least twice with P new sites":
        "备份覆盖：新增 P 个站点，至少被覆盖两次的权重最大",
    "p-median: minimise total weighted distance with P new sites": "P-中位：新增 P 个站点，加权距离总和最小",
    "Candidate radii must not be negative.": "候选点覆盖半径不能为负数。",
    "Category quotas are enforced by the MCLP model only.": "类别配额仅在 MCLP 模型中生效。",
    "{} demand points, {} candidates ({} existing), {} covering pairs, {} spacing conflicts.":
        "{} 个需求点，{} 个候选点（其中 {} 个已有站点），{} 个覆盖对，{} 个间距冲突。",
    "Status {}: objective {:.6g}, bound {}, gap {}.": "求解状态 {}：目标值 {:.6g}，界 {}，间隙 {}。",
    "Road network: {} nodes, {} edges; coverage measured along roads up to {} m.":
        "路网：{} 个节点，{} 条边；覆盖按沿道路距离计算，最远 {} m。",
    "Demand weights must not be negative ({} negative values).": "需求权重不能为负数（有 {} 个负值）。",
    "{} candidate(s) lie at the same place as another one (within {} m) and were merged into it (feature ids {}).":
        "{} 个候选点与另一候选点位置相同（相距 {} m 以内），已合并（要素 ID：{}）。",
    "Could not read the category quota '{}': write category=share pairs separated by ';', shares between 0 and 1 "
    "(or 0–100 %), e.g. VOC=1.0;park=0.9.":
        "无法识别类别配额“{}”：请写成以“;”分隔的 类别=比例，比例介于 0 与 1 之间（或 0–100 %），"
        "如 VOC=1.0;park=0.9。",
    "{} candidate(s) have a null radius and use the coverage radius {} m.":
        "{} 个候选点的覆盖半径为空，采用覆盖半径 {} m。",
    "Quota category {} does not occur in field {}; its values are: {}.":
        "配额类别 {} 不在字段 {} 中；该字段的取值为：{}。",
    "HJ 664-2013 minimum could not be evaluated: {}": "无法计算 HJ 664-2013 最少点位数：{}",
    "p-median: each demand point may be served by its {} nearest candidates (a full distance matrix would be too "
    "large).":
        "P-中位：每个需求点只可由其最近的 {} 个候选点服务（完整距离矩阵过大）。",
    # ---- stream kriging ------------------------------------------------------------------------------
    "tail-up {}": "tail-up 分量（{}）",
    "tail-down {}": "tail-down 分量（{}）",
    "Euclidean {}": "欧氏距离分量（{}）",
    "Reach and zone means need kriging (METHOD = stream-network kriging); none were computed.":
        "河段与功能区均值需要克里金（METHOD = 河网克里金）；未计算。",
    "Unknown {} covariance family {}; use one of {}.": "未知的{}协方差函数族 {}；请使用以下之一：{}。",
    "Model choice must be one of {}.": "模型选择方式必须是以下之一：{}。",
    "Switch on at least one covariance component (tail-up, tail-down, Euclidean or nugget).":
        "请至少开启一个协方差分量（tail-up、tail-down、欧氏距离或块金效应）。",
    "Fit kriging by restricted maximum likelihood (REML); the same as Estimation = REML":
        "以限制性最大似然（REML）拟合克里金；与“估计方法 = REML”相同",
    "Stream-network kriging": "河网克里金",
    "none": "无",
    "exponential": "指数型",
    "spherical": "球状",
    "linear with sill": "带基台线性",
    "Mariah": "Mariah 型",
    "Gaussian": "高斯型",
    "Tail-up covariance: flow-connected sections only, weighted by the branch weights (discharge or "
    "watershed area)":
        "tail-up 协方差：仅水流连通的断面之间相关，按支流权重（流量或流域面积）加权",
    "Tail-down covariance: also sections on different branches, by their distances to the junction below "
    "them":
        "tail-down 协方差：不同支流上的断面之间也相关，取决于它们到下游汇合点的距离",
    "Euclidean covariance: straight-line distance (climate, geology shared across catchments)":
        "欧氏距离协方差：按直线距离（跨流域共有的气候、地质等因素）",
    "Nugget: measurement error and variation within a segment": "块金效应：测量误差及河段单元内部的变异",
    "Estimation: maximum likelihood (ML) or restricted maximum likelihood (REML)":
        "估计方法：最大似然（ML）或限制性最大似然（REML）",
    "Model choice among the chosen components switched on or off: smallest AIC, smallest leave-one-out "
    "RMSPE, or exactly the chosen mixture; every candidate is compared in the report":
        "在所选协方差分量开启或关闭的组合中选择模型：AIC 最小、留一法 RMSPE "
        "最小，或固定使用所选的混合模型；报告中比较每个候选模型",
    "Functional-zone polygons: kriging gives the mean within each zone with its standard error":
        "水功能区多边形：克里金给出每个功能区内的均值及其标准误差",
    "Zone name field": "功能区名称字段",
    "Tail-up covariance": "tail-up 协方差",
    "Tail-down covariance": "tail-down 协方差",
    "Euclidean covariance": "欧氏距离协方差",
    "Nugget": "块金效应",
    "Estimation": "估计方法",
    "Model choice": "模型选择",
    "Functional zones (block means)": "水功能区（块均值）",
    "Reach means (kriging)": "河段均值（克里金）",
    "Zone means (kriging)": "功能区均值（克里金）",
    "smallest AIC": "AIC 最小",
    "smallest leave-one-out error": "留一法误差最小",
    "fixed: all chosen components": "固定：使用所选的全部分量",
    "Length (km)": "长度（km）",
    "River length per GB 3838 class": "各 GB 3838 水质类别的河长",
    "Probability of failing the target class": "不达目标水质类别的概率",
    "Kriging models compared": "克里金模型比较",
    "Leave-one-out cross-validation at the sections": "断面留一法交叉验证",
    "P_EXCEED is the probability that a segment is worse than the target class {} (for DO: below its "
    "limit), from the kriging prediction and its standard error.":
        "P_EXCEED 为河段单元劣于目标水质类别 {} "
        "的概率（溶解氧为低于其限值的概率），由克里金预测值及其标准误差计算。",
    "Estimation {}; model choice: {}. AIC = −2 log L + 2 × parameters; the leave-one-out RMSPE and the "
    "share of sections inside their 90 % prediction interval show how each candidate predicts a section "
    "it has not seen.":
        "估计方法 {}；模型选择：{}。AIC = −2 × 对数似然 + 2 × 参数个数；留一法 RMSPE 与落在 90 % "
        "预测区间内的断面比例反映各候选模型预测未参与拟合断面的能力。",
    "RMSPE": "均方根预测误差（RMSPE）",
    "Each section is predicted from the others; lower RMSPE is better.": "每个断面由其余断面预测；RMSPE 越小越好。",
    "{} km of {} km of river ({} %) meet the target class {}.": "{} km / {} km 河长（{} %）达到目标水质类别 {}。",
    "River length": "河长",
    "Segments": "河段单元数",
    "Sections used": "使用的断面数",
    "Length meeting the target class": "达到目标水质类别的河长",
    "Decay model": "衰减模型",
    "Flow-connected IDW": "水流连通 IDW",
    "Straight-line IDW (QGIS)": "直线距离 IDW（QGIS）",
    "P ≥ 0.9 (fails almost surely)": "P ≥ 0.9（几乎肯定不达标）",
    "0.5 ≤ P < 0.9 (likely fails)": "0.5 ≤ P < 0.9（可能不达标）",
    "P < 0.5 (likely meets)": "P < 0.5（可能达标）",
    "no probability": "无概率",
    "Share": "占比",
    "All parameters (largest P)": "全部参数（取最大 P）",
    "Covariance model": "协方差模型",
    "LOO RMSPE": "留一法 RMSPE",
    "90 % interval coverage": "90 % 区间覆盖率",
    "Bias": "偏差",
    "Method: {}; GB 3838-2002, target class {}": "方法：{}；GB 3838-2002，目标水质类别 {}",
    "Leave-one-out error of {} by method": "{} 各方法的留一法误差",
    "{} km fail it with a probability of at least 0.9, {} km with 0.5 to 0.9.":
        "{} km 不达标的概率不低于 0.9，{} km 在 0.5 至 0.9 之间。",
    "Leave-one-out RMSPE of {}": "{} 的留一法 RMSPE",
    "chosen": "选中",
    # ---- river water quality ----------------------------------------------------------------------
    "River water quality along the network (GB 3838)": "河网水质沿程插值（GB 3838）",
    "Water environment": "水环境",
    "Carries water-quality measurements at river sections along every reach of the river network, cut into "
    "segments, and classifies each segment by GB 3838-2002 Table 1 (single-factor rule: the worst item sets the "
    "class).\n\nMethods:\n• Decay model (HJ 2.3-2018, one-dimensional steady state): C = C0·exp(−K·x/(86400·u)), "
    "K in 1/d, x in m, u in m/s. Sections set the concentration at their position; it decays downstream; "
    "branches mix completely at confluences by discharge, outfalls mix in completely at their position: C = "
    "(Q·C + q·Co)/(Q + q). K per parameter from Decay rates, or calibrated per reach from consecutive sections. "
    "Upstream of the first section of a branch the values are back-calculated from the section below.\n• "
    "Flow-connected IDW: only sections hydrologically connected to a point (upstream or downstream of it) inform "
    "it, weighted by 1/distance^power along the river; two tributaries inform each other only through what "
    "flows downstream.\n• Stream-network kriging: a mixture of tail-up (flow-connected, branch weights from "
    "discharge or watershed area), tail-down (also unconnected branches) and Euclidean covariances and a nugget, "
    "fitted by ML or REML with covariates as a linear trend; the model is chosen among the components switched "
    "on or off by AIC or leave-one-out error. Each segment gets its standard error, P_EXCEED (the probability of "
    "being worse than the target class; for DO: lower than its limit) and its most probable class; reaches and "
    "functional zones get their mean with its standard error.\n\nEvery method is "
    "cross-validated (leave-one-out) at the sections, side by side with straight-line IDW (the formula of "
    "QGIS's IDW interpolation), in the report.\n\nParameters: Rivers are lines digitised in flow direction "
    "(Reverse field marks lines drawn against it; an elevation field corrects lines whose upstream neighbours "
    "are lower than their downstream ones; with elevations at both ends, lines whose end is higher than their "
    "start are reversed). Line ends closer than the node tolerance are joined. Separate networks are reported "
    "and interpolated separately; nothing crosses between them. Loops are cut and braids reported. Sections "
    "farther than the snapping tolerance from any river are listed and left out. Parameter fields are mapped to "
    "GB 3838 items by name (CODMn, NH3N, TP, DO, 氨氮, ...); null or negative values are excluded with a "
    "warning. Water body: lakes and reservoirs have stricter TP limits. Target class: items worse than it are "
    "listed with their exceedance multiple (C − Cs)/Cs (for DO the deficit (Cs − C)/Cs).\n\nOutputs: segments "
    "with the value, class and (kriging) standard error per parameter, the overall class, the items over target "
    "and the distance to the nearest section upstream and downstream; sections with their measured class and "
    "leave-one-out prediction and error; a report with the river length per class and the cross-validation "
    "errors.":
        "将各河流断面的水质监测值沿河网的每个河段推算，按河段单元切分，并按 GB 3838-2002 表 1 评价每个单元的"
        "水质类别（单因子评价法：最差项目决定水质类别）。\n\n"
        "方法：\n"
        "• 衰减模型（HJ 2.3-2018，一维稳态）：C = C0·exp(−K·x/(86400·u))，K 的单位为 1/d，x 的单位为 m，u 的"
        "单位为 m/s。断面确定其所在位置的浓度，并向下游衰减；支流在汇合处按流量完全混合，排污口在其位置完全混合："
        "C = (Q·C + q·Co)/(Q + q)。各参数的 K 取自衰减系数，或由相邻断面逐河段率定。支流首个断面上游的值由其下游"
        "断面反推。\n"
        "• 水流连通反距离加权（IDW）：只有与某点水文连通（位于其上游或下游）的断面参与该点的插值，权重为沿河距离的 "
        "1/distance^power；两条支流之间只通过向下游汇流的水体相互影响。\n"
        "• 河网克里金：tail-up（水流连通，支流权重取自流量或流域面积）、tail-down（含不连通的支流）与欧氏距离协方差"
        "及块金效应的混合模型，以 ML 或 REML 拟合，协变量作为线性趋势项；在开启或关闭各协方差分量的候选模型中按 AIC "
        "或留一法误差选择模型。每个河段单元给出标准误差、P_EXCEED（劣于目标水质类别的概率；溶解氧为低于其限值的概率）"
        "及最可能的水质类别；河段与功能区给出均值及其标准误差。\n\n"
        "每种方法均在断面上做留一法交叉验证，并在报告中与直线距离 IDW（QGIS IDW 插值的公式）并列比较。\n\n"
        "参数：河流为沿水流方向数字化的线（反向字段标记逆水流方向绘制的线；高程字段可纠正上游相邻线低于下游的线；"
        "给出两端高程时，终点高于起点的线会被反向）。距离小于节点容差的线端点会被连接。相互独立的河网分别报告、"
        "分别插值，彼此不跨越。环路会被切断，分汊河道会在报告中列出。距任何河流超过捕捉容差的断面会被列出并排除。"
        "参数字段按名称对应到 GB 3838 项目（CODMn、NH3N、TP、DO、氨氮等）；空值或负值会被排除并给出警告。"
        "水体类型：湖泊、水库的总磷限值更严格。目标水质类别：劣于目标类别的项目连同其超标倍数 (C − Cs)/Cs 一并"
        "列出（溶解氧为亏缺倍数 (Cs − C)/Cs）。\n\n"
        "输出：河段单元，含各参数的值、水质类别及（克里金）标准误差、综合水质类别、超标项目以及到上、下游最近断面的"
        "距离；断面，含实测水质类别、留一法预测值及误差；报告，含各水质类别的河长与交叉验证误差。",
    "Rivers": "河流",
    "Sections": "断面",
    "River water quality along the network": "河网水质沿程插值",
    "Velocity field (m/s)": "流速字段（m/s）",
    "Parameters to interpolate (numeric fields named after GB 3838 items)": "插值参数（以 GB 3838 项目命名的数值字段）",
    "Also interpolate fields that are not GB 3838 items (e.g. water temperature; no class)":
        "同时插值非 GB 3838 项目的字段（如水温；不评价类别）",
    "Outfalls (points with flow and concentrations; decay model)": "排污口（含流量和浓度的点；用于衰减模型）",
    "Outfall flow field (m³/s)": "排污口流量字段（m³/s）",
    "Decay rates K (1/day), e.g. CODMn=0.2; NH3N=0.15; TP=0.05": "衰减系数 K（1/d），如 CODMn=0.2; NH3N=0.15; TP=0.05",
    "Calibrate K per reach from consecutive sections (decay rates apply elsewhere)":
        "由相邻断面逐河段率定 K（其余河段采用衰减系数）",
    "Kriging covariates (numeric section fields; the same field on the rivers gives segment values)":
        "克里金协变量（断面的数值字段；河流图层上的同名字段提供河段单元的值）",
    "Water body (TP limits differ)": "水体类型（总磷限值不同）",
    "Target class (GB 3838)": "目标水质类别（GB 3838）",
    "River segments with water quality": "河段水质",
    "Sections with cross-validation": "断面交叉验证",
    "Choose at least one parameter field to interpolate.": "请至少选择一个需要插值的参数字段。",
    "The river layer has no usable lines.": "河流图层中没有可用的线。",
    "The elevation field at the last vertex needs the elevation field (at the first vertex) as well.":
        "使用末节点高程字段时，还需设置（首节点）高程字段。",
    "No section has a usable point geometry.": "没有任何断面具有可用的点几何。",
    "Outfalls": "排污口",
    "No decay rates given and calibration is off: K = 0 (mixing only).":
        "未给出衰减系数且未启用率定：K = 0（仅计算混合）。",
    "Decay model (HJ 2.3-2018)": "衰减模型（HJ 2.3-2018）",
    "Flow-connected inverse distance weighting": "水流连通反距离加权",
    "River": "河流",
    "Lake or reservoir": "湖泊或水库",
    "These fields are not GB 3838 items: {}. Understood names: {}. Tick 'Also interpolate fields that are not "
    "GB 3838 items' to interpolate them without a class.":
        "以下字段不是 GB 3838 项目：{}。可识别的名称：{}。勾选“同时插值非 GB 3838 项目的字段”可对其插值"
        "（不评价类别）。",
    "Decay rates given for fields that are not interpolated: {}": "以下字段给出了衰减系数但未参与插值：{}",
    "The rivers form {} separate networks; each is interpolated on its own.":
        "河流构成 {} 个相互独立的河网，将分别插值。",
    "{} section(s) are farther than {} m from any river and were left out: {}":
        "{} 个断面距任何河流都超过 {} m，已排除：{}",
    "No section lies within {} m of a river; increase the snapping tolerance or check the layers' CRS.":
        "没有任何断面位于河流 {} m 范围内；请增大捕捉容差或检查图层的坐标参考系。",
    "no value / not classified": "无数值 / 未评价",
    "{} outfall(s) are farther than the snapping tolerance from any river and were ignored.":
        "{} 个排污口距任何河流都超过捕捉容差，已忽略。",
    "Covariate {} is not a river field; its segment values are interpolated from the sections along the network.":
        "协变量 {} 不是河流图层的字段；其河段单元值由断面沿河网插值得到。",
    # ---- input checks (second pass) ---------------------------------------------------------------
    "Cell size must be greater than 0 metres (got {}).": "网格尺寸必须大于 0 米（当前为 {}）。",
    "Top N % must be between 0 and 100 (got {}).": "前 N % 必须介于 0 与 100 之间（当前为 {}）。",
    "The distance band cannot be negative (got {} metres).": "距离带不能为负数（当前为 {} 米）。",
    "The significance level must be between 0.0001 and 0.5 (got {}).":
        "显著性水平必须介于 0.0001 与 0.5 之间（当前为 {}）。",
    "Warning: {} area of interest polygon(s) were invalid (for example self-intersecting) and were repaired before "
    "building the grid; check the grid against the intended area.":
        "警告：{} 个关注区域面无效（例如自相交），已在构建网格前修复；请核对网格是否与预期区域一致。",
    "Layer {} has no feature with a geometry.": "图层“{}”中没有带几何的要素。",
    "{} multi-point feature(s) of {} hold several points; each point counts on its own.":
        "{} 个多点要素（{}）包含多个点；每个点单独计数。",
    "{} multi-point feature(s) of {} hold several points; only the first point of each is used.":
        "{} 个多点要素（{}）包含多个点；每个要素只使用第一个点。",
    "Choose at least one parameter field to interpolate (e.g. CODMn, NH3N, TP).":
        "请至少选择一个需要插值的参数字段（如 CODMn、NH3N、TP）。",
    "Segment length must be greater than 0 metres (got {}).": "河段单元长度必须大于 0 米（当前为 {}）。",
    "The snapping tolerance cannot be negative (got {} metres).": "捕捉容差不能为负数（当前为 {} 米）。",
    "The node tolerance cannot be negative (got {} metres).": "节点容差不能为负数（当前为 {} 米）。",
    "The default flow velocity must be greater than 0 m/s (got {}).": "默认流速必须大于 0 m/s（当前为 {}）。",
    # ---- third pass ------------------------------------------------------------------------------
    "limit {}": "限值 {}",
    "Interpolation method": "插值方法",
    "IDW distance power (flow-connected IDW)": "IDW 距离幂指数（水流连通 IDW）",
    # ---- generic JSON stations ---------------------------------------------------------------------
    "Field mapping for Generic JSON (JSON text or .json file)": "通用 JSON 字段映射（JSON 文本或 .json 文件）",
    "Generic JSON needs a field mapping: give it as JSON text or the path of a .json file.":
        "通用 JSON 需要字段映射：请以 JSON 文本或 .json 文件路径给出。",
    "Generic JSON (field mapping)": "通用 JSON（字段映射）",
    "Field mapping": "字段映射",
    # ---- emergency coverage (later pass) -----------------------------------------------------------
    "{} depot(s) have a null team count and count as one team.": "{} 个应急物资库的队伍数为空，按 1 支队伍计。",
    "{} depot(s) have a null readiness and count as ready at once (0 min).":
        "{} 个应急物资库的出动准备时间为空，按立即出动（0 分钟）计。",
    "Only {} candidate site(s) are given: at most {} new depot(s) can be chosen.":
        "仅提供了 {} 个候选站址：最多只能选择 {} 个新增应急物资库。",
    # ---- core and standards messages (PlannerError / Note, eco_supervision_plugin/core/messages.py) -----
    # standards: editions, GB 3095-2012, GB 3838-2002, HJ 633, HJ 664-2013
    "Cannot read a date from {!r}: use YYYY-MM-DD.": "无法从 {!r} 读取日期：请使用 YYYY-MM-DD 格式。",
    "Cannot read a date from '{}': use YYYY-MM-DD.": "无法从“{}”读取日期：请使用 YYYY-MM-DD 格式。",
    "Unknown edition '{}': use 2012 or 2026.": "未知的标准版本“{}”：请使用 2012 或 2026。",
    "Unknown pollutant '{}': use SO2, NO2, PM10, PM2_5, CO or O3.":
        "未知的污染物“{}”：请使用 SO2、NO2、PM10、PM2_5、CO 或 O3。",
    "Grade must be 1 (class-1 zones) or 2 (class-2 zones).": "级别必须为 1（一类区）或 2（二类区）。",
    "Unknown averaging period '{}': use annual, 24h, 1h or 8h.":
        "未知的平均时间“{}”：请使用 annual（年平均）、24h、1h 或 8h。",
    "GB 3095-2012 has no implementation phases.": "GB 3095-2012 没有分阶段实施要求。",
    "Unknown phase '{}': use transition or final.": "未知的实施阶段“{}”：请使用 transition（过渡期）或 final（最终）。",
    "GB 3095-{} has no {} limit for {}.": "GB 3095-{} 没有规定 {} 平均的 {} 浓度限值。",
    "Unknown water body '{}': use 'river' or 'lake' (lakes and reservoirs, 湖库).":
        "未知的水体类型“{}”：请使用 'river'（河流）或 'lake'（湖泊或水库，湖库）。",
    "Unknown water quality class '{}': use I, II, III, IV, V or 劣V.":
        "未知的水质类别“{}”：请使用 I、II、III、IV、V 或 劣V。",
    "Unknown water quality item '{}'. Understood: {}": "未知的水质指标“{}”。可识别的指标：{}",
    "Class 劣V has no limit.": "劣V类没有限值。",
    "The target class must be I..V.": "目标水质类别必须为 I..V。",
    "{} ({}) has no class limits for rivers in GB 3838-2002 Table 1 (lakes and reservoirs only).":
        "{}（{}）在 GB 3838-2002 表 1 中没有河流的类别限值（仅适用于湖泊和水库）。",
    "Not a number: {!r}": "不是数字：{!r}",
    "AQI averaging is 24h (daily report) or 1h (real-time report).":
        "AQI 的平均时间为 24h（日报）或 1h（实时报）。",
    "No known pollutant among: {}": "以下各项中没有可识别的污染物：{}",
    "Unknown averaging period '{}': use 24h, 1h or 8h.": "未知的平均时间“{}”：请使用 24h、1h 或 8h。",
    "HJ 633-{} has no {} breakpoints for {}.": "HJ 633-{} 没有规定 {} 平均的 {} 分段浓度限值。",
    "{} above {} {}: HJ 633-2012 needs the {} value.": "{} 高于 {} {}：HJ 633-2012 需要使用其 {} 值。",
    "{} cannot be negative ({}).": "{}不能为负数（{}）。",
    "HJ 664-2013 sets one station per 50–60 km² of built-up area in the top band.":
        "HJ 664-2013 在最高档按建成区每 50–60 km² 设置 1 个点位。",
    "Give the population either in 10,000 persons or in persons, not both.":
        "人口请只以万人或以人为单位给出其一，不要同时给出。",
    "HJ 664-2013 needs the built-up area (km²) or the built-up population.":
        "HJ 664-2013 需要建成区面积（km²）或建成区人口。",
    "Built-up area and population cannot be negative.": "建成区面积和人口不能为负数。",
    # core: grid, hotspot, trend
    "Unknown grid type {}: use square or hexagon.": "未知的网格类型 {}：请使用 square（正方形）或 hexagon（六边形）。",
    "The cell size {:g} m is far too small for this area of interest ({:,} boundary crossings).":
        "网格大小 {:g} m 对该关注区域而言过小（边界穿越 {:,} 次）。",
    "The area of interest polygon is not closed; repair its geometry first.": "关注区域面不闭合，请先修复其几何。",
    "The cell size {:g} m is far too small for this area of interest boundary.":
        "网格大小 {:g} m 对该关注区域边界而言过小。",
    "The cell size must be a positive number of metres (got {}).": "网格大小必须为正的米数（当前为 {}）。",
    "The area of interest is empty.": "关注区域为空。",
    "A {:g} m grid over this area of interest ({:,.1f} km²) would create about {:,} cells, more than the limit of "
    "{:,}. Use a larger cell size or raise the limit.":
        "{:g} m 网格覆盖该关注区域（{:,.1f} km²）约会产生 {:,} 个网格，超过上限 {:,}。"
        "请增大网格大小或提高上限。",
    "A {:g} m grid over this area of interest would create {:,} cells, more than the limit of {:,}. Use a larger "
    "cell size or raise the limit.":
        "在该关注区域上生成 {:g} m 网格会产生 {:,} 个网格，超过上限 {:,}。请增大网格大小或提高上限。",
    "Unknown neighbourhood {}.": "未知的邻域 {}。",
    "One value per grid cell is needed.": "每个网格需要一个数值。",
    "Unknown neighbourhood {}: use distance, knn or queen.":
        "未知的邻域 {}：请使用 distance（距离带）、knn（k 近邻）或 queen（后邻接）。",
    "The distance band must be a positive number of metres.": "距离带必须为正的米数。",
    "Queen contiguity needs the lattice method.": "后邻接（queen）需要使用规则格网方法。",
    "Unknown aggregation {}: use mean, max, sum or count.":
        "未知的汇总方式 {}：请使用 mean（均值）、max（最大值）、sum（总和）或 count（计数）。",
    "None of the {} points lies inside the area of interest grid.": "{} 个点中没有任何点位于关注区域网格内。",
    "Give points with a value field, or a raster, to aggregate.": "请提供带数值字段的点或栅格用于汇总。",
    "No point has a time value.": "没有任何点具有时间值。",
    "The number of nearest neighbours must be at least 1.": "最近邻数至少为 1。",
    "{} nearest neighbours need more than {} cells with a value.": "{} 个最近邻需要多于 {} 个有值的网格。",
    "A value field is needed for the {} aggregation.": "汇总方式 {} 需要数值字段。",
    "Every point inside the area of interest has a null value.": "关注区域内所有点的数值均为空。",
    "Unknown period {}: use hour, day, week or month.":
        "未知的统计时段 {}：请使用 hour（小时）、day（日）、week（周）或 month（月）。",
    "The time value {!r} (record {}) is not a date/time; use ISO 8601 such as 2024-05-01 08:00:00.":
        "时间值 {!r}（第 {} 条记录）不是日期/时间；请使用 ISO 8601 格式，例如 2024-05-01 08:00:00。",
    # core: emergency response, road graph
    "Give at least one response-time threshold in minutes, e.g. 30,60.":
        "请至少给出一个以分钟为单位的响应时间阈值，例如 30,60。",
    "There are no emergency depots.": "没有应急物资库。",
    "There are no risk sources.": "没有风险源。",
    "The number of required responders must be 1 or more.": "所需响应队伍数必须为 1 或以上。",
    "One readiness time and one team count per depot and one weight per source are needed.":
        "每个应急物资库需要一个出动准备时间和一个队伍数，每个风险源需要一个风险权重。",
    "Risk weights must be zero or positive numbers.": "风险权重必须为零或正数。",
    "No depot has a team (all team counts are 0).": "没有任何应急物资库配有队伍（队伍数均为 0）。",
    "Response-time thresholds must be positive minutes (got {}).": "响应时间阈值必须为正的分钟数（当前为 {}）。",
    "Threshold {!r} is not a number of minutes.": "阈值 {!r} 不是分钟数。",
    "Unknown network cost {!r}; use 'length' or 'time'.":
        "未知的路网成本 {!r}；请使用 'length'（长度）或 'time'（时间）。",
    "One speed and one direction are needed per road line part.": "每个道路线部件需要一个速度和一个方向。",
    "{} road line(s) have a null, zero or negative speed; give a default speed.":
        "{} 条道路线的速度为空、零或负数；请给出默认速度。",
    "The snapping tolerance must be zero or a positive distance in metres.": "捕捉容差必须为零或以米为单位的正距离。",
    "Some road vertices have invalid coordinates.": "部分道路顶点的坐标无效。",
    "The access speed must be positive.": "接入速度必须为正数。",
    "The cost cutoff must be zero or positive.": "成本上限必须为零或正数。",
    "Thresholds must be positive.": "阈值必须为正数。",
    # core: river network and water-quality models
    "METHOD must be one of {}.": "METHOD 必须是以下之一：{}。",
    "The decay model needs a positive flow velocity on every reach (VELOCITY_FIELD / VELOCITY).":
        "衰减模型要求每个河段都有正的流速（VELOCITY_FIELD / VELOCITY）。",
    "DECAY_RATES must look like 'CODMn=0.2; NH3N=0.15' (1/day); got '{}'.":
        "DECAY_RATES 的格式应为 'CODMn=0.2; NH3N=0.15'（1/d）；当前为“{}”。",
    "Decay rate for {} must be zero or positive (1/day).": "{} 的衰减系数 K 必须为零或正数（1/d）。",
    "Decay rate for {} is not a number: '{}'.": "{} 的衰减系数 K 不是数字：“{}”。",
    "Parameter {} has no usable (non-null, non-negative) value at any {}.":
        "参数 {} 在任何{}上都没有可用的（非空、非负）数值。",
    "Discharge is zero or missing at {} confluence(s); the branches were mixed with equal weights there.":
        "{} 个汇流点的流量为零或缺失；这些位置的支流按等权重混合。",
    "Some outfalls lie on reaches without a discharge; they cannot be mixed in and were ignored.":
        "部分排污口位于没有流量的河段上，无法参与混合，已被忽略。",
    "{} segment(s) have no flow-connected section and were left empty.":
        "{} 个河段单元没有水流连通的断面，保留为空值。",
    "{}: {} {}(s) with a null and {} with a negative value were excluded.":
        "{}：{} 个数值为空的{}和 {} 个数值为负的已被排除。",
    "{}: network {} has only {} section(s), too few to fit kriging; flow-connected IDW is used there.":
        "{}：第 {} 个河网仅有 {} 个断面，不足以拟合克里金；该河网改用水流连通 IDW。",
    "SEGMENT_LENGTH must be positive.": "SEGMENT_LENGTH 必须为正数。",
    "{} loop(s) in the flow direction were found; the downstream link of reach(es) {} was cut.":
        "在水流方向上发现 {} 处环路；已切断河段 {} 的下游连接。",
    "{} split(s) of the flow (braids or distributaries) were found; the branch with the largest discharge/area "
    "carries the flow-connected distances, the others start afresh.":
        "发现 {} 处分流（辫状河道或分汊河道）；流量/汇水面积最大的分支承载水流连通距离，其余分支重新起算。",
    "Discharge/area is zero or missing at {} confluence(s); equal weights were used there.":
        "{} 个汇流点的流量/汇水面积为零或缺失；这些位置使用等权重。",
    # core: coverage and siting
    "rows, cols and costs must have the same length": "rows、cols 和 costs 的长度必须相同",
    "coverage radii must be finite and not negative": "覆盖半径必须为有限值且不能为负数",
    "a coverage pair refers to a demand or candidate that does not exist": "覆盖对引用了不存在的需求点或候选站址",
    "coverage costs must be finite numbers": "覆盖成本必须为有限数值",
    "Unknown siting model {}; use one of {}.": "未知的选址模型 {}；请使用以下之一：{}。",
    "coverage must be a Coverage structure": "coverage 必须是 Coverage 结构",
    "There is no demand to cover.": "没有需要覆盖的需求点。",
    "There are no candidate sites.": "没有候选站址。",
    "There must be one weight per demand point.": "每个需求点必须有一个权重。",
    "Demand weights must be numbers (found null or infinite weights).": "需求权重必须为数字（发现空值或无穷大权重）。",
    "Demand weights must not be negative.": "需求权重不能为负数。",
    "The existing-site mask must have one value per candidate.": "已有站点标记必须为每个候选站址提供一个值。",
    "The number of new sites P must not be negative.": "新增站点数 P 不能为负数。",
    "P = {} new sites is more than the {} candidate site(s) that can be chosen ({} candidates, {} existing, {} too "
    "close to an existing site).":
        "P = {} 个新增站点多于可选的 {} 个候选站址（共 {} 个候选站址，{} 个已有站点，{} 个距已有站点过近）。",
    "No demand point lies within reach of any candidate or existing site.":
        "没有任何需求点位于候选站址或已有站点的覆盖范围内。",
    "Model reduced to {} demand rows × {} candidates ({} pairs) from {} × {}.":
        "模型已缩减为 {} 个需求行 × {} 个候选站址（{} 对），原为 {} × {}。",
    "Greedy {:.6g}, after {} swap(s) {:.6g}; Lagrangian bound {:.6g}.":
        "贪心解 {:.6g}，经 {} 次交换后 {:.6g}；拉格朗日界 {:.6g}。",
    "No solution meets every category quota with P = {} new sites and the spacing rule; raise P, lower the quotas "
    "or the minimum spacing.":
        "在 P = {} 个新增站点和间距规则下，没有解能满足每个类别的配额；请增大 P、降低配额或减小最小间距。",
    "No demand point can be covered twice by the candidate and existing sites.":
        "没有任何需求点能被候选站址和已有站点双重覆盖。",
    "Model reduced to {} demand rows × {} candidates (rows already backed up by existing sites or never reachable "
    "twice removed, identical rows merged).":
        "模型已缩减为 {} 个需求行 × {} 个候选站址（已移除已有站点已提供备份覆盖或无法双重覆盖的行，合并了相同的行）。",
    "No set of sites was found that covers every coverable demand point while keeping the minimum spacing; reduce "
    "MIN_SPACING or add candidates.":
        "未找到在保持最小间距的同时覆盖所有可覆盖需求点的站点组合；请减小 MIN_SPACING 或增加候选站址。",
    "No demand point has any candidate site to be assigned to.": "没有任何需求点可分配到候选站址。",
    "Category quotas apply to the maximal covering model only; they were not enforced.":
        "类别配额仅适用于 MCLP 最大覆盖选址模型，本次未执行。",
    "This scipy has no scipy.optimize.milp (needs scipy >= 1.9): the greedy + swap heuristic was used and the result "
    "is not proved optimal.":
        "当前 scipy 没有 scipy.optimize.milp（需要 scipy >= 1.9）：已使用贪心 + 交换启发式算法，结果未被证明为最优。",
    "Only {} of the P = {} new sites add anything to the objective; the others would cover nothing more and were not "
    "placed.":
        "仅有 {} 个新增站点（P = {}）能提高目标值；其余站点不会增加覆盖，未予布设。",
    "Quota category {} has no demand points.": "配额类别 {} 没有需求点。",
    "Category {} cannot reach its coverage quota of {:.1%}: only {:.1%} of its weight lies within reach of any "
    "existing or candidate site ({} of {} demand points are out of reach).":
        "类别 {} 无法达到 {:.1%} 的覆盖配额：其权重中仅有 {:.1%} 位于已有站点或候选站址的覆盖范围内"
        "（有 {} 个需求点无法覆盖，共 {} 个）。",
    "{} dominated candidate(s) dropped (covering set inside another's).":
        "已剔除 {} 个被支配的候选站址（其覆盖集合包含于其他候选站址的覆盖集合中）。",
    "Dominated candidates were kept: with spacing rules dropping them is not exact.":
        "保留了被支配的候选站址：存在间距规则时剔除它们将不再精确。",
    "The greedy start does not meet every category quota; the MILP must find a feasible solution.":
        "贪心初始解未满足所有类别配额；需由 MILP 求得可行解。",
    "{} demand point(s) are out of reach of every site and stay uncovered.":
        "{} 个需求点不在任何站点的覆盖范围内，保持未覆盖。",
    "No set of sites covers every coverable demand point while keeping the minimum spacing; reduce MIN_SPACING or "
    "add candidates.":
        "没有站点组合能在保持最小间距的同时覆盖所有可覆盖需求点；请减小 MIN_SPACING 或增加候选站址。",
    "HiGHS MILP ({}) on the reduced model.": "在缩减后的模型上求解 HiGHS MILP（{}）。",
    "HiGHS MILP ({}) with one assignment variable per demand-candidate pair.":
        "HiGHS MILP（{}），每个需求点-候选站址对一个分配变量。",
    "{} demand row(s) have no open site among their pairs; each is charged {:.6g}.":
        "{} 个需求行在其配对中没有开放站点；每行计罚 {:.6g}。",
    "{} pair(s) of existing sites are closer than the minimum spacing; they are kept.":
        "{} 对已有站点的间距小于最小间距，予以保留。",
    "{} candidate(s) lie closer than the minimum spacing to an existing site and were not considered.":
        "{} 个候选站址与已有站点的距离小于最小间距，未予考虑。",
    "The Lagrangian heuristic (sites with the largest reduced gains, then swaps) found {:.6g}.":
        "拉格朗日启发式算法（先选缩减收益最大的站点，再交换）得到 {:.6g}。",
    "HiGHS stopped without a solution ({}); the local-search solution is reported.":
        "HiGHS 停止且未得到解（{}）；报告局部搜索的解。",
    # ---- station clients (cloud/*: TransportError, AuthError, NotSensorThings, MappingError, Note) -------
    "unknown API type '{}': use one of {}": "未知的 API 类型“{}”：请使用 {} 之一",
    "the field mapping is not valid JSON: {}": "字段映射不是有效的 JSON：{}",
    "the field mapping must be a JSON object": "字段映射必须是 JSON 对象",
    "the field mapping lacks {}": "字段映射缺少 {}",
    "layout must be 'wide' or 'long', not {!r}": "layout 必须为 'wide' 或 'long'，而不是 {!r}",
    "a wide layout needs 'parameters': {parameter: field}":
        "wide（宽表）布局需要 'parameters'：{parameter: field}",
    "a long layout needs the 'parameter' and 'value' fields": "long（长表）布局需要 'parameter' 和 'value' 字段",
    "timezone must be an offset such as +08:00, not {!r}": "timezone 必须是 +08:00 这样的时差，而不是 {!r}",
    "this platform's JSON has no history query: only the latest values are read":
        "该平台的 JSON 不提供历史数据查询：只读取最新值",
    "stopped after {} pages: page cap reached": "已达分页上限，读取 {} 页后停止",
    "no record list at '{}' in the platform's reply: check the field mapping":
        "平台返回结果中“{}”处没有记录列表：请检查字段映射",
    "unit missing: assumed the standard unit": "缺少单位：按标准单位处理",
    "parameter '{}' is not known: left out": "未知监测参数“{}”：已忽略",
    "cannot convert {} from '{}' to '{}'": "无法将 {} 从“{}”换算为“{}”",
    "stopped after {} pages": "读取 {} 页后停止",
    "{} did not answer as OpenAQ v3 (no 'results' list)": "{} 的返回不符合 OpenAQ v3（没有 'results' 列表）",
    "{} did not answer with a SensorThings JSON object": "{} 没有返回 SensorThings JSON 对象",
    "{} answers, but not as a SensorThings API service (no Things/Datastreams in its root)":
        "{} 有响应，但不是 SensorThings API 服务（根目录中没有 Things/Datastreams）",
    "{} answered without a 'value' list: not a SensorThings collection":
        "{} 的返回没有 'value' 列表：不是 SensorThings 集合",
    "{} entities in pages of {}: reading the first {} pages (page cap)":
        "共 {} 个实体，每页 {} 个：只读取前 {} 页（分页上限）",
    "the server repeated a next link; stopped paging after {} pages":
        "服务器重复返回同一下一页链接；读取 {} 页后停止翻页",
    "stopped after {} pages ({} items): page cap reached": "已达分页上限，读取 {} 页（{} 项）后停止",
    "the server could not expand latest observations ({}); querying each Datastream":
        "服务器无法展开最新观测值（{}）；改为逐个 Datastream 查询",
    "the server refused $top; asking for pages of {}": "服务器拒绝了 $top；改为每页请求 {} 项",
    "the server refused $select inside $expand ({}); asking without it":
        "服务器拒绝了 $expand 中的 $select（{}）；改为不带 $select 请求",
    "no answer from {} within {:.0f} s": "{} 在 {:.0f} 秒内无响应",
    "cannot reach {}: {}": "无法连接 {}：{}",
    "the server at {} did not answer with JSON ({})": "{} 处的服务器没有返回 JSON（{}）",
    "the server refused the credentials (HTTP {}) for {}": "服务器拒绝了认证凭据（HTTP {}）：{}",
    "HTTP {} from {}": "HTTP {}，来自 {}",
    "TLS error talking to {}: {}": "与 {} 通信时发生 TLS 错误：{}",
    "network error": "网络错误",
    "HTTP {} from {} — retrying in {:.1f} s": "HTTP {}，来自 {} — {:.1f} 秒后重试",
    "{} — retrying in {:.1f} s": "{} — {:.1f} 秒后重试",
    # ---- shared parameter parsers (processing_algorithms/qgis_io/parsers.py) -----------------------
    "{}: '{}' is not of the form name=value.": "{}：“{}”不是“名称=数值”的形式。",
    "{}: the value in '{}' is not valid.": "{}：“{}”中的数值无效。",
    # ---- planning notes (processing_algorithms/reports) --------------------------------------------
    "yes": "是",
    "no": "否",
    "Legend": "图例",
    "Map of the result": "结果地图",
    "Notes": "说明",
    # ---- inspection routes ---------------------------------------------------------------------------
    "The exact method takes at most {} units ({} given): the heuristic's grids are reported.":
        "精确方法最多处理 {} 个单元（当前 {} 个）：报告给出启发式方法的网格。",
    "This scipy has no MILP solver (scipy ≥ 1.9 is needed): the heuristic's grids are reported.":
        "当前 scipy 没有混合整数规划求解器（需要 scipy ≥ 1.9）：报告给出启发式方法的网格。",
    "The exact method found no better grids within {:g} s: the heuristic's grids are reported.":
        "精确方法在 {:g} 秒内未找到更好的网格：报告给出启发式方法的网格。",
    "Exact method: the largest deviation is proven optimal (mixed-integer programme).":
        "精确方法：最大偏差已被证明为最优（混合整数规划）。",
    "Exact method stopped at its {:g} s time limit: best grids found, the bound is the solver's proven bound.":
        "精确方法在 {:g} 秒时限处停止：给出找到的最好网格，下界为求解器证明的界。",
    "The service time per inspection must be zero or more minutes.": "每次检查的停留时间必须为零或正的分钟数。",
    "The working day must be longer than zero hours.": "工作日时长必须大于零小时。",
    "At least one inspection per day is needed.": "每天至少要安排一次检查。",
    "The office needs one point with valid coordinates.": "单位驻地需要一个坐标有效的点。",
    "The office is farther than {:g} m from every road: move it or raise the snap distance.":
        "单位驻地距离所有道路都超过 {:g} 米：请移动驻地点或增大吸附距离。",
    "{} inspections cannot be reached from the office over the roads (or the way back is missing) and are left out "
    "of the routes.": "{} 项检查无法从单位经道路到达（或无法返回），未排入路线。",
    "{} inspections alone take longer than the working day (travel there and back and the inspection): each has a "
    "day of its own.": "{} 项检查单独一项就超过一个工作日（往返路程加检查时间）：每项单独安排一天。",
    "{} drawn enterprises have no usable location and are left out of the routes.":
        "{} 家抽中的企业没有可用位置，未排入路线。",
    "Stop {} of a route is not among the {} inspection points.": "路线中的站点 {} 不在 {} 个检查点之内。",
    "Heuristic (any size)": "启发式（任意规模）",
    "Exact (mixed-integer programme, up to 60 units)": "精确（混合整数规划，不超过 60 个单元）",
    "Exact: the smallest possible largest deviation, proven by a mixed-integer programme (small territories, within "
    "the time limit); otherwise the heuristic with its lower bound.":
        "精确：用混合整数规划求出并证明最小的最大偏差（适用于小范围，在时限内）；否则用启发式方法并给出其下界。",
    "The exact method stops after this time with the best grids found and the solver's bound.":
        "精确方法到达该时间后停止，给出找到的最好网格和求解器的界。",
    "Time limit of the exact method (s)": "精确方法时限（秒）",
    "Road lines: with an office, each officer's inspections are ordered into day routes over these roads.":
        "道路线：给出单位驻地时，按这些道路把每名执法人员的检查任务排成每日路线。",
    "Speed of each road in km/h; null or zero speeds use the default speed.":
        "各道路的车速（公里/小时）；空值或零值使用默认车速。",
    "1/yes/forward: digitised direction only; -1/reverse: against it; anything else: both ways.":
        "1/yes/forward：仅沿数字化方向通行；-1/reverse：仅逆向通行；其他值：双向通行。",
    "Speed of roads without a usable speed value.": "没有可用车速值的道路所用的车速。",
    "The bureau's office: every day route leaves from it and comes back to it (the first point is used).":
        "生态环境局驻地：每天的路线从这里出发并返回这里（使用第一个点）。",
    "Time spent at each enterprise, added to the travel time.": "在每家企业停留的时间，计入路程时间之外。",
    "Longest day, travel and inspections together; an officer's inspections are split into as few days as fit.":
        "一天的最长时间（路程加检查）；每名执法人员的检查任务分成尽可能少的天数。",
    "At most this many inspections on one day.": "一天最多安排的检查次数。",
    "Clock time each day starts at the office; arrival times are counted from it.":
        "每天从单位出发的时刻；到达时间由此起算。",
    "One line per officer and day along the roads: stops, km, hours, visiting order with arrival times.":
        "每名执法人员每天一条沿道路的线：站数、公里数、小时数、检查顺序和到达时间。",
    "One point per visit: officer, day, visit number and arrival time.":
        "每次检查一个点：执法人员、日期序号、站序和到达时间。",
    "Road network (day routes)": "道路网（每日路线）",
    "Road speed field (km/h)": "道路车速字段（公里/小时）",
    "Default road speed (km/h)": "默认道路车速（公里/小时）",
    "Office (start and end of every day)": "单位驻地（每天的起点和终点）",
    "Minutes per inspection": "每次检查用时（分钟）",
    "Working day (hours, 0 = no limit)": "工作日时长（小时，0 = 不限）",
    "Inspections per day (0 = no limit)": "每天检查次数（0 = 不限）",
    "Leaving the office at (HH:MM)": "出发时刻（时:分）",
    "Day routes": "每日路线",
    "Route stops": "路线站点",
    "Day routes need both the road network (ROADS) and the office (OFFICE).":
        "每日路线需要同时给出道路网（ROADS）和单位驻地（OFFICE）。",
    "office": "单位驻地",
    "The office layer has no usable point.": "单位驻地图层没有可用的点。",
    "DAY_START must be a clock time such as 08:30 (got {}).": "DAY_START 必须是形如 08:30 的时刻（当前为 {}）。",
    "The office layer has {} points; the first is the office.": "单位驻地图层有 {} 个点；以第一个点作为驻地。",
    "Officer": "执法人员",
    "Days": "天数",
    "Inspections": "检查次数",
    "Road km": "道路里程（公里）",
    "Hours": "小时",
    "Longest day (h)": "最长一天（小时）",
    "Each officer leaves the office, visits their inspections in the order of the shortest road time found and "
    "comes back; hours include the time at each enterprise.":
        "每名执法人员从单位出发，按所求得的最短道路用时顺序依次检查，然后返回；小时数包含在每家企业的停留时间。",
    "Officer days planned": "安排的人·日数",
    "Road distance, all routes": "全部路线道路里程",
    "Hours, all routes": "全部路线用时",
    "Inspections out of reach of the roads": "道路无法到达的检查",
    "Day plans: {} officer days, {:.0f} km of road, {:.0f} hours.":
        "日程安排：{} 人·日，道路里程 {:.0f} 公里，共 {:.0f} 小时。",
    "Day routes need the enterprises' locations: the enterprise register is a table without geometry.":
        "每日路线需要企业位置：企业名录是没有几何的表。",
    "{} inspections lie farther than {:g} m from every road and are left out of the routes.":
        "{} 项检查距离所有道路都超过 {:g} 米，未排入路线。",
    "Largest distance from an enterprise to a road (m)": "企业到道路的最大距离（米）",
    "Enterprises farther than this from every road cannot be routed and are reported.":
        "距离所有道路都超过该距离的企业无法排入路线，并在报告中列出。",
    "No grouping into contiguous grids is better balanced (proven).": "任何连通网格划分都不可能更均衡（已证明）。",
    # ---- inspection draw (core/supervision/draw.py, inspection_draw.py, reports/inspection_draw.py) ----
    'The enterprise register is empty.': '企业名录为空。',
    '{} enterprises have no id: every entry of the register needs one.':
        (
            '{} 家企业没有编号：名录中的每一条都需要编号。'
        ),
    'Duplicate enterprise ids in the register: {}.': '名录中企业编号重复：{}。',
    '{} officers have no id.': '{} 名执法人员没有编号。',
    'Duplicate officer ids in the inspector register: {}.': '执法人员名录中编号重复：{}。',
    'Each inspection needs at least two officers (PER_TASK ≥ 2); got {}.':
        (
            '每次检查至少需要两名执法人员（PER_TASK ≥ 2）；当前为 {}。'
        ),
    "No rate for the strata {}: add them to RATES (or a default '*=0.05').":
        (
            "类别 {} 没有抽查比例：请在 RATES 中补充（或设置默认值 '*=0.05'）。"
        ),
    'A seed is needed: publish it before the draw so anyone can reproduce the result.':
        (
            '需要随机种子：请在抽取前公布，以便任何人都能复现结果。'
        ),
    'The inspector register has {} officers; each inspection needs {}.': '执法人员名录只有 {} 人；每次检查需要 {} 人。',
    (
        'These enterprises cannot be staffed: fewer than {} officers may inspect them under the conflict rules (own'
        ' district, inspected last period); allowed officers in brackets: {}.'
    ):
        (
            '以下企业无法配齐检查人员：按回避规则（本辖区、上期检查过）可检查的执法人员少于 {} 人；括号内为可派人数'
            '：{}。'
        ),
    '{} inspections × {} officers need at least {} tasks per officer; MAX_LOAD is {}.':
        (
            '{} 次检查 × 每次 {} 人，每名执法人员至少需承担 {} 次；MAX_LOAD 为 {}。'
        ),
    (
        'No assignment meets the conflict rules with at most {} tasks per officer; {} inspections stay short of off'
        'icers, e.g. {}. Raise MAX_LOAD or add officers.'
    ):
        (
            '在每人至多 {} 次任务的条件下，没有满足回避规则的分配方案；{} 次检查人员不足，例如 {}。请提高 MAX_LOAD '
            '或增加执法人员。'
        ),
    "The rate for stratum '{}' must be a share between 0 and 1 (e.g. 0.05 or 5%); got {}.":
        (
            '类别“{}”的抽查比例必须在 0 到 1 之间（如 0.05 或 5%）；当前为 {}。'
        ),
    'No enterprise was drawn: the rates give zero inspections this period.':
        (
            '未抽中任何企业：按当前比例本期检查数为零。'
        ),
    'Inspection draw (double random)': '双随机抽查',
    'Supervision': '监管',
    (
        'The "double random, one public" draw: which enterprises of the source register are inspected this period ('
        "a simple random sample per stratum at that stratum's rate) and which officers inspect each one (PER_TASK o"
        "fficers, never an officer of the enterprise's own district or one who inspected it last period, loads as e"
        "ven as these rules allow).\n\nRATES: share per stratum, e.g. key=0.25; general=5%; special=1 (a '*' entry "
        'applies to every other stratum). Exclusions (a truthy field: inspected recently, under investigation) are '
        'never drawn.\nSEED: publish it before the draw. The registers are put in a canonical order and hashed (SHA'
        '-256); the draw depends only on the registers, the seed and the algorithm version, all in the report, so a'
        'nyone can reproduce and verify the published result.\nIf some enterprise cannot be staffed under the rules'
        ', the run stops and names it.'
        "\n\nDay plans (optional): with ROADS and OFFICE, each officer's inspections are ordered into road routes "
        "that leave the office and come back (shortest road times; exact order up to 9 stops, otherwise "
        "insertion and 2-opt/Or-opt improvement), split into working days of at most MAX_DAY_HOURS with "
        "SERVICE_MINUTES at each enterprise. ROUTES holds one line per officer and day with its stops, km, "
        "hours and arrival times; inspections that cannot be reached over the roads are reported."
    ):
        (
            '“双随机、一公开”抽查：本期从污染源名录中抽取哪些企业接受检查（各类别按其比例简单随机抽样），以及由哪些'
            '执法人员检查每家企业（每家 PER_TASK 人；不派企业所在辖区的执法人员，也不派上期检查过该企业的人员；在这'
            "些规则允许的范围内任务尽量均衡）。\n\nRATES：各类别的抽查比例，如 key=0.25; general=5%; special=1（'*'"
            ' 项适用于其余所有类别）。排除项（取值为真的字段：近期已检查、正在立案调查）不参加抽取。\nSEED：请在抽'
            '取前公布。名录按统一顺序排列并计算 SHA-256 哈希；抽取结果只取决于名录、种子和算法版本，三者都写入报告'
            '，任何人都能复现并核验公布的结果。\n若某家企业按规则无法配齐人员，运行将停止并指出该企业。'
            '\n\n日程安排（可选）：给出 ROADS 和 OFFICE 时，把每名执法人员的检查任务排成从单位出发、最后返回单位'
            '的道路路线（按最短道路用时；9 站以内求精确顺序，否则用插入法加 2-opt/Or-opt 改进），并按每天不超过 '
            'MAX_DAY_HOURS 小时、每家企业停留 SERVICE_MINUTES 分钟分成若干工作日。ROUTES 为每名执法人员每天一条线，'
            '含站数、公里数、小时数和到达时间；经道路无法到达的检查任务会在报告中列出。'
        ),
    'Maximum inspections per officer (0 = no cap)': '每名执法人员最多检查次数（0 = 不限）',
    'Enterprise register': '企业名录',
    'Enterprise id': '企业编号',
    'Stratum': '类别',
    'Rates per stratum': '各类别抽查比例',
    'Enterprise district': '企业所在辖区',
    'Excluded this period': '本期排除',
    'Officers of the last inspection': '上期检查人员',
    'Inspector register': '执法人员名录',
    'Officer id': '执法人员编号',
    'Officer unit': '执法人员所在单位',
    'Officer home district': '执法人员所属辖区',
    'Officers per inspection': '每次检查人数',
    'Published seed': '公布的随机种子',
    'Drawn enterprises': '抽中企业',
    'Officer loads': '执法人员任务量',
    'The enterprise and inspector registers are both needed.': '需要同时提供企业名录和执法人员名录。',
    'Officers': '执法人员',
    (
        '{} of {} enterprises drawn for inspection ({}); {} officers in teams of {}, at most {} inspections each; s'
        'eed “{}”.'
    ):
        (
            '从 {} 家企业中抽中 {} 家接受检查（{}）；{} 名执法人员每 {} 人一组，每人至多 {} 次检查；随机种子“{}”。'
        ),
    'Registered': '名录数',
    'Eligible': '可抽数',
    'Rate': '比例',
    'Expected': '期望数',
    'Drawn': '抽中数',
    'Officers by number of inspections': '按检查次数统计的执法人员',
    'Inspections per officer': '每人检查次数',
    'Item': '项目',
    'Value': '值',
    'Seed': '随机种子',
    'Algorithm version': '算法版本',
    'Enterprise register (SHA-256)': '企业名录（SHA-256）',
    'Inspector register (SHA-256)': '执法人员名录（SHA-256）',
    'Enterprises in the register': '名录中企业数',
    'Officers in the register': '名录中执法人员数',
    'Inspection draw — {}': '双随机抽查 — {}',
    'Double random, one public: seed {}, {}': '双随机、一公开：随机种子 {}，{}',
    'Enterprises drawn': '抽中企业数',
    'Share of the register': '占名录比例',
    'Largest load per officer': '每人最大任务量',
    'inspections': '次',
    'Officers without a task': '无任务的执法人员',
    'Run time': '运行时间',
    'Drawn per stratum': '各类别抽取情况',
    'Verification record (publish with the result)': '核验记录（随结果一并公开）',
    (
        'Each stratum is a simple random sample of its eligible enterprises; the number drawn is the rate × eligibl'
        'e, rounded half up.'
    ):
        (
            '每个类别都是对其可抽企业的简单随机抽样；抽取数 = 比例 × 可抽数，四舍五入。'
        ),
    'The loads are as even as the conflict rules allow: no smaller largest load staffs every inspection.':
        (
            '在回避规则允许的范围内任务最均衡：更小的最大任务量无法配齐每次检查。'
        ),
    'Anyone holding the two registers and the seed reproduces this draw exactly.':
        (
            '任何人持有两份名录和随机种子，都能完全复现本次抽取。'
        ),
    # ---- supervision grid (core/supervision/districts.py, supervision_grid.py, reports) ----------
    '{} grids cannot cover {} separate parts (towns or unconnected areas): each needs at least one grid.':
        (
            '{} 个网格无法覆盖 {} 个相互分隔的部分（乡镇或不连通区域）：每部分至少需要一个网格。'
        ),
    'There are no units to group into grids.': '没有可划分网格的单元。',
    '{} units have no workload value (null or not a number).': '{} 个单元没有工作量数值（为空或不是数字）。',
    'Workloads must be zero or positive; {} units are negative.': '工作量必须为零或正数；有 {} 个单元为负。',
    (
        "Give the number of grids (DISTRICTS), the largest workload per grid (MAX_WORKLOAD) or today's grids (KEEP_"
        'FIELD).'
    ):
        (
            '请给出网格数（DISTRICTS）、每个网格的最大工作量（MAX_WORKLOAD）或现有网格（KEEP_FIELD）。'
        ),
    '{} grids asked for {} units: the number of grids must be between 1 and the number of units.':
        (
            '要求 {} 个网格、{} 个单元：网格数必须在 1 与单元数之间。'
        ),
    'Unit {} alone has a workload of {:.6g}, above MAX_WORKLOAD = {:.6g}: no grid can hold it.':
        (
            '单元 {} 自身的工作量为 {:.6g}，超过 MAX_WORKLOAD = {:.6g}：任何网格都容纳不下。'
        ),
    (
        '{} units in {} separate parts too small for a grid of their own were joined to the grid of the nearest uni'
        't (marked island).'
    ):
        (
            '{} 个单元位于 {} 个过小、不足以单独成网格的分隔部分，已并入最近单元所在的网格（标记为飞地）。'
        ),
    'Supervision grid districts': '网格化监管划分',
    (
        'Groups units (villages, communities or hotspot grid cells) into contiguous inspection grids whose workload'
        's are as even as possible, so that every enterprise and village has a grid inspector and no inspector carr'
        'ies much more than another.\n\nWORKLOAD: an expression per unit, e.g. "enterprises" * 3 + "population" / 1'
        '000; with ENTERPRISES the weight of the enterprises inside each unit is added. DISTRICTS: the number of gr'
        'ids, or MAX_WORKLOAD: the largest workload a grid may carry (the number of grids follows). KEEP_FIELD: tod'
        "ay's grid of each unit: grids already within the tolerance stay as they are, others change as few units as"
        ' possible. BOUNDARY_FIELD: a grid never crosses it (a town).\nGrids are contiguous (queen: units touching '
        'at a point; rook: along an edge). Parts of the territory too small for a grid of their own (islands) join '
        'the nearest grid and are marked. The report gives the largest deviation from the mean workload beside a pr'
        'oven lower bound: no grouping can do better than the bound.'
        "\nMETHOD: the heuristic (any size), or the exact mixed-integer programme for small territories (up to "
        "60 units, within TIME_LIMIT): it proves the smallest possible largest deviation, then changes as few "
        "of today's units as possible (or keeps grids compact)."
    ):
        (
            '把单元（行政村、社区或热点网格）划分为相互连通的监管网格，使各网格工作量尽量均衡：每家企业、每个村都有'
            '网格员负责，且没有网格员的任务明显多于他人。\n\nWORKLOAD：每个单元的工作量表达式，如 "enterprises" * 3'
            ' + "population" / 1000；给出 ENTERPRISES 时，再加上落在各单元内企业的权重。DISTRICTS：网格数；或 MAX_W'
            'ORKLOAD：每个网格可承担的最大工作量（网格数随之确定）。KEEP_FIELD：各单元的现有网格：已在容差内的网格'
            '保持不变，其余网格调整尽量少的单元。BOUNDARY_FIELD：网格不跨越该边界（如乡镇）。\n网格保持连通（后相邻'
            '：单元有公共点即相邻；车相邻：须有公共边）。过小而不能单独成网格的区域（飞地）并入最近的网格并加以标记'
            '。报告给出与平均工作量的最大偏差，以及经证明的下界：任何划分都不可能优于该下界。'
            '\nMETHOD：启发式方法（任意规模），或适用于小范围（不超过 60 个单元，在 TIME_LIMIT 时限内）的精确混合整数'
            '规划：它证明可达到的最小最大偏差，然后尽量少调整现有网格的单元（或使网格尽量紧凑）。'
        ),
    'Queen (a common point)': '后相邻（有公共点）',
    'Rook (a common edge)': '车相邻（有公共边）',
    'Units': '单元',
    'units': '单元',
    'Workload per unit': '单元工作量',
    'Enterprises': '企业',
    'Enterprise weight': '企业权重',
    'Number of grids (0 = from the cap)': '网格数（0 = 按上限确定）',
    'Largest workload per grid (0 = none)': '每个网格最大工作量（0 = 不限）',
    "Today's grid": '现有网格',
    'Boundary (town)': '边界（乡镇）',
    'Contiguity': '相邻规则',
    'Balance target (± % of the mean)': '均衡目标（平均值的 ± %）',
    'Touching tolerance (m)': '相接容差（米）',
    'Random seed': '随机种子',
    'Units with their grid': '单元及所属网格',
    'Grids': '网格',
    'enterprises': '企业',
    'WORKLOAD is not a valid expression: {}': 'WORKLOAD 不是有效的表达式：{}',
    'Workload': '工作量',
    (
        '{} units grouped into {} contiguous grids; workloads within {:.1f} % of the mean (no grouping can do bette'
        'r than {:.1f} %); {} of {} grids within the target{}.'
    ):
        (
            '{} 个单元划分为 {} 个连通网格；工作量与平均值相差不超过 {:.1f} %（任何划分都不会优于 {:.1f} %）；{} 个'
            '（共 {} 个）网格达到均衡目标{}。'
        ),
    'Grid': '网格',
    'Share of the mean': '占平均值比例',
    'Area (km²)': '面积（km²）',
    'Units changed': '调整的单元',
    'Workload per grid (heaviest first)': '各网格工作量（由高到低）',
    '; {} units change grid': '；{} 个单元调整网格',
    'Supervision grids — {}': '监管网格 — {}',
    '{} grids over {} units': '{} 个网格，{} 个单元',
    'Mean workload per grid': '网格平均工作量',
    'Largest deviation from the mean': '与平均值的最大偏差',
    'Proven lower bound on that deviation': '该偏差的理论下界',
    'Heaviest grid': '工作量最大的网格',
    'Lightest grid': '工作量最小的网格',
    'Units changing grid': '调整网格的单元',
    'Workload per grid': '各网格工作量',
    (
        "The planner's trade-off: more grids lower each inspector's load; a tighter balance target moves more units"
        ' between grids.'
    ):
        (
            '规划中的权衡：网格越多，每名网格员任务越轻；均衡目标越严，需要在网格间调整的单元越多。'
        ),
    # ---- from river ------------------------------------------------------------------------------
    '{} line(s) are shorter than the node tolerance ({} m) or closed rings and were dropped.':
        (
            '{} 条线短于节点容差（{} 米）或为闭合环，已被舍弃。'
        ),
    (
        'No river line is longer than the node tolerance ({} m): the ends of every line were joined into one node. '
        'Lower the node tolerance (NODE_TOLERANCE).'
    ):
        (
            '没有长于节点容差（{} 米）的河流线：所有线的端点都被合并为同一个节点。请减小节点容差（NODE_TOLERANCE）。'
        ),
    'Monitoring sections (points).': '监测断面（点）。',
    'Section name/id field (for lists in the report).': '断面名称/编号字段（用于报告中的列表）。',
    'Monitoring sections': '监测断面',
    'Section name field': '断面名称字段',
    'Parameters to interpolate': '插值的指标',
    'Allow fields that are not GB 3838 items': '允许非 GB 3838 项目的字段',
    'Snapping tolerance': '捕捉容差',
    'Decay rates K (1/day)': '衰减系数 K（1/天）',
    'Calibrate K per reach': '逐河段率定 K',
    'Kriging covariates': '克里金协变量',
    'Fit kriging by REML': '用 REML 拟合克里金',
    'Water body': '水体类型',
    'The IDW distance power must be between 0.1 and 10 (got {}).': 'IDW 距离幂次必须在 0.1 到 10 之间（当前为 {}）。',
    'Reverse field': '反向字段',
    'true/1 where a line is drawn against the flow.': '线逆水流方向绘制时为 true/1。',
    'Elevation field': '高程字段',
    'Mean elevation of each line, or at its first vertex with the next field; corrects direction.':
        (
            '每条线的平均高程，与下一字段同用时为首节点高程；用于纠正流向。'
        ),
    'Elevation at the last vertex': '末节点高程',
    'Elevation at the last vertex: lines whose end is higher than their start are reversed.':
        (
            '末节点高程：终点高于起点的线将被反向。'
        ),
    'Discharge field (m³/s)': '流量字段（m³/s）',
    (
        'Discharge per reach (m³/s): mixing at confluences and outfalls. A field is a flow scenario (dry, normal, w'
        'et season).'
    ):
        (
            '各河段流量（m³/s）：用于汇流处和排污口的混合。一个字段代表一种流量情景（枯水期、平水期、丰水期）。'
        ),
    'Flow velocity per reach (m/s).': '各河段流速（m/s）。',
    'River lines digitised in flow direction (the reverse and elevation fields correct lines drawn against it).':
        (
            '沿水流方向数字化的河流线（反向字段和高程字段可纠正逆向绘制的线）。'
        ),
    'Kriging branch weight field': '克里金支流权重字段',
    'Branch weight for kriging (discharge or watershed area; default: discharge).':
        (
            '克里金的支流权重（流量或集水面积；默认：流量）。'
        ),
    'Default flow velocity (m/s) where the velocity field is empty.': '流速字段为空处使用的默认流速（m/s）。',
    'Node tolerance (m): line ends closer than this are joined.': '节点容差（米）：距离小于该值的线端点将被连接。',
    'Default velocity (m/s)': '默认流速（m/s）',
    'Node tolerance': '节点容差',
    # ---- from siting -----------------------------------------------------------------------------
    'Demand': '需求点',
    'Demand weight field': '需求权重字段',
    'Demand category field': '需求类别字段',
    'Category quotas': '类别覆盖配额',
    'Candidate sites': '候选站址',
    'Existing-station field': '已有站点字段',
    'Radius field (m)': '半径字段（m）',
    'New sites P': '新增站点数 P',
    'Minimum spacing (m)': '最小间距（m）',
    'Road network': '路网',
    'MIP gap': 'MIP 间隙',
    'Urban study area': '城市研究区域',
    'Population field': '人口字段',
    'Built-up area field (km²)': '建成区面积字段（km²）',
    'Built-up population': '建成区人口',
    'Built-up area (km²)': '建成区面积（km²）',
    'study area': '研究区域',
    'The coverage radius must be a number of metres, 0 or more.': '覆盖半径必须是不小于 0 的米数。',
    'The coverage radius must be 0 m or more (got {}).': '覆盖半径必须不小于 0 m（当前为 {}）。',
    'The number of new sites P must be 0 or more (got {}).': '新增站点数 P 必须不小于 0（当前为 {}）。',
    'The minimum spacing must be 0 m or more (got {}).': '最小间距必须不小于 0 m（当前为 {}）。',
    'The solver time limit must be at least 1 s (got {}).': '求解时间上限必须至少为 1 s（当前为 {}）。',
    'The MIP gap must be between 0 and 1 (got {}).': 'MIP 间隙必须在 0 到 1 之间（当前为 {}）。',
    'The built-up population must be 0 or more (got {}).': '建成区人口必须不小于 0（当前为 {}）。',
    'The built-up area must be 0 km² or more (got {}).': '建成区面积必须不小于 0 km²（当前为 {}）。',
    # ---- outfall and attribution ---------------------------------------------------------------------
    "History (hours)": "历史数据（小时）",
    "History (hourly readings)": "历史数据（逐时监测值）",
    (
        "0: no history. Otherwise the History table holds each station's hourly readings over the last this many "
        "hours (at most a leap year)."
    ): "0：不读取历史数据。否则历史数据表给出各站点最近这么多小时的逐时监测值（最多一个闰年）。",
    "History (hours) is set but the History table output is not: no history was read.":
        "已设置历史数据（小时），但未设置历史数据表输出：未读取历史数据。",
    "This platform's API has no history query: the History table is empty.":
        "该平台接口不支持历史数据查询：历史数据表为空。",
    "History (hours) is 0: the History table is empty.": "历史数据（小时）为 0：历史数据表为空。",
    "History (hours) must be between 0 and 8784 hours (a leap year), not {}.":
        "历史数据（小时）必须介于 0 到 8784 小时之间（一个闰年），当前为 {}。",
    "Reading {} hours of history of {} stations…": "正在读取 {} 小时的历史数据（{} 个站点）…",
    "No history for station {}: {}": "站点 {} 无历史数据：{}",
    'Segment length':
        '河段长度',
    (
        'Length (m) of the river segments of the SEGMENTS output (concentration and class before and after the '
        'allocation); longer segments give a smaller layer on a large network.'
    ):
        (
            'SEGMENTS 输出中河段的长度（米；分配前后的浓度和类别）；大河网上取较长的河段可使图层更小。'
        ),
    'The segment length must be at least 1 metre (got {}).':
        '河段长度必须至少为 1 米（当前为 {}）。',
    'Wind speed':
        '风速',
    'Wind direction':
        '风向',
    (
        'Wind from {} met station(s), each air station taking its nearest (at most {:.1f} km away): {} of {} readin'
        'gs found a wind report in their hour.'
    ):
        (
            '风向风速取自 {} 个气象站，每个空气站取最近的气象站（最远 {:.1f} km）：{} / {} 条读数在其所在小时找到了'
            '风观测。'
        ),
    "Wind from a separate layer is joined by the hour: set the readings' time field.":
        '另一图层的风数据按小时连接：请设置读数的时间字段。',
    'The wind layer has no met station with coordinates.':
        '风数据图层中没有带坐标的气象站。',
    'No wind report names a met station of the wind layer and has a time.':
        '没有一条风观测同时带有风数据图层中的气象站编码和时间。',
    'Background concentrations of {} at the sources cannot be negative (field {}).':
        '源头处 {} 的背景浓度不能为负（字段 {}）。',
    'Outfall minimum loads of {} must be ≥ 0 and not above the maximum loads.':
        '排污口 {} 的最小负荷必须 ≥ 0 且不高于最大负荷。',
    (
        'WIND (optional): wind reports of met stations (points with MET_STATION_FIELD, MET_TIME_FIELD, MET_DIRECTIO'
        'N_FIELD, MET_SPEED_FIELD). Each air station then takes the wind of its nearest met station in the same clo'
        'ck hour, and the readings need only the station, value and time fields. The report shows a polar plot per '
        'station.'
    ):
        (
            'WIND（可选）：气象站的风观测（点图层，含 MET_STATION_FIELD、MET_TIME_FIELD、MET_DIRECTION_FIELD、MET_S'
            'PEED_FIELD）。此时每个空气站取最近气象站同一整点小时的风，读数只需站点、数值和时间字段。报告为每个站点'
            '绘制一幅极坐标图。'
        ),
    (
        'River fields holding the background concentration at each source reach (the reaches where the network star'
        'ts): a pattern such as bg_{} (bg_CODMn …) or a list such as CODMn=bg_cod; TP=bg_tp. A null value takes the'
        ' background value above.'
    ):
        (
            '河流图层中保存各源头河段（河网起始的河段）背景浓度的字段：可写成模式，如 bg_{}（bg_CODMn …），或列表，'
            '如 CODMn=bg_cod; TP=bg_tp。空值取上面的背景浓度值。'
        ),
    'Minimum load fields per parameter (t/a)':
        '各指标最小负荷字段（t/a）',
    (
        'Outfall fields of the minimum load of each parameter (t/a): a pattern such as min_{} (min_CODMn, min_TP …;'
        ' parameters without such a field keep the field for every parameter) or a list such as CODMn=min_cod; TP=m'
        'in_tp. A null value takes the field for every parameter.'
    ):
        (
            '排污口图层中各指标最小负荷（t/a）的字段：可写成模式，如 min_{}（min_CODMn、min_TP …；没有对应字段的指'
            '标沿用适用于所有指标的字段），或列表，如 CODMn=min_cod; TP=min_tp。空值取适用于所有指标的字段。'
        ),
    'Maximum load fields per parameter (t/a)':
        '各指标最大负荷字段（t/a）',
    (
        'Outfall fields of the permitted load of each parameter (t/a): a pattern such as max_{} or a list such as C'
        'ODMn=permit_cod; TP=permit_tp. A null value takes the field for every parameter.'
    ):
        (
            '排污口图层中各指标许可负荷（t/a）的字段：可写成模式，如 max_{}，或列表，如 CODMn=permit_cod; TP=permit'
            '_tp。空值取适用于所有指标的字段。'
        ),
    'Background fields on the rivers (mg/L)':
        '河流背景浓度字段（mg/L）',
    'Met station code field':
        '气象站编码字段',
    'Met report time field':
        '风观测时间字段',
    'Met wind direction field (degrees from)':
        '气象站风向字段（来向，度）',
    'Met wind speed field (m/s)':
        '气象站风速字段（m/s）',
    (
        'Met-station wind reports (points, one per station and time). When given, each air station takes the wind o'
        'f its nearest met station in the same clock hour, and the wind fields of the readings are not needed (the '
        'time field is).'
    ):
        (
            '气象站风观测（点，每站每个时刻一条）。给出时，每个空气站取最近气象站同一整点小时的风，读数不再需要风向'
            '风速字段（但需要时间字段）。'
        ),
    (
        'Time of each wind report; the report of an hour is joined to the readings of that hour (the latest report '
        'of the hour when there are several).'
    ):
        '每条风观测的时间；某小时的观测连接到该小时的读数（同一小时有多条时取最晚的一条）。',
    'Wind from met stations (optional)':
        '气象站风数据（可选）',
    'A time window (START, END) or a wind layer needs TIME_FIELD.':
        '时间窗口（START、END）或风数据图层需要 TIME_FIELD。',
    'Set {}: the wind layer is read by met station, time, direction and speed.':
        '请设置 {}：风数据图层按气象站、时间、风向和风速读取。',
    '{}: {} is not one of the parameters ({}).':
        '{}：{} 不是所选指标之一（{}）。',
    'Allowable load (t/a)':
        '允许排放量（t/a）',
    'worse than V':
        '劣V',
    'Outfalls sized by their contribution at their worst checkpoint':
        '排污口符号大小表示其在最不利控制断面的贡献',
    'Small contribution':
        '贡献小',
    'Medium contribution':
        '贡献中等',
    'Large contribution':
        '贡献大',
    'Largest contribution':
        '贡献最大',
    'River class today ({})':
        '现状水质类别（{}）',
    'Checkpoint failing today':
        '现状超标的控制断面',
    'Checkpoint meeting its target':
        '达标的控制断面',
    'Outfall contributions ({})':
        '排污口贡献（{}）',
    '{}: sources at {} ({} mg/L, limit {} mg/L)':
        '{}：{} 处的来源构成（{} mg/L，限值 {} mg/L）',
    '{}: capacity against the safety margin':
        '{}：纳污能力随安全余量的变化',
    'Class {}':
        '{} 类',
    'Station':
        '站点',
    'Readings':
        '读数',
    'Calms':
        '静风',
    'Low threshold':
        '下限阈值',
    'High threshold':
        '上限阈值',
    'In the band':
        '区间内',
    'Flagged bins':
        '标记的分箱',
    'Readings used':
        '使用的读数',
    'Readings in':
        '输入的读数',
    'Calm readings (counted, not binned)':
        '静风读数（计数，不分箱）',
    'Stations':
        '站点数',
    'Met station':
        '气象站',
    'Met station distance (km)':
        '与气象站距离（km）',
    'Stations: percentile thresholds, calms and sample counts':
        '各站点：百分位阈值、静风和样本数',
    'Polar plots per station':
        '各站点极坐标图',
    '{}, percentile band {}, {} sectors':
        '{}，百分位区间 {}，{} 个扇区',
    'Top candidate sources':
        '最可能的候选污染源',
    (
        'Share of the readings from each direction (and speed bin) that lie in the {} percentile band; pale dashed '
        'bins hold fewer than {} readings.'
    ):
        '各风向（及风速分档）的读数中落在 {} 百分位区间内的比例；浅色虚线分箱的读数少于 {} 条。',
    "Polar plots of the first {} stations; the OUTPUT layer holds every station's.":
        '仅绘制前 {} 个站点的极坐标图；OUTPUT 图层包含全部站点。',
    '{} — {} readings, {} calm':
        '{} — {} 条读数，{} 条静风',
    'Rank':
        '排名',
    'Feature':
        '要素',
    'Score':
        '得分',
    'Stations pointing at it':
        '指向它的站点数',
    'Strongest station':
        '证据最强的站点',
    'Distance (km)':
        '距离（km）',
    # ---- from attribution ------------------------------------------------------------------------
    (
        '{} wind direction value(s) lie outside 0–360 degrees (for example {:g}); the wind direction must be the de'
        'grees the wind blows from, clockwise from north.'
    ):
        (
            '{} 个风向值超出 0–360 度范围（例如 {:g}）；风向应为风的来向，自正北顺时针计的度数。'
        ),
    (
        'The wind directions all lie between 0 and {:.3f} (2π) while spreading over {:.2f}: they look like radians.'
        ' Convert them to degrees (multiply by 180/π) and run again.'
    ):
        (
            '风向值全部位于 0 至 {:.3f}（2π）之间，跨度为 {:.2f}：看起来是弧度。请换算为度（乘以 180/π）后重新运行。'
        ),
    'Unknown statistic {}; use CPF or CBPF.': '未知的统计量 {}；请使用 CPF 或 CBPF。',
    'The parameters must be finite numbers.': '参数必须是有限数值。',
    'The percentile band {:g}–{:g} is not valid: use 0 ≤ low < high ≤ 100.':
        (
            '百分位区间 {:g}–{:g} 无效：应满足 0 ≤ 下限 < 上限 ≤ 100。'
        ),
    'Use between 4 and 72 direction sectors (16 or 36 are usual), not {}.':
        (
            '风向扇区数应在 4 到 72 之间（常用 16 或 36），而不是 {}。'
        ),
    'CBPF needs increasing positive wind-speed bin edges such as 2, 4, 6 (m/s).':
        (
            'CBPF 需要递增的正风速分档界限，例如 2, 4, 6（m/s）。'
        ),
    'Calm speed must be ≥ 0; maximum distance, wedge radius and cell size must be > 0.':
        (
            '静风风速须 ≥ 0；最大距离、扇形半径和网格大小须 > 0。'
        ),
    'The minimum number of samples per bin must be at least 1.': '每个分档的最少样本数至少为 1。',
    'No station has coordinates; the stations layer needs point geometries.': '没有站点具有坐标；站点图层需要点几何。',
    (
        'No reading can be used: {} have a null value, speed or direction, {} name no known station, {} lie outside'
        ' the time window.'
    ):
        (
            '没有可用的监测记录：{} 条的浓度、风速或风向为空，{} 条对应的站点不存在，{} 条不在时间窗口内。'
        ),
    (
        'All {} usable readings are calm (wind speed below {:g} m/s): the wind direction says nothing about the sou'
        'rce.'
    ):
        (
            '全部 {} 条可用记录均为静风（风速低于 {:g} m/s）：风向无法指示污染来源。'
        ),
    (
        'No non-calm reading lies in the {:g}–{:g} percentile band: the readings hold too few distinct values to at'
        'tribute (widen the band).'
    ):
        (
            '没有非静风记录落在 {:g}–{:g} 百分位区间内：监测值的不同取值太少，无法溯源（请放宽区间）。'
        ),
    'No candidate source lies within {:g} km of a station; raise the maximum distance.':
        (
            '没有候选污染源位于任一站点 {:g} km 范围内；请增大最大距离。'
        ),
    '{} reading(s) with a null value, wind speed or (non-calm) direction were left out.':
        (
            '{} 条浓度、风速或（非静风时）风向为空的记录已剔除。'
        ),
    '{} reading(s) name a station that is not in the stations layer (or has no coordinates) and were left out.':
        (
            '{} 条记录对应的站点不在站点图层中（或没有坐标），已剔除。'
        ),
    '{} reading(s) lie outside the time window or have no time.': '{} 条记录不在时间窗口内或没有时间，已剔除。',
    '{} station(s) have fewer than {} non-calm readings in the percentile band ({}): their CPF is uncertain.':
        (
            '{} 个站点位于百分位区间内的非静风记录少于 {} 条（{}）：其 CPF 不确定。'
        ),
    '{} station(s) have no usable non-calm reading ({}): no wedge is drawn for them.':
        (
            '{} 个站点没有可用的非静风记录（{}）：不为其绘制扇形。'
        ),
    '{} calm reading(s) (below {:g} m/s) were counted but not binned.':
        (
            '{} 条静风记录（低于 {:g} m/s）已计数，但未参与分档。'
        ),
    '{} bin(s) hold fewer than {} readings: flagged, and not used for the source area or the ranking.':
        (
            '{} 个分档的记录少于 {} 条：已标记，不用于源区计算和排序。'
        ),
    (
        'The source-area grid would exceed {} cells; it was not computed (use larger cells or a shorter maximum dis'
        'tance).'
    ):
        (
            '源区网格将超过 {} 个单元，未予计算（请增大网格或缩短最大距离）。'
        ),
    '{} candidate source(s) lie beyond {:g} km of every station: flagged, not ranked.':
        (
            '{} 个候选污染源距所有站点均超过 {:g} km：已标记，不参与排序。'
        ),
    '{} candidate source(s) have no emission value: they score 0.': '{} 个候选污染源没有排放量数值：得分为 0。',
    'Pollution source attribution (CPF/CBPF)': '污染来源解析（CPF/CBPF）',
    'Air quality': '环境空气质量',
    (
        'Which sources are upwind when the readings are high? For every station, the conditional probability functi'
        'on of wind direction (CPF, Ashbaugh 1985) or of direction and speed (CBPF, Uria-Tellaetxe & Carslaw 2014, '
        'as openair\'s polarPlot statistic "cpf"): the share of readings from each sector (and speed bin) whose val'
        "ue lies in the station's percentile band. Calms are counted, not binned; bins with fewer readings than the"
        ' minimum are flagged and not used.\n\nREADINGS: points, or a table joined to STATIONS by STATION_FIELD; VA'
        'LUE_FIELD the pollutant, WIND_DIRECTION_FIELD the degrees the wind blows from (clockwise from north; radia'
        'ns are detected and refused), WIND_SPEED_FIELD in m/s. TIME_FIELD with START/END restricts the series.\nOU'
        "TPUT: the polar wedges around each station. SOURCE_AREA: each station's CPF back-projected along its beari"
        'ngs within MAX_DISTANCE and summed. CANDIDATES_OUTPUT: candidate sources (polygons: centroids) ranked by t'
        "he excess of the CPF over each station's base rate, summed over the stations within MAX_DISTANCE that poin"
        't at them, times EMISSION_FIELD / its maximum when given.'
    ):
        (
            '监测值偏高时，哪些污染源位于上风向？对每个站点计算风向条件概率函数（CPF，Ashbaugh 1985）或风向-风速双'
            '变量条件概率函数（CBPF，Uria-Tellaetxe & Carslaw 2014，同 openair 的 polarPlot statistic "cpf"）：各风'
            '向扇区（及风速分档）内监测值落在该站点百分位区间的记录所占比例。静风记录计数但不分档；记录数少于最少样'
            '本数的分档被标记且不使用。\n\nREADINGS：点图层，或通过 STATION_FIELD 与 STATIONS 关联的表；VALUE_FIELD'
            ' 为污染物，WIND_DIRECTION_FIELD 为风的来向（度，自正北顺时针；会识别并拒绝弧度），WIND_SPEED_FIELD 单'
            '位 m/s。TIME_FIELD 配合 START/END 限定时段。\nOUTPUT：各站点周围的极坐标扇形。SOURCE_AREA：各站点的 CP'
            'F 沿方位在 MAX_DISTANCE 内反投影后求和。CANDIDATES_OUTPUT：候选污染源（面取质心）按指向它的、MAX_DISTA'
            'NCE 内各站点 CPF 超出其基础比率的部分之和排序，给定 EMISSION_FIELD 时再乘以排放量与最大值之比。'
        ),
    'Station code field': '站点编码字段',
    'Pollutant field': '污染物字段',
    'Wind direction field (degrees from)': '风向字段（来向，度）',
    'Wind speed field (m/s)': '风速字段（m/s）',
    'Time field': '时间字段',
    'Percentile band: low (%)': '百分位区间：下限（%）',
    'Percentile band: high (%)': '百分位区间：上限（%）',
    'Direction sectors': '风向扇区数',
    'Maximum source distance (km)': '污染源最大距离（km）',
    'Calm below (m/s)': '静风阈值（m/s）',
    'Minimum readings per bin': '每分档最少记录数',
    'Wedge radius on the map (m)': '地图上扇形半径（m）',
    'Source-area cell size (m)': '源区网格大小（m）',
    'Refuse source-area grids with more cells than': '源区网格单元数上限',
    'Time window: from': '时间窗口：起',
    'Time window: to': '时间窗口：止',
    'Source area': '潜在源区',
    'Ranked candidates': '候选污染源排序',
    (
        "Readings whose value lies above the station's low percentile and at or below its high percentile count as "
        'high (75–100 is usual; 90–100 isolates a single strong source). Percentiles are per station.'
    ):
        (
            '监测值高于站点下限百分位且不高于上限百分位的记录计为高值（常用 75–100；90–100 可突出单个强源）。百分位'
            '按站点分别计算。'
        ),
    (
        'Readings with a wind speed below this are calms: counted in the report, left out of the direction bins (th'
        'eir direction means nothing).'
    ):
        (
            '风速低于此值的记录为静风：在报告中计数，不参与风向分档（其风向没有意义）。'
        ),
    (
        'A bin with fewer readings is flagged (hatched on the map) and used neither for the source area nor for the'
        ' ranking.'
    ):
        (
            '记录数少于此值的分档被标记（地图上以斜线填充），不用于源区计算和排序。'
        ),
    'CBPF only: upper edges of the wind-speed bins, e.g. 2, 4, 6 gives the bins calm–2, 2–4, 4–6 and above 6 m/s.':
        (
            '仅用于 CBPF：风速分档的上界，例如 2, 4, 6 表示静风–2、2–4、4–6 和 6 m/s 以上四档。'
        ),
    (
        'A station gives evidence on candidate sources and grid cells up to this distance; candidates beyond it for'
        ' every station are flagged.'
    ):
        (
            '站点仅对此距离内的候选污染源和网格单元提供依据；距所有站点均超过此距离的候选源被标记。'
        ),
    'Pollution source attribution': '污染来源解析',
    'Readings (points or table)': '监测记录（点或表）',
    'Stations (points)': '站点（点）',
    'Statistic': '统计量',
    'CBPF speed-bin edges (m/s)': 'CBPF 风速分档界限（m/s）',
    'Candidate sources (points or polygons)': '候选污染源（点或面）',
    'Emission field': '排放量字段',
    'Polar wedges': '极坐标扇形',
    'READINGS is a table without points: give STATIONS too.': 'READINGS 是不含点几何的表：请同时提供 STATIONS。',
    'SPEED_BINS must be numbers separated by commas, e.g. 2, 4, 6.':
        (
            'SPEED_BINS 必须是以逗号分隔的数字，例如 2, 4, 6。'
        ),
    'Most likely source: feature {} ({} station(s) point at it).': '最可能的污染源：要素 {}（{} 个站点指向它）。',
    '{}: {{}} is not a usable number.': '{}：{{}} 不是可用的数值。',
    'Set {}: without it there is nothing to attribute.': '请设置 {}：缺少它无法进行溯源。',
    # ---- from qgisio -----------------------------------------------------------------------------
    (
        'Layer {} has an undefined coordinate reference system ({}); assign its real CRS (Layer Properties, Source)'
        ' before running.'
    ):
        (
            '图层 {} 的坐标参考系未定义（{}）；请先在“图层属性 → 源”中指定其实际坐标参考系再运行。'
        ),
    'The folder {} of output {} does not exist; create it or choose another one.':
        (
            '文件夹 {}（输出 {} 所在）不存在；请先创建该文件夹或另选位置。'
        ),
    (
        'Output {} would overwrite the input {} ({}); choose another file or a new layer name so that no input is r'
        'eplaced.'
    ):
        (
            '输出 {} 会覆盖输入 {}（{}）；请另选文件或使用新的图层名，以免替换任何输入。'
        ),
    'Outputs {} and {} would be written to the same place ({}); give each its own file or layer name.':
        (
            '输出 {} 和 {} 会写到同一位置（{}）；请为每个输出指定各自的文件或图层名。'
        ),
    '{} ({}) must be a finite number (got {}).': '{}（{}）必须是有限数值（当前为 {}）。',
    '{} ({}) must be at most {} (got {}).': '{}（{}）不能大于 {}（当前为 {}）。',
    '{} ({}) must be between {} and {} (got {}).': '{}（{}）必须介于 {} 与 {} 之间（当前为 {}）。',
    '{} ({}) must be at least {} (got {}).': '{}（{}）不能小于 {}（当前为 {}）。',
    # ---- from hotspot ----------------------------------------------------------------------------
    (
        'A distance band of {:g} m with {:g} m cells would need about {} of memory for the neighbour tables (limit '
        '{}). Use a distance band of a few cells (for example {:g} m).'
    ):
        (
            '{:g} m 的距离带配合 {:g} m 的网格，邻域表约需 {} 内存（上限 {}）。请使用几个网格宽的距离带（例如 {:g} '
            'm）。'
        ),
    'The grid origin must be a finite point (got {}, {}).': '网格原点必须是有限的点（当前为 {}, {}）。',
    (
        'The grid origin ({:g}, {:g}) is {:,.0f} km from the area of interest: cell numbers would exceed {:,}. Leav'
        'e the grid origin empty (0,0) or give a point near the area.'
    ):
        (
            '网格原点（{:g}, {:g}）距关注区域 {:,.0f} km：网格编号将超过 {:,}。请将网格原点留空（0,0）或给出区域附'
            '近的点。'
        ),
    (
        'The time values hold dates without a time of day (for example a Date field of a shapefile): hourly periods'
        ' put every reading at 00h. Choose a Period of Day or longer, or a date-and-time field.'
    ):
        (
            '时间值只有日期、没有时刻（例如 shapefile 的日期字段）：按小时统计会把所有读数归入 00 时。请将统计时段'
            '设为日或更长，或使用日期时间字段。'
        ),
    'Fewer than 3 cells have a value: Gi* cannot be computed.': '有值的网格少于 3 个：无法计算 Gi*。',
    (
        'Only {} cells hold an observation (at least {} are needed for a meaningful Gi*): the hot spots of so few c'
        'ells are not evidence. Use a raster surface (for example satellite PM2.5) or micro-sensor readings that co'
        'ver the area.'
    ):
        (
            '只有 {} 个网格有观测值（有意义的 Gi* 至少需要 {} 个）：这么少的网格得出的热点不能作为依据。请使用覆盖'
            '该区域的栅格面（例如卫星 PM2.5）或微型传感器数据。'
        ),
    '{} point(s) inside the grid have a null value and were skipped.': '网格内有 {} 个点的数值为空，已跳过。',
    (
        '{} cell(s) have no neighbour with a value within the neighbourhood; widen the Distance band or choose K ne'
        'arest cells. Filled cells are estimates and do not count as neighbours.'
    ):
        (
            '{} 个网格在邻域内没有有值的邻居；请加大距离带或选择 k 近邻网格。填充的网格是估计值，不计为邻居。'
        ),
    (
        'The raster window over the area ({:,} × {:,} pixels) is too large to read; use a coarser raster or a small'
        'er area.'
    ):
        (
            '区域上的栅格窗口（{:,} × {:,} 像元）过大，无法读取；请使用更粗分辨率的栅格或更小的区域。'
        ),
    'Side of a square cell, or distance between neighbouring hexagon centres, in metres.':
        (
            '正方形网格的边长，或相邻六边形中心之间的距离，单位为米。'
        ),
    (
        'Projected CRS in metres that fixes what a cell code means. Default: the CGCS2000 3-degree Gauss-Krüger zon'
        "e of the area's centre (EPSG:4534-4554), elsewhere the WGS 84 UTM zone; the input layers' own CRS never ch"
        'anges the codes.'
    ):
        (
            '以米为单位的投影坐标系，决定网格编码所指的位置。默认：区域中心所在的 CGCS2000 3 度高斯-克吕格分带（EPS'
            'G:4534–4554），其他地区为 WGS 84 UTM 分带；输入图层自身的坐标系不会改变编码。'
        ),
    (
        'Fixed corner of the cell lattice in the grid CRS (default 0,0); keep it the same between runs so that code'
        's stay comparable.'
    ):
        (
            '网格坐标系中网格格网的固定角点（默认 0,0）；各次运行保持不变，编码才可比较。'
        ),
    'Cut boundary cells to the area of interest (the output is then a MultiPolygon layer).':
        (
            '将边界网格裁剪到关注区域（此时输出为多面图层）。'
        ),
    'Monitoring readings or emission sources; each point of a multi-point counts.':
        (
            '监测读数或排放源；多点要素的每个点都单独计数。'
        ),
    'Numeric field to aggregate (not needed for Count).': '用于汇总的数值字段（计数时不需要）。',
    'Date/time or ISO 8601 text; enables Gi* per period, trends and emerging hot spots.':
        (
            '日期/时间或 ISO 8601 文本；启用逐时段 Gi*、趋势和新兴热点分析。'
        ),
    (
        'Zonal mean per cell, weighted by the area each pixel shares with the cell (e.g. satellite PM2.5); the cell'
        ' value when no readings are given.'
    ):
        (
            '每个网格的分区均值，按像元与网格的重叠面积加权（例如卫星 PM2.5）；未提供读数时作为网格值。'
        ),
    (
        'Give empty cells an inverse-distance estimate for the map (flag filled = 1). Filled cells are not observat'
        'ions: they get no Gi* and do not count in the false discovery rate.'
    ):
        (
            '为空网格给出反距离加权估计值用于制图（标志 filled = 1）。填充的网格不是观测值：不计算 Gi*，也不计入错'
            '误发现率。'
        ),
    'Cells whose centres are within this distance are neighbours (the cell included).':
        (
            '中心在此距离内的网格互为邻居（包括网格自身）。'
        ),
    'Number of nearest cells with a value, for K nearest cells.': 'k 近邻网格方式下有值的最近网格数。',
    'Benjamini-Hochberg correction of the Gi* p-values of the observed cells.':
        (
            '对有观测值网格的 Gi* p 值进行 Benjamini-Hochberg 校正。'
        ),
    'Level (alpha) at which a cell is marked significant (fdr_sig).': '网格标记为显著（fdr_sig）的水平（alpha）。',
    'Area of interest': '关注区域',
    'Cell size (m)': '网格尺寸（m）',
    'Grid CRS': '网格坐标系',
    'Grid origin': '网格原点',
    'Clip cells to the area': '将网格裁剪到区域',
    'Maximum number of cells': '网格数上限',
    'Readings (points)': '读数（点）',
    'Value field': '数值字段',
    'Aggregation': '汇总方式',
    'Raster surface': '栅格面',
    'Fill empty cells (IDW)': '填充空网格（IDW）',
    'Distance band (m)': '距离带（m）',
    'Nearest cells (k)': '最近网格数（k）',
    'False discovery rate correction': '错误发现率校正',
    'Significance level': '显著性水平',
    'Top % flagged': '标记前 %',
    'The grid CRS {} is not in metres; choose a projected CRS.': '网格坐标系 {} 的单位不是米；请选择投影坐标系。',
    'Could not write the features of {}: {}': '无法写入 {} 的要素：{}',
    'Raster band {} does not exist: the raster has {} band(s).': '栅格波段 {} 不存在：该栅格只有 {} 个波段。',
    # ---- from hotspot (.ts) ----------------------------------------------------------------------
    (
        'Builds a square or hexagonal supervision grid (500-2000 m cells) over an area of interest, anchored to a f'
        'ixed origin in a fixed grid CRS so that each cell keeps its code (for example S1000E512N3012) in every run'
        ' and every month. Point readings are aggregated per cell, optionally with the area-weighted zonal mean of '
        'a raster such as a satellite PM2.5 surface.\n\nHot spots: Getis-Ord Gi* with binary weights that include t'
        'he cell itself, on the cells that hold an observation (filled cells are estimates and never count), Benjam'
        'ini-Hochberg false discovery rate correction, confidence bins -3..3, rank, percentile and a top N % flag. '
        "With a time field: Gi* per period, the Mann-Kendall trend of each cell's z-scores and an emerging hot spot"
        ' category.\n\nOutputs: the grid cells, optionally one row per cell and period, and a REPORT naming the gri'
        'd CRS with counts per bin and category, the top cells and the runtime. No input layer is modified.'
    ):
        (
            '在关注区域上构建正方形或六边形监管网格（500–2000 m），网格锚定在固定网格坐标系的固定原点上，因此每个网'
            '格在每次运行、每个月都保持同一编码（例如 S1000E512N3012）。点位读数按网格汇总，可同时计算栅格（如卫星 '
            'PM2.5 面）按面积加权的分区均值。\n\n热点：Getis-Ord Gi*，二元权重并包含网格自身，只在有观测值的网格上'
            '计算（填充的网格是估计值，从不计入），Benjamini-Hochberg 错误发现率校正，置信度分级 -3..3，排名、百分'
            '位及前 N % 标志。有时间字段时：逐时段 Gi*、每个网格 z 值的 Mann-Kendall 趋势及新兴热点类别。\n\n输出：'
            '网格，可选的每个网格每个时段一行的图层，以及注明网格坐标系的 REPORT，含各分级和类别的计数、排名靠前的'
            '网格及运行时间。不修改任何输入图层。'
        ),
    'Refuse grids with more cells than this, before anything is allocated.': '网格数超过此值时在分配内存之前拒绝。',
    'Flag the top N % of cells by value (bureau ranking).': '按数值标记排前 N % 的网格（部门排名）。',
    # ---- river parameters in metres --------------------------------------------------------------
    'Snapping tolerance (m): sections farther from any river are left out':
        (
            '捕捉容差（米）：距任何河流更远的断面将被排除'
        ),
    'Segment length (m): each reach is cut into output segments of this length':
        (
            '分段长度（米）：每个河段按此长度切分为输出分段'
        ),
    # ---- provider --------------------------------------------------------------------------------
    'Algorithm {} could not be loaded: {}': '算法 {} 无法加载：{}',
    # ---- from emergency --------------------------------------------------------------------------
    'Distances must be zero or more finite metres (got {}).': '距离必须是大于或等于零的有限米数（当前为 {}）。',
    'The service-area polygon buffer must be more than zero metres.': '服务区面的缓冲距离必须大于零米。',
    'Response-time threshold {} min is longer than a week ({:g} min); give minutes, e.g. 30,60.':
        (
            '响应时间阈值 {} 分钟超过一周（{:g} 分钟）；请以分钟填写，例如 30,60。'
        ),
    'Speeds by road class must be positive km/h (bad class: {}).': '各道路等级速度必须为正的 km/h（有误的等级：{}）。',
    (
        'No road segment is left once vertices closer than {:g} m are merged: the snapping tolerance is as long as '
        'the roads. Use a smaller snapping tolerance (e.g. 1 m).'
    ):
        (
            '合并相距小于 {:g} 米的顶点后已没有任何路段：捕捉容差与道路一样长。请使用更小的捕捉容差（例如 1 米）。'
        ),
    'Road vertices closer than this (metres) become one node; keep it well below the road lengths.':
        (
            '相距小于该值（米）的道路顶点合并为一个节点；该值应远小于道路长度。'
        ),
    'Speeds by road class': '各道路等级速度',
    'Road class field': '道路等级字段',
    'One-way field': '单行字段',
    'Default speed (km/h)': '默认速度（km/h）',
    'Maximum snap distance (m)': '最大捕捉距离（m）',
    'Readiness field (min)': '准备时间字段（分钟）',
    'Teams field': '队伍数字段',
    'Thresholds (min)': '阈值（分钟）',
    'Required responders': '所需响应队伍数',
    'Polygon buffer': '面缓冲距离',
    'The parameter {} must be a finite number (got {{}}).': '参数 {} 必须是有限数值（当前为 {{}}）。',
    # ---- from cloud ------------------------------------------------------------------------------
    (
        'Pulls the latest value of every air and surface-water automatic station from the eco-cloud platform into a'
        ' point layer with one row per station and parameter.\n\nURL: the service root, e.g. https://host/FROST-Ser'
        'ver/v1.1 for an OGC SensorThings API v1.1 service, or the OpenAQ v3 root.\nAPI type: SensorThings (Things,'
        ' Locations, Datastreams, Observations; latest values in one $expand request per page), OpenAQ v3 (X-API-Ke'
        "y, 60 requests per minute) or Generic JSON: a provincial platform's own JSON read through a field mapping."
        '\nField mapping (Generic JSON only): the mapping as JSON text or the path of a .json file, e.g. {"records"'
        ': "data.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "paramete'
        'rs": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}; layout wide (one field per parameter) or long (param'
        'eter, value and unit fields); times without an offset are China Standard Time (+08:00) unless "timezone" s'
        'ays otherwise. See docs/live_stations.md.\nAuthentication: a QGIS authentication configuration; the secret'
        ' stays in the QGIS authentication database and is never written to outputs or logs.\nNetwork: air stations'
        ', water stations or both. Extent: keep stations inside it (optional).\nStale after (hours): a reading olde'
        'r than this is flagged stale=1.\nTimeout: the deadline of each request, retries included. Credentials go o'
        "nly to the service URL's own server; links and redirects elsewhere are not followed unless allowed (advanc"
        'ed), and never with credentials; only http and https links are read; replies larger than the size limit ar'
        'e refused.\n\nEach air station is classified by its real-time AQI (HJ 633, 1-h values) into the six AQI ca'
        'tegories; each water station by the GB 3838-2002 single-factor class of its latest values. Gas concentrati'
        'ons in ppm/ppb are converted to µg/m³ at 25 °C and 101.325 kPa.\n'
        'History (hours, advanced): with a History table output, the hourly readings of every fetched station '
        'over the last this many hours: one row per station and hour (UTC) with every parameter, the wind (WD, '
        'WS) included, in its own field, the readings table of the source attribution.\n'
        'The report lists stations received and ke'
        'pt, stations without location, stale rows, stations per class, HTTP requests and warnings (page caps, repe'
        'ated links, fallbacks).'
    ):
        (
            '从生态环境云平台获取所有环境空气和地表水自动站的最新监测值，生成点图层，每个站点的每项监测参数一行。\n'
            '\nURL：服务根地址，例如 OGC SensorThings API v1.1 服务的 https://host/FROST-Server/v1.1，或 OpenAQ v3 '
            '的根地址。\nAPI 类型：SensorThings（Things、Locations、Datastreams、Observations；每页用一次 $expand '
            '请求获取最新值）、OpenAQ v3（X-API-Key，每分钟 60 次请求）或通用 JSON：通过字段映射读取省级平台自有格'
            '式的 JSON。\n字段映射（仅用于通用 JSON）：以 JSON 文本或 .json 文件路径给出映射，例如 {"records": "dat'
            'a.list", "station_code": "stationCode", "lon": "lon", "lat": "lat", "time": "monitorTime", "parameters'
            '": {"PM2.5": "pm25"}, "units": {"PM2.5": "ug/m3"}}；数据布局可为宽表（每项参数一个字段）或长表（参数、'
            '数值和单位字段）；未带时区偏移的时间按北京时间（+08:00）处理，除非 "timezone" 另有指定。详见 docs/live'
            '_stations.md。\n认证：QGIS 认证配置；密钥保存在 QGIS 认证数据库中，绝不会写入输出或日志。\n监测网络：'
            '空气站、水质站或两者。范围：仅保留范围内的站点（可选）。\n数据过期时限（小时）：早于该时限的读数标记为'
            ' stale=1。\n超时：每次请求的总时限，包括重试。凭据只发送给服务 URL 所在的服务器；指向其他服务器的链接'
            '和重定向不会被跟随（除非在高级参数中允许），且绝不携带凭据；只读取 http 和 https 链接；超过大小上限的'
            '响应将被拒绝。\n\n每个空气站按实时空气质量指数 AQI（HJ 633，1 小时值）划分为六个 AQI 类别；每个水质站'
            '按其最新监测值以 GB 3838-2002 单因子评价法确定水质类别。以 ppm/ppb 表示的气态污染物浓度按 25 °C、101.3'
            '25 kPa 换算为 µg/m³。\n'
            '历史数据（小时，高级）：设置历史数据表输出时，给出所获取各站点最近这么多小时的逐时监测值：每个站点每小时一行'
            '（UTC），每项参数（含风向 WD、风速 WS）各占一个字段，即污染源解析的监测数据表。\n'
            '报告列出接收和保留的站点数、无位置信息的站点、过期记录、各类别站点数、HTTP 请求'
            '数以及警告（分页上限、重复链接、回退处理）。'
        ),
    'Layer': '图层',
    'Cancel': '取消',
    'One point per station and parameter': '每个站点每项参数一个点',
    'One point per station (values as fields)': '每个站点一个点（各参数值为字段）',
    'Cancelling…': '正在取消…',
    'Connecting to {}…': '正在连接 {}…',
    'Waiting for {}: {:.0f} s, request {} (at most {:.0f} s each; Cancel stops).':
        (
            '正在等待 {}：已 {:.0f} 秒，第 {} 次请求（每次请求最长 {:.0f} 秒；点击“取消”可停止）。'
        ),
    '{} stations, {} values at {} ({} requests).': '{} 个站点，{} 个数值，时间 {}（{} 次请求）。',
    'The server has no readings in this window.': '服务器在该时间窗口内没有读数。',
    "Refresh to see this server's stations.": '请刷新以查看该服务器的站点。',
    'The stations shown are from {}, not from {}.': '当前显示的站点来自 {}，而非 {}。',
    'Live stations from {} (not current)': '来自 {} 的实时站点（非当前数据）',
    'Live stations (as of {})': '实时站点（截至 {}）',
    'No history: the server did not answer, the stations shown are the last snapshot ({}).':
        (
            '无历史数据：服务器未响应，当前显示的是最近一次快照（{}）。'
        ),
    'Dissolved oxygen': '溶解氧',
    'Permanganate index': '高锰酸盐指数',
    'Ammonia nitrogen': '氨氮',
    'Total phosphorus': '总磷',
    'Total nitrogen': '总氮',
    'Turbidity': '浊度',
    'Water temperature': '水温',
    'Air temperature': '气温',
    'Relative humidity': '相对湿度',
    '{}; stopped paging after {} pages': '{}；已在 {} 页后停止翻页',
    (
        'no answer from {} after waiting {:.1f} s in all (attempts: {}; the timeout covers the whole request, retri'
        'es included)'
    ):
        (
            '{} 无应答，共等待 {:.1f} 秒（尝试次数：{}；超时时限涵盖整个请求，包括重试）'
        ),
    'the server at {} sent a web page instead of JSON: check the URL': '{} 的服务器返回的是网页而不是 JSON：请检查 URL',
    'the server at {} sent a login page instead of JSON: check the URL and the authentication configuration':
        (
            '{} 的服务器返回的是登录页面而不是 JSON：请检查 URL 和认证配置'
        ),
    'the reply from {} is JSON nested too deeply to be station data': '{} 的响应 JSON 嵌套层级过深，不可能是站点数据',
    'connection cut: the JSON from {} ends after {} bytes, in the middle of the reply':
        (
            '连接中断：来自 {} 的 JSON 在 {} 字节处中途结束'
        ),
    'more than {} redirects from {}': '重定向超过 {} 次（{}）',
    'the reply from {} is not valid {} text': '{} 的响应不是有效的 {} 文本',
    'the reply from {} is neither UTF-8 nor GB18030 text': '{} 的响应既不是 UTF-8 也不是 GB18030 文本',
    'The longest one request may take, retries and waits included; the message says how long it waited.':
        (
            '单次请求的最长时间，包括重试和等待；出错信息会说明已等待多久。'
        ),
    (
        'Per parameter: a value, unit and parameter field (the long table). Per station: one point per station with'
        ' the latest value of every parameter as a field (PM2_5, NH3N …).'
    ):
        (
            '按参数：包含数值、单位和参数字段（长表）。按站点：每个站点一个点，各参数的最新值作为字段（PM2_5、NH3N '
            '…）。'
        ),
    'A reply larger than this (decoded) is refused, so that a faulty or hostile server cannot exhaust the memory.':
        (
            '解码后大于该值的响应将被拒绝，以免故障或恶意服务器耗尽内存。'
        ),
    (
        "Off: only links and redirects to the service URL's own server (scheme, host and port) are followed. On: li"
        'nks to other servers are followed too, always without the credentials.'
    ):
        (
            '关闭：只跟随指向服务 URL 所在服务器（协议、主机和端口相同）的链接和重定向。开启：也跟随指向其他服务器'
            '的链接，但始终不携带凭据。'
        ),
    'Timeout (seconds)': '超时（秒）',
    'Layer layout': '图层布局',
    'Largest reply (MiB)': '最大响应（MiB）',
    'Follow links to other servers': '跟随指向其他服务器的链接',
    'Stale after must be a finite number of hours ≥ 0, not {}.': '数据过期时限必须是 ≥ 0 的有限小时数，而不是 {}。',
    'The timeout must be a finite number of seconds ≥ 1, not {}.': '超时必须是 ≥ 1 的有限秒数，而不是 {}。',
    'The largest reply must be a finite number of MiB ≥ 0.1, not {}.':
        (
            '最大响应必须是 ≥ 0.1 的有限 MiB 数，而不是 {}。'
        ),
    # ---- hotspot grid centre ---------------------------------------------------------------------
    'The area of interest has no polygon with a usable geometry (its centre is {}, {}).':
        (
            '关注区域没有几何可用的面（其中心为 {}, {}）。'
        ),
    # ---- spill warning wrapper -----------------------------------------------------------------------
    "Peak (mg/L) and class": "峰值（mg/L）及类别",
    "Reached, below the limit": "已到达，未超标",
    "Downstream, beyond the horizon": "位于下游，模拟时长内未到达",
    "Not computed on the path": "路径上无法计算",
    "Not in the path": "不在污染带路径上",
    "Peak above 10 × the limit": "峰值超过限值 10 倍",
    "Peak 1–10 × the limit": "峰值为限值的 1–10 倍",
    "Peak 10–100 % of the limit": "峰值为限值的 10–100 %",
    "Peak below 10 % of the limit": "峰值低于限值的 10 %",
    "Not reached within the horizon": "模拟时长内未到达",
    'Start time field': '开始时间字段',
    'Start of each spill (date and time; empty: the start above).':
        '各事故的排放开始时间（日期时间；空：取上面的开始时间）。',
    '; per receptor from its field where given': '；各敏感目标有字段值时取其字段值',
    'Concentration (mg/L)': '浓度（mg/L）',
    'Choose a DISCHARGE_FIELD: the concentration is the spilled mass flux divided by the discharge (m³/s).':
        '请选择流量字段（DISCHARGE_FIELD）：浓度等于泄漏物质通量除以流量（m³/s）。',
    'There is no receptor (intake or monitoring section) with a usable point.':
        '没有具有可用点位的敏感目标（取水口或监测断面）。',
    '{} receptor(s) lie farther than {} m from any river: {}.': '{} 个敏感目标距任何河流超过 {} m：{}。',
    'No receptor is reached within the HORIZON of {} h: the first receptor downstream is reached after about {}'
    ' h. Lengthen HORIZON.':
        '在 {} h 的模拟时长（HORIZON）内没有敏感目标被到达：下游第一个敏感目标约在 {} h 后到达。请延长 HORIZON。',
    'The receptor class field is ignored: {} is not a GB 3838 item.': '敏感目标类别字段被忽略：{} 不是 GB 3838 项目。',
    'Spill early warning along the rivers': '突发水污染沿河预警',
    'When a tanker overturns into a river or an outfall fails: which drinking-water intakes and monitoring sect'
    'ions lie in the path, when the leading edge and the peak arrive, how high the peak is and how long the wat'
    'er stays above the limit — so that intakes are closed in time.\n\nModel: 1-D advection–dispersion with fir'
    'st-order decay along the directed river network. On a uniform reach C(x,t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4'
    'Et))·exp(−kt), A = Q/u; a release of finite duration is the exact continuous load of that duration. Across'
    ' reaches travel time and temporal variance add (τ = Σ L/u, σ² = Σ 2EL/u³); the added flow at confluences d'
    "ilutes the plume.\n\nDispersion E per reach: the dispersion field, else Fischer's E = 0.011·u²·B²/(h·u*), "
    'u* = √(g·h·S), from the width, depth and slope fields, else the default. The discharge field is the flow s'
    'cenario (dry, normal, wet season, or a live gauge value): rerun with another field.\n\nReceptors downstrea'
    'm get the arrival, peak, exceedance and the time left to act; the others say why they are not reached (ups'
    'tream, another branch, a separate network, beyond the horizon, too far from a river). Times are local, wit'
    'h hours after the start in the layers.':
        '危化品槽车翻入河道或排污口发生事故时：哪些饮用水取水口和监测断面在污染路径上，污染团前锋和峰值何时到达，峰'
        '值多高，超标持续多久——以便及时关闭取水口。\n\n模型：沿有向河网的一维对流–扩散方程，含一级衰减。均匀河段上 '
        'C(x,t) = M/(A·√(4πEt))·exp(−(x−ut)²/(4Et))·exp(−kt)，A = Q/u；有限时长排放按该时长内连续负荷的精确解计算。'
        '跨河段时传播时间和时间方差相加（τ = Σ L/u，σ² = Σ 2EL/u³）；汇流处汇入流量稀释污染团。\n\n各河段离散系数 E'
        '：取离散系数字段，否则按 Fischer 公式 E = 0.011·u²·B²/(h·u*)，u* = √(g·h·S)，由河宽、水深和比降字段估算，'
        '否则取默认值。流量字段即流量情景（枯水期、平水期、丰水期或实时水文站流量）：换一个字段重新运行。\n\n下游敏'
        '感目标给出到达时间、峰值、超标情况和剩余处置时间；其余敏感目标说明未到达的原因（上游、其他支流、独立河网、'
        '超出模拟时长、距河流太远）。时间为本地时间，图层中另给出开始后的小时数。',
    "Dispersion (m²/s) of reaches without a field value or Fischer's estimate.":
        '无字段值也无 Fischer 估算值的河段采用的离散系数（m²/s）。',
    'Spill points (one or several incidents).': '事故点（一个或多个事故）。',
    'Spill name for the tables.': '事故名称，用于表格。',
    'Mass of pollutant that reaches the water (kg).': '进入水体的污染物质量（kg）。',
    'Mass per spill (kg); replaces the mass.': '各事故点的质量（kg）；替代上面的质量。',
    '0 = instantaneous; otherwise a constant release over this many minutes.':
        '0 为瞬时排放；否则为在该分钟数内的恒定排放。',
    'Release duration per spill (min).': '各事故点的排放持续时间（分钟）。',
    'When the release starts (local time; empty: now).': '排放开始时间（本地时间；空：现在）。',
    'A GB 3838 item (NH3N, CODMn, petroleum, volatile phenol, Cr6 …) or a free name with a limit.':
        'GB 3838 项目（NH3N、CODMn、石油类、挥发酚、六价铬……）或给出限值的自定义名称。',
    'Limit (mg/L); empty: the GB 3838 limit of the target class.': '限值（mg/L）；空：目标类别的 GB 3838 限值。',
    'First-order decay rate k (1/day); 0 for a conservative pollutant.': '一级衰减系数 k（1/d）；保守物质为 0。',
    'Class whose limit applies where no limit is given.': '未给出限值时采用其限值的类别。',
    'Drinking-water intakes and monitoring sections (points).': '饮用水取水口和监测断面（点）。',
    'Spills and receptors farther than this from any river (m) are reported, not computed.':
        '距任何河流超过该距离（m）的事故点和敏感目标只报告、不计算。',
    'Step of the breakthrough curves (min); peaks and crossings are refined between steps.':
        '浓度过程线的步长（分钟）；峰值和穿越时刻在步长之间精化。',
    'Hours simulated after the start.': '开始后模拟的小时数。',
    'Length of the output river segments (m).': '输出河段单元的长度（m）。',
    'Spills': '事故点',
    'Receptors': '敏感目标',
    'Dispersion field (m²/s)': '离散系数字段（m²/s）',
    'Longitudinal dispersion per reach (m²/s).': '各河段纵向离散系数（m²/s）。',
    'Width field (m)': '河宽字段（m）',
    "Channel width B (m), for Fischer's estimate.": '河宽 B（m），用于 Fischer 估算。',
    'Depth field (m)': '水深字段（m）',
    "Mean depth h (m), for Fischer's estimate.": '平均水深 h（m），用于 Fischer 估算。',
    'Slope field (m/m)': '比降字段（m/m）',
    "Bed slope S (m/m), for Fischer's estimate.": '河床比降 S（m/m），用于 Fischer 估算。',
    'Default dispersion (m²/s)': '默认离散系数（m²/s）',
    'Spill name field': '事故名称字段',
    'Spilled mass (kg)': '泄漏质量（kg）',
    'Mass field (kg)': '质量字段（kg）',
    'Release duration (min)': '排放持续时间（分钟）',
    'Duration field (min)': '持续时间字段（分钟）',
    'Start of the spill': '排放开始时间',
    'Pollutant': '污染物',
    'Decay rate (1/d)': '衰减系数（1/d）',
    'Receptor name field': '敏感目标名称字段',
    'Receptor name for the tables.': '敏感目标名称，用于表格。',
    'Receptor limit field (mg/L)': '敏感目标限值字段（mg/L）',
    'Limit per receptor (mg/L).': '各敏感目标的限值（mg/L）。',
    'Receptor class field': '敏感目标类别字段',
    'GB 3838 class per receptor (I–V).': '各敏感目标的 GB 3838 类别（I–V）。',
    'Time step (min)': '时间步长（分钟）',
    'Horizon (h)': '模拟时长（h）',
    'Receptors with arrival and peak': '敏感目标到达时间与峰值',
    'Plume along the river': '沿河污染团',
    'Breakthrough curves': '浓度过程线',
    'Choose a discharge field: the concentration is the spilled mass flux divided by the discharge (m³/s).':
        '请选择流量字段：浓度等于泄漏物质通量除以流量（m³/s）。',
    'given': '给定',
    'the default velocity': '默认流速',
    'The spilled mass must be a positive number of kg (got {}).': '泄漏质量必须为正的千克数（当前为 {}）。',
    'HORIZON must be a positive number of hours (got {}).': 'HORIZON 必须为正的小时数（当前为 {}）。',
    'GB 3838 class {}': 'GB 3838 {}类',
    '{} has no usable point geometry.': '{} 没有可用的点几何。',
    'Model: 1-D advection–dispersion with decay along the directed network, complete mixing over the cross-sect'
    'ion and at confluences; a finite release is the continuous load of that duration.':
        '模型：沿有向河网的一维对流–扩散方程，含衰减，断面和汇流处完全混合；有限时长排放按该时长内的连续负荷计算。',
    'Spill early warning': '突发水污染预警',
    'No receptor is reached within the {} h horizon.': '在 {} h 的模拟时长内没有敏感目标被到达。',
    'limit': '限值',
    'Receptor': '敏感目标',
    'Status': '状态',
    'Arrival': '到达',
    'Peak': '峰值',
    'Class': '类别',
    'Above the limit': '超标时长',
    'Act by': '最迟处置',
    'Receptors in order of arrival': '按到达顺序的敏感目标',
    'Assumptions': '假设',
    'Receptors reached within the horizon': '模拟时长内到达的敏感目标',
    'Receptors above the limit': '超标的敏感目标',
    'River length reached downstream': '下游受影响河长',
    '{} is reached first, in {} h; no receptor exceeds its limit (highest peak {} mg/L).':
        '{} 最先到达，{} h 后；没有敏感目标超过限值（最高峰值 {} mg/L）。',
    'Hours after the spill (start {})': '事故后小时数（开始于 {}）',
    'Pollutant {}; limit {} mg/L ({}).': '污染物 {}；限值 {} mg/L（{}）。',
    'Flow field: discharge from {}, velocity from {}.': '流量情景：流量取自 {}，流速取自 {}。',
    "Dispersion coefficient per reach: {} from a field, {} by Fischer's formula E = 0.011·u²·B²/(h·u*), {} the "
    'default of {} m²/s, {} without.':
        '各河段离散系数：{} 个取自字段，{} 个按 Fischer 公式 E = 0.011·u²·B²/(h·u*) 估算，{} 个取默认值 {} m²/s，{}'
        ' 个缺失。',
    'First-order decay {} 1/d; leading edge at {} % of the limit; horizon {} h at {} min steps.':
        '一级衰减 {} 1/d；前锋为限值的 {} %；模拟时长 {} h，步长 {} 分钟。',
    '{} — {} spill(s), {} receptor(s)': '{}——{} 个事故，{} 个敏感目标',
    '{} is reached in {} h, above the limit for at least {} h (still above at the horizon) — close it by {}.':
        '{} {} h 后到达，超标至少 {} h（模拟结束时仍超标）——须在 {} 前关闭。',
    '{} is reached in {} h, above the limit for {} h — close it by {}.': '{} {} h 后到达，超标 {} h——须在 {} 前关闭。',
    'Breakthrough at {}': '{} 浓度过程线',
    '{} receptors in all exceed the limit.': '共有 {} 个敏感目标超过限值。',
    'Times in {}; hours after the spill in the layers and the JSON report.':
        '时间为 {}；图层和 JSON 报告中另给出事故后的小时数。',
    # ---- from spill ------------------------------------------------------------------------------
    'reached': '已到达',
    'downstream, reached after the horizon': '位于下游，模拟时长之后到达',
    'downstream, below 1 % of the limit': '位于下游，浓度低于限值的 1 %',
    'upstream of the spill': '位于泄漏点上游',
    'on another branch': '位于其他支流',
    'on a separate river network': '位于另一独立水系',
    'farther than the snapping tolerance from any river': '距河流超过捕捉容差',
    'no velocity on the path': '流经河段缺少流速',
    'no discharge on the path': '流经河段缺少流量',
    'no dispersion coefficient on the path': '流经河段缺少弥散系数',
    (
        'The HORIZON of {} h is too short: the plume reaches nothing downstream within it (the first receptor downs'
        'tream is reached after about {} h). Lengthen HORIZON.'
    ):
        (
            '模拟时长 HORIZON 为 {} 小时，过短：在此时间内污染团未到达下游任何对象（下游第一个受体约在 {} 小时后到'
            '达）。请延长 HORIZON。'
        ),
    (
        'The HORIZON of {} h is too short: the plume reaches nothing downstream within it (after about {} h). Lengt'
        'hen HORIZON.'
    ):
        (
            '模拟时长 HORIZON 为 {} 小时，过短：在此时间内污染团未到达下游任何对象（约需 {} 小时）。请延长 HORIZON。'
        ),
    '{} is not a pollutant that a spill raises; choose another item or give LIMIT.':
        (
            '{} 不是泄漏会升高的污染物指标；请选择其他指标或给出限值 LIMIT。'
        ),
    "'{}' is not a GB 3838 item; give its LIMIT in mg/L. GB 3838 items: {}":
        (
            '“{}”不是 GB 3838 的项目；请给出其限值 LIMIT（mg/L）。GB 3838 项目：{}'
        ),
    'HORIZON must be a positive number of hours.': '模拟时长 HORIZON 必须是正的小时数。',
    'TIME_STEP must be a positive number of minutes.': '时间步长 TIME_STEP 必须是正的分钟数。',
    'TIME_STEP ({} min) is longer than the HORIZON ({} h).':
        (
            '时间步长 TIME_STEP（{} 分钟）长于模拟时长 HORIZON（{} 小时）。'
        ),
    '{} time steps are too many (at most {}): lengthen TIME_STEP or shorten HORIZON.':
        (
            '时间步数 {} 过多（最多 {}）：请加大 TIME_STEP 或缩短 HORIZON。'
        ),
    'DECAY_RATE must be zero or a positive number (1/day).': '降解系数 DECAY_RATE 必须为零或正数（1/d）。',
    'LIMIT must be a positive concentration in mg/L (got {}).': '限值 LIMIT 必须是正的浓度（mg/L），当前为 {}。',
    'The leading-edge fraction must lie between 0 and 1.': '前锋判定比例必须介于 0 和 1 之间。',
    'There is no spill.': '没有泄漏点。',
    'The spilled mass must be a positive number of kg (spill {}: {}).': '泄漏量必须是正的千克数（泄漏点 {}：{}）。',
    'The release duration must be zero (instantaneous) or positive (spill {}).':
        (
            '排放历时必须为零（瞬时）或正数（泄漏点 {}）。'
        ),
    'Spill {} has no valid start time.': '泄漏点 {} 没有有效的开始时间。',
    'A limit is needed: choose a GB 3838 item and class, or give LIMIT (mg/L).':
        (
            '需要限值：请选择 GB 3838 项目和类别，或给出 LIMIT（mg/L）。'
        ),
    'No spill lies within the snapping tolerance of a river ({} spill(s)).':
        (
            '没有泄漏点位于河流捕捉容差范围内（共 {} 个）。'
        ),
    'The dispersion coefficient must be a positive number of m²/s (got {}).': '弥散系数必须是正数（m²/s），当前为 {}。',
    '{} spill(s) lie farther than the snapping tolerance from any river and were left out: {}.':
        (
            '{} 个泄漏点距河流超过捕捉容差，已排除：{}。'
        ),
    '{} receptor(s) lie on a separate river network from every spill.': '{} 个受体位于与所有泄漏点不同的独立水系。',
    (
        'Spill {}: the flow splits downstream (braid or distributary); the whole plume is followed down the main br'
        'anch, the other branches are reported as not reached.'
    ):
        (
            '泄漏点 {}：下游河道分汊（辫状河道或分流）；整个污染团按主汊道追踪，其他汊道报告为未到达。'
        ),
    (
        'Spill {}: the flow path runs into a loop of the river lines, cut at reach {}; the plume is not followed be'
        'yond it.'
    ):
        (
            '泄漏点 {}：流路进入河流线的环路，已在河段 {} 处断开；不再向其下游追踪污染团。'
        ),
    '{} receptor(s) downstream of a spill were not computed: {}.': '泄漏点下游有 {} 个受体未计算：{}。',
    # ---- station clients: auth config ------------------------------------------------------------
    'the authentication configuration {} could not be applied': '无法应用认证配置 {}',
    # ---- from outfall ----------------------------------------------------------------------------
    'OBJECTIVE must be 0 (capacity), 1 (smallest reduction) or 2 (equal percentage).':
        (
            'OBJECTIVE 必须为 0（纳污能力）、1（最小削减量）或 2（等比例削减）。'
        ),
    'The safety margin must be at least 0 % and below 100 % (got {} %).':
        (
            '安全余量必须不小于 0 % 且小于 100 %（当前为 {} %）。'
        ),
    'Choose at least one parameter.': '请至少选择一个指标。',
    'Outfall allocation needs the design discharge of the rivers (DISCHARGE_FIELD).':
        (
            '入河排污口负荷分配需要河流的设计流量（DISCHARGE_FIELD）。'
        ),
    "No checkpoint lies within {} m of a river; increase the snapping tolerance or check the layers' CRS.":
        (
            '没有控制断面位于河流 {} 米以内；请增大捕捉容差或检查图层的坐标参考系。'
        ),
    "A checkpoint's target class must be I to V (劣V has no limit).":
        (
            '控制断面的目标类别必须为 I 至 V 类（劣V类没有限值）。'
        ),
    (
        'Infeasible: at checkpoint {} the background and the minimum loads alone give {:.4g} mg/L, {:.4g} mg/L abov'
        'e the target (limit less the safety margin).'
    ):
        (
            '无可行解：在控制断面 {}，仅背景浓度和最小负荷就达到 {:.4g} mg/L，超出目标（限值扣除安全余量）{:.4g} mg'
            '/L。'
        ),
    '{} is not a GB 3838 item whose load can be allocated (e.g. CODMn, COD, NH3N, TP).':
        (
            '{} 不是可分配负荷的 GB 3838 指标（例如 CODMn、COD、NH3N、TP）。'
        ),
    'Parameter {} has no decay rate; give it in DECAY_RATES (1/day, 0 for none).':
        (
            '指标 {} 没有降解系数；请在 DECAY_RATES 中给出（1/天，不降解为 0）。'
        ),
    '{} checkpoint(s) are farther than {} m from any river and were left out: {}':
        (
            '{} 个控制断面距任何河流超过 {} 米，已排除：{}'
        ),
    '{} outfall(s) are farther than {} m from any river: no checkpoint is below them.':
        (
            '{} 个排污口距任何河流超过 {} 米：其下游没有控制断面。'
        ),
    '{} outfall(s) have no valid flow and were left out of the model.': '{} 个排污口没有有效流量，未纳入模型。',
    '{} outfall(s) lie on reaches without a positive discharge and were left out of the model.':
        (
            '{} 个排污口位于没有正流量的河段上，未纳入模型。'
        ),
    'The allocation found no solution: {}': '负荷分配未找到解：{}',
    'off the network': '不在河网上',
    'no checkpoint below': '下游无控制断面',
    'background': '背景',
    'Outfall contributions and allowable loads': '排污口贡献与允许排放量',
    (
        'Which outfalls make a control section fail its GB 3838 class, and how much each outfall may discharge so t'
        'hat every checkpoint meets its target at the design flow (water environmental capacity, 纳污能力).\n\nThe '
        'decay model of riverinterpolation (HJ 2.3-2018: first-order decay, complete mixing at confluences by disch'
        "arge and at outfalls) is linear in the outfall loads: a response matrix gives each outfall's concentration"
        " at each checkpoint (decay along the travel time, dilution by the flows); today's concentrations are its s"
        "um plus the background from the network's sources.\n\nAllocation per parameter (linear programme, HiGHS) u"
        'nder concentration ≤ (1 − safety margin) × the limit of the target class at every checkpoint: maximise the'
        " total allowable load (capacity), or the smallest total reduction from today's loads, or one equal percent"
        'age reduction for every outfall. Outfalls with no checkpoint below are reported as unconstrained (their ma'
        'ximum if given). Infeasible means the background (and the minimum loads) alone already break a target: the'
        ' report names the checkpoint and by how much.\n\nLoads are in t/a (flow m³/s × concentration mg/L = g/s; 1'
        ' g/s = 31.536 t/a). The discharge field is the design flow scenario (e.g. the 90 % guaranteed low flow).'
    ):
        (
            '哪些排污口使控制断面达不到其 GB 3838 水质类别，以及在设计流量下每个排污口可排放多少，才能使每个控制断'
            '面达到目标（水环境容量、纳污能力）。\n\nriverinterpolation 的降解模型（HJ 2.3-2018：一级降解，汇流处按'
            '流量完全混合，排污口处完全混合）对排污口负荷是线性的：响应矩阵给出每个排污口在每个控制断面的浓度（沿流'
            '经时间降解、按流量稀释）；现状浓度为其总和加上河网源头的背景浓度。\n\n逐指标分配（线性规划，HiGHS），'
            '约束为每个控制断面的浓度 ≤（1 − 安全余量）× 目标类别限值：最大化允许排放总量（纳污能力），或相对现状负'
            '荷的最小总削减量，或所有排污口等比例削减。下游没有控制断面的排污口报告为不受约束（如给出最大负荷则取最'
            '大负荷）。无可行解表示仅背景浓度（及最小负荷）就已超出目标：报告给出控制断面及超出量。\n\n负荷单位为 t'
            '/a（流量 m³/s × 浓度 mg/L = g/s；1 g/s = 31.536 t/a）。流量字段即设计流量情景（例如 90 % 保证率最枯月'
            '流量）。'
        ),
    'Control sections and intakes (points) whose target class must be met.':
        (
            '必须达到目标类别的控制断面和取水口（点）。'
        ),
    'Checkpoint name/id field (for the tables and the report).': '控制断面名称/编号字段（用于表格和报告）。',
    'Target class per checkpoint (I–V, 1–5 or Ⅲ类); empty values take the target class below.':
        (
            '每个控制断面的目标类别（I–V、1–5 或 Ⅲ类）；空值采用下方的目标类别。'
        ),
    'Target class (GB 3838) of the checkpoints without a class field value.':
        (
            '类别字段无值的控制断面的目标类别（GB 3838）。'
        ),
    'Outfall name/id field (for the tables and the report).': '排污口名称/编号字段（用于表格和报告）。',
    (
        'GB 3838 items to allocate, comma separated; the outfall layer has a concentration field (mg/L) named like '
        'each.'
    ):
        (
            '要分配的 GB 3838 指标，以逗号分隔；排污口图层需有与各指标同名的浓度字段（mg/L）。'
        ),
    'Decay rate K (1/day) for every parameter, e.g. CODMn=0.2; NH3N=0.15; TP=0.05 (0 for none).':
        (
            '每个指标的降解系数 K（1/天），例如 CODMn=0.2; NH3N=0.15; TP=0.05（不降解为 0）。'
        ),
    (
        "Upstream background concentration at the network's sources per parameter, e.g. CODMn=2; NH3N=0.2 (default "
        '0).'
    ):
        (
            '河网源头处各指标的上游背景浓度，例如 CODMn=2; NH3N=0.2（默认 0）。'
        ),
    'What the allocation optimises.': '负荷分配的优化目标。',
    'Share of the class limit kept in reserve (%).': '类别限值中预留的安全余量比例（%）。',
    'Checkpoints': '控制断面',
    'Checkpoint name field': '控制断面名称字段',
    'Target class field': '目标类别字段',
    'Outfall name field': '排污口名称字段',
    'Minimum load field (t/a)': '最小负荷字段（t/a）',
    'Load an outfall must keep (t/a), for every parameter, e.g. a plant that cannot stop.':
        (
            '排污口必须保留的负荷（t/a），适用于每个指标，例如不能停产的企业。'
        ),
    'Maximum load field (t/a)': '最大负荷字段（t/a）',
    (
        'Load cap by permit (t/a), for every parameter; also the allowable load of an outfall with no checkpoint be'
        'low.'
    ):
        (
            '排污许可负荷上限（t/a），适用于每个指标；也是下游没有控制断面的排污口的允许排放量。'
        ),
    'Parameters': '指标',
    'Background at the sources (mg/L)': '源头背景浓度（mg/L）',
    'Objective': '优化目标',
    'Safety margin (%)': '安全余量（%）',
    'Outfalls with allowable loads': '排污口及允许排放量',
    'Contributions at the checkpoints': '控制断面处的贡献',
    'Choose at least one parameter (e.g. CODMn, NH3N, TP).': '请至少选择一个指标（例如 CODMn、NH3N、TP）。',
    'Maximise the total allowable load (capacity)': '最大化允许排放总量（纳污能力）',
    "Smallest total reduction from today's loads": '相对现状负荷的最小总削减量',
    'Equal percentage reduction': '等比例削减',
    'The safety margin must be between 0 and 99 % (got {}).': '安全余量必须在 0 到 99 % 之间（当前为 {}）。',
    "Decay rates must be zero or positive numbers (1/day): '{}'.": "降解系数必须为零或正数（1/天）：'{}'。",
    "Background concentrations must be zero or positive numbers (mg/L): '{}'.":
        (
            "背景浓度必须为零或正数（mg/L）：'{}'。"
        ),
    'Binding checkpoints: {}': '约束起作用的控制断面：{}',
    'Checkpoint': '控制断面',
    'Today (mg/L)': '现状（mg/L）',
    'Limit (mg/L)': '限值（mg/L）',
    'Background (mg/L)': '背景（mg/L）',
    'Outfalls responsible, largest first': '责任排污口（按贡献从大到小）',
    'Allowable load (capacity)': '允许排放量（纳污能力）',
    "Today's load": '现状负荷',
    'Checkpoints failing today': '现状超标的控制断面',
    'Outfalls with no checkpoint below': '下游无控制断面的排污口',
    '{} checkpoint failure(s) today over {} parameter(s); allowable loads for {} outfall(s).':
        (
            '现状共有 {} 个控制断面超标（{} 个指标）；已计算 {} 个排污口的允许排放量。'
        ),
    'Objective: {}; safety margin {} %': '优化目标：{}；安全余量 {} %',
    'Outfalls without a concentration count as no load today for: {}': '没有浓度值的排污口按现状无负荷计：{}',
    'River segments before and after the allocation': '分配前后的河段',
    # ---- outfall allocation in metres ------------------------------------------------------------
    'Snapping tolerance (m): checkpoints and outfalls farther from any river are left out':
        (
            '捕捉容差（米）：距任何河流更远的控制断面和排污口将被排除'
        ),
    # ---- parameter help of the supervision algorithms --------------------------------------------
    'The source register: one feature or row per enterprise (points, polygons or a table).':
        (
            '污染源名录：每家企业一条要素或一行（点、面或表）。'
        ),
    'A unique id per enterprise; the register is sorted by it before the draw.':
        (
            '每家企业唯一的编号；抽取前名录按其排序。'
        ),
    'The supervision stratum of each enterprise (key discharge unit, general, special supervision …).':
        (
            '每家企业的监管类别（重点排污单位、一般单位、特殊监管对象……）。'
        ),
    (
        "Share of each stratum drawn this period, e.g. key=0.25; general=5%; special=1; '*' applies to every other "
        'stratum.'
    ):
        (
            "本期各类别的抽查比例，如 key=0.25; general=5%; special=1；'*' 适用于其余所有类别。"
        ),
    'District of each enterprise: no officer of the same district inspects it.':
        (
            '企业所在辖区：不派同一辖区的执法人员检查。'
        ),
    'True/1/yes for enterprises not drawn this period (inspected recently, under investigation).':
        (
            '取值为真/1/yes 的企业本期不参加抽取（近期已检查、正在立案调查）。'
        ),
    'Officer ids of the last inspection (separated by commas, semicolons or spaces): they are not sent again.':
        (
            '上期检查人员的编号（用逗号、分号或空格分隔）：本期不再派出。'
        ),
    'The law-enforcement officers who may be drawn: one feature or row each.':
        (
            '可被抽取的执法人员：每人一条要素或一行。'
        ),
    'A unique id per officer, as written in the last-inspection field.':
        (
            '每名执法人员唯一的编号，与上期检查人员字段中的写法一致。'
        ),
    "The officer's unit, written to the officer loads.": '执法人员所在单位，写入执法人员任务量。',
    "The officer's home district, compared with the enterprise district.": '执法人员所属辖区，与企业所在辖区比对。',
    'Officers sent to each drawn enterprise (at least two).': '每家抽中企业派出的执法人员数（至少两人）。',
    "An upper limit on any officer's inspections; without it the loads are as even as the rules allow.":
        (
            '每名执法人员检查次数的上限；不设上限时任务在规则允许范围内尽量均衡。'
        ),
    'The seed published before the draw; with the two registers it reproduces the draw exactly.':
        (
            '抽取前公布的随机种子；结合两份名录可完全复现抽取结果。'
        ),
    'The drawn enterprises with their draw number, stratum and officers.': '抽中企业及其抽取序号、类别和执法人员。',
    'One row per officer: the number and ids of their inspections.': '每名执法人员一行：检查次数和企业编号。',
    'The polygons grouped into grids: villages, communities or the cells of a hotspot grid.':
        (
            '要划分为网格的面：行政村、社区或热点网格的单元。'
        ),
    'An expression giving each unit\'s inspection workload, e.g. "enterprises" * 3 + "population" / 1000.':
        (
            '给出每个单元监管工作量的表达式，如 "enterprises" * 3 + "population" / 1000。'
        ),
    'Optional enterprises (points): their weight is added to the workload of the unit they lie in.':
        (
            '可选的企业（点）：其权重计入所在单元的工作量。'
        ),
    'The workload of each enterprise (empty: 1 each).': '每家企业的工作量（为空：每家 1）。',
    "How many grids to form; 0 to take the number from the largest workload or from today's grids.":
        (
            '要划分的网格数；为 0 时按最大工作量或现有网格确定。'
        ),
    'With a cap, the number of grids is the smallest that keeps every grid under it.':
        (
            '设定上限时，网格数取使所有网格都不超过上限的最小值。'
        ),
    "Today's grid of each unit: grids within the target stay as they are, others change as few units as possible.":
        (
            '各单元的现有网格：达到目标的网格保持不变，其余网格调整尽量少的单元。'
        ),
    "A grid never crosses this field's boundaries (for example the town of each village).":
        (
            '网格不跨越该字段的边界（例如各村所属乡镇）。'
        ),
    'When two units count as neighbours: touching at a point (queen) or along an edge (rook).':
        (
            '两个单元何时算作相邻：有公共点（后相邻）或公共边（车相邻）。'
        ),
    "Grids within this share of the mean workload meet the target; today's grids change until all do.":
        (
            '与平均工作量相差在此比例内的网格达到目标；现有网格调整到全部达到为止。'
        ),
    'Units closer than this (metres) touch: boundaries digitised separately seldom match exactly.':
        (
            '相距小于此值（米）的单元视为相接：分别数字化的边界很少完全重合。'
        ),
    "Seed of the grids' starting points (the same seed gives the same grids).":
        (
            '网格起点的随机种子（相同种子得到相同网格）。'
        ),
    'Every unit with its grid, workload, and whether it changed grid or is an island.':
        (
            '每个单元及其网格、工作量，以及是否调整了网格或属于飞地。'
        ),
    'The dissolved grids: workload, share of the mean, units, enterprises, area, changed units.':
        (
            '融合后的网格：工作量、占平均值比例、单元数、企业、面积、调整单元数。'
        ),
    # ---- parameter help ----------------------------------------------------------------------------
    'Road lines the teams drive on (any CRS: times are computed in metres). Vertices closer than the snapping '
    'tolerance become one junction.':
        '应急队伍行驶的道路线（任意坐标系：按米计算时间）。距离小于节点捕捉容差的顶点合并为一个路口。',
    'Speed (km/h) on the straight leg from a depot or risk source to its nearest road, e.g. 15 for a site road or '
    'a walk with equipment.':
        '物资库或风险源到最近道路的直线接入段的速度（km/h），例如厂区道路或携带设备步行取 15。',
    'Existing emergency depots or monitoring team bases, one point each; teams leave from here.':
        '现有应急物资库或应急监测队伍驻地，每处一个点；队伍从这里出发。',
    'Name of each depot in the outputs and the report (empty: the feature id).':
        '输出和报告中各物资库的名称（留空：使用要素编号）。',
    'Environmental risk sources to reach in time (chemical plants, tailings ponds, storage sites), one point each; '
    'the input layer is not modified.':
        '需要及时到达的环境风险源（化工企业、尾矿库、仓储场所），每处一个点；不会修改输入图层。',
    'Weight of each risk source in the covered shares, e.g. its risk grade 1-3 (empty: weight 1 each; a null '
    'weight counts as 0).':
        '各风险源在覆盖比例中的权重，例如风险等级 1-3（留空：每个权重为 1；空值按 0 计）。',
    'Points where a new depot could be built (empty: no new depots are proposed).':
        '可新建物资库的点位（留空：不提出新增物资库）。',
    'How many candidate sites to choose, adding the most risk weight covered within the first threshold (0: none).':
        '要选出的候选站址数量，使第一个阈值内覆盖的风险权重增加最多（0：不选）。',
    'Teams stationed at each new depot (2: it can answer two incidents at once).':
        '每个新增物资库驻守的队伍数（2：可同时响应两起事件）。',
    'Minutes before a team of a new depot leaves, added to its travel time.':
        '新增物资库队伍出发前的准备分钟数，计入其行驶时间。',
    'Off: no service-area polygons (faster on large networks); the reachable road lines are still written.':
        '关闭：不生成服务区面（大路网上更快）；仍输出可达道路线。',
    'Root address of the station service, e.g. https://host/FROST-Server/v1.1 (SensorThings) or '
    'https://api.openaq.org/v3 (OpenAQ); for Generic JSON the address of the JSON reply.':
        '站点服务的根地址，例如 https://host/FROST-Server/v1.1（SensorThings）或 https://api.openaq.org/v3'
        '（OpenAQ）；通用 JSON 填写返回 JSON 的地址。',
    'How the service answers: OGC SensorThings API v1.1, OpenAQ v3 (API key from the authentication '
    'configuration) or Generic JSON (a provincial platform, read through the field mapping).':
        '服务的接口类型：OGC SensorThings API v1.1、OpenAQ v3（API 密钥取自认证配置）或通用 JSON'
        '（省级平台，按字段映射读取）。',
    'Generic JSON only: which reply keys hold the records, station code, lon, lat, time and parameters, e.g. '
    '{"records": "data.list", "station_code": "stationCode"}; empty for the other API types.':
        '仅用于通用 JSON：返回内容中哪些键存放记录、站点编码、经度、纬度、时间和监测项目，例如 '
        '{"records": "data.list", "station_code": "stationCode"}；其他 API 类型留空。',
    "A QGIS authentication configuration holding the key or password (empty: anonymous access); the secret is "
    "sent only to the service's own server and never written to outputs or logs.":
        '保存密钥或密码的 QGIS 认证配置（留空：匿名访问）；密钥只发送给该服务自己的服务器，'
        '不会写入输出或日志。',
    'Which stations to keep: air quality stations, surface-water stations or both.':
        '保留哪些站点：环境空气质量站、地表水站或两者。',
    "Keep only the stations inside this rectangle, e.g. the city's extent (empty: every station the service "
    "returns).":
        '只保留此矩形范围内的站点，例如全市范围（留空：保留服务返回的所有站点）。',
    'A latest reading older than this many hours is kept but flagged stale = 1 (default 3: a station silent for '
    'three hours).':
        '最新读数早于这么多小时的仍保留，但标记 stale = 1（默认 3：站点三小时无数据）。',
    'Polygons the grid covers, e.g. the city or a district (any CRS): cells whose centre is inside, and those the '
    'boundary crosses.':
        '网格覆盖的面，例如全市或某个区（任意坐标系）：中心在面内的网格，以及边界穿过的网格。',
    "Square cells match a district's supervision grid; hexagons have six equal neighbours (smoother hot spots).":
        '正方形网格与区县监管网格一致；六边形有六个等距邻居（热点更平滑）。',
    'How the readings of a cell make its value: mean or maximum concentration, sum (e.g. emissions in t/a) or '
    'count of points (a cell without points counts 0).':
        '网格内读数如何汇总为网格值：浓度均值或最大值、总和（例如排放量 t/a）或点数（无点的网格计 0）。',
    'With a time field: the length of one period of the hot spot trend (weeks start on Monday).':
        '有时间字段时：热点趋势中一个时段的长度（每周从周一开始）。',
    'Band of the raster surface to average (default 1).':
        '用于求平均的栅格波段（默认 1）。',
    'Which cells Gi* compares a cell with: those within the distance band, its k nearest cells with a value, or '
    'the cells sharing an edge or corner (hexagons: an edge).':
        'Gi* 把一个网格与哪些网格比较：距离带内的网格、最近的 k 个有值网格，或共边、共角的网格（六边形：共边）。',
    'A site covers the demand points within this many metres (straight line, or along the roads with a road '
    'network), e.g. 2000 for an automatic station, 500 for a micro-sensor.':
        '站点覆盖此距离（米）内的需求点（直线距离，给出路网时沿道路计算），例如自动站 2000，微型站 500。',
    'MCLP when the number of new sites is fixed by the budget; LSCP to ask how many are needed to cover '
    'everything; backup coverage so that a site out of service leaves no gap; p-median for the shortest '
    'distances.':
        '新增站点数由预算确定时用 MCLP；要问覆盖全部需求需要多少站点时用 LSCP；希望某个站点停运时不留空白'
        '用备份覆盖；追求最短距离用 P-中位。',
    'Seconds the exact solver may run (default 60); when they run out the best solution found is kept and the '
    'report gives its gap.':
        '精确求解器可运行的秒数（默认 60）；时间用完时保留已找到的最好解，报告给出其间隙。',
    "The pollutant series: points (one per reading at the station's place) or a table without geometry joined to "
    "the stations, e.g. the hourly history of fetchstations.":
        '污染物序列：点（每条读数一个点，位于站点处）或无几何的表，与站点图层关联，例如 fetchstations '
        '的逐小时历史数据。',
    "Station points with the station code; needed when the readings are a table (empty: the readings' own "
    "points, the first per code).":
        '带站点编码的站点点位；读数为表时必填（留空：使用读数自身的点，每个编码取第一个）。',
    'Station code, a field of that name in the readings and in the stations layer (the code field of '
    'fetchstations); readings of an unknown code are left out and counted.':
        '站点编码，读数和站点图层中同名的字段（fetchstations 的 code 字段）；编码未知的读数被剔除并计数。',
    'The pollutant to attribute, e.g. PM2_5 or TVOC (any unit: only its percentiles count); a null value is left '
    'out and counted.':
        '要溯源的污染物，例如 PM2_5 或 TVOC（单位不限：只用其百分位数）；空值被剔除并计数。',
    'Degrees the wind blows from, clockwise from north (0-360, e.g. WD); not needed with the wind layer. Radians '
    'are refused.':
        '风的来向，自正北顺时针的度数（0-360，例如 WD）；给出风场图层时不需要。弧度值会被拒绝。',
    'Wind speed in m/s (e.g. WS); below the calm speed a reading is a calm. Not needed with the wind layer.':
        '风速，m/s（例如 WS）；低于静风风速的读数为静风。给出风场图层时不需要。',
    'Date/time of each reading (date-time or ISO 8601 text); needed for the time window and the wind layer, '
    'otherwise optional.':
        '各读数的日期时间（日期时间或 ISO 8601 文本）；时间窗口和风场图层需要，否则可选。',
    "Code of the met station of each wind report; its first report gives the met station's position.":
        '各风报告所属气象站的编码；该站第一条报告的位置作为气象站位置。',
    'Degrees the wind blows from in each report, clockwise from north (0-360).':
        '各报告中风的来向，自正北顺时针的度数（0-360）。',
    'Wind speed of each report in m/s.':
        '各报告的风速，m/s。',
    'CPF: share of high readings per wind direction sector. CBPF: per direction and speed bin, which separates a '
    'nearby low source (high at low speed) from a distant stack.':
        'CPF：各风向扇区中高值读数的比例。CBPF：按风向和风速分箱统计，可区分近处低矮源（低风速时高）'
        '与远处烟囱。',
    'Upper end of the band of high readings, per station (100: every reading above the low percentile; 95 leaves '
    'out the top 5 %, e.g. instrument spikes).':
        '高值区间的上端，按站点计算（100：高于下限百分位的所有读数；95 剔除最高的 5 %，例如仪器尖峰）。',
    'Number of wind direction sectors, 4-72 (16: 22.5° each; 36: 10° each). More sectors need more readings per '
    'sector.':
        '风向扇区数，4-72（16：每个 22.5°；36：每个 10°）。扇区越多，每个扇区需要的读数越多。',
    "Radius of each station's polar plot drawn on the map, in metres (a drawing size, not a distance of the "
    "model).":
        '地图上各站点极坐标图的半径，单位米（仅为绘图尺寸，不是模型中的距离）。',
    'Side of a source-area grid cell in metres (default 500); smaller cells give a finer map and more cells.':
        '源区网格边长，单位米（默认 500）；网格越小，地图越细，网格数越多。',
    'A source-area grid with more cells than this is refused before it is built; use larger cells, a shorter '
    'maximum distance or a higher limit.':
        '网格数超过此值的源区网格在生成前即被拒绝；请增大网格、缩短最大距离或提高此上限。',
    'Only readings at or after this time count (empty: from the first reading); needs the time field.':
        '只统计此时间及之后的读数（留空：从第一条读数开始）；需要时间字段。',
    'Only readings at or before this time count (empty: up to the last reading); needs the time field.':
        '只统计此时间及之前的读数（留空：直到最后一条读数）；需要时间字段。',
    'Candidate sources to rank, e.g. VOC enterprises or industrial parks (polygons by centroid); empty: no '
    'ranking, only the wedges and the source area.':
        '要排序的候选源，例如 VOCs 排放企业或工业园区（面取质心）；留空：不排序，只输出扇形和源区。',
    'Emission of each candidate, e.g. VOCs in t/a: the score is multiplied by emission / largest emission (empty: '
    'the wind evidence only).':
        '各候选源的排放量，例如 VOCs 的 t/a：得分乘以 排放量 / 最大排放量（留空：只用风向证据）。',
    'Travel speed of each road in km/h, e.g. 60; empty, null or 0: the speed of its road class, else the default '
    'speed':
        '各道路的行驶速度，km/h，例如 60；留空、空值或 0：取其道路等级速度，否则取默认速度',

    # ---- charts and maps ---------------------------------------------------------------------------
    "Drinking-water intake": "饮用水取水口",
    "Bureau office (route start and end)": "生态环境局（路线起讫点）",

    # ---- inspection routes speed -------------------------------------------------------------------

    # ---- network transport on newer QGIS -----------------------------------------------------------

    # ---- siting curves per model -------------------------------------------------------------------
    "time limit": "达到时间限值",
    "unbounded": "无界",
    "stopped": "已停止",
    "trivial": "平凡解",
    "HiGHS overran its share of the time on one curve point; the remaining points rely on the swap search and the "
    "Lagrangian bounds.":
        "HiGHS 在某个曲线点上超出了分配的时间；其余各点改由交换搜索和拉格朗日界求解。",
    "Each point is the most weight that many new sites can cover at least twice (backup coverage, with the existing "
    "sites and the spacing rule), with the bound that proves it, and the weight the same sites cover at least once; "
    "the CURVE output lists every count.":
        "曲线上每个点是该数量的新增站点最多可被至少两个站点覆盖的权重（备份覆盖模型，计入已有站点和间距规则），"
        "并附证明它的界，以及同一组站点至少覆盖一次的权重；CURVE 输出列出每一个站点数。",
    "How many sites: the backup coverage curve": "需要多少站点：备份覆盖曲线",
    "Mean travel time (min)": "平均行程时间（分钟）",
    "Mean distance (m)": "平均距离（米）",
    "Each point is the least demand-weighted mean that many new sites can give (p-median, with the existing sites "
    "and the spacing rule), with the lower bound that proves it; the mean never grows with one more site. The CURVE "
    "output lists every count.":
        "曲线上每个点是该数量的新增站点可达到的最小需求加权平均值（P-中位模型，计入已有站点和间距规则），"
        "并附证明它的下界；多一个站点，平均值不会增大。CURVE 输出列出每一个站点数。",
    "How many sites: the mean distance curve": "需要多少站点：平均距离曲线",
    "Covered at least twice": "至少被覆盖两次",
    "Covered at least once": "至少被覆盖一次",
    "Weight covered twice and once against the number of new sites": "双重覆盖与单次覆盖权重随新增站点数的变化",
    "Share covered twice": "双重覆盖比例",
    "Share covered once": "单次覆盖比例",
    "LSCP optimum": "LSCP 最优解",
    "No count on the curve (up to {} new sites) covers {} of the weight twice.":
        "曲线上（至多新增 {} 个站点）没有任何站点数能双重覆盖 {} 的权重。",
    "Mean travel time against the number of new sites": "平均行程时间随新增站点数的变化",
    "Mean distance against the number of new sites": "平均距离随新增站点数的变化",
    "The existing sites already cover {} of the weight twice.": "已有站点已双重覆盖 {} 的权重。",
    "Shorter than with one site less ({})": "比少一个站点时缩短（{}）",
    "Proven lower bound ({})": "已证明的下界（{}）",
    "With P = {} new sites the weighted mean is {}; one more site shortens it by {}.":
        "新增 P = {} 个站点时加权平均值为 {}；再多一个站点可缩短 {}。",
    "Demand with no open site among its candidates is charged {} (the CURVE column unserved_pct gives its share).":
        "候选站点中没有开放站点的需求按 {} 计（CURVE 的 unserved_pct 列给出其比例）。",
    "New sites needed for 90 % of the weight covered twice": "双重覆盖 90 % 权重所需的新增站点数",
    "The set covering (LSCP) optimum, {} new sites covering every demand point within reach, is marked on the chart: "
    "the curve reaches its highest coverage there.":
        "集合覆盖（LSCP）最优解——新增 {} 个站点覆盖所有可达需求点——已在图中标出：曲线在该处达到最高覆盖。",
    "The set covering (LSCP) optimum, {} new sites, lies beyond the curve (up to {} new sites).":
        "集合覆盖（LSCP）最优解为新增 {} 个站点，超出了曲线范围（至多新增 {} 个站点）。",
    "{} new sites cover {} of the weight twice, and no fewer can (proved).":
        "新增 {} 个站点可双重覆盖 {} 的权重，且已证明更少的站点做不到。",
    "{} new sites cover {} of the weight twice; the bounds prove that at least {} are needed.":
        "新增 {} 个站点可双重覆盖 {} 的权重；界证明至少需要 {} 个。",
}


def apply(translations=TRANSLATIONS, path=TS_PATH):
    """Fill the .ts with ``translations``; return (number of messages, filled, still missing sources)."""
    tree = ET.parse(path)
    total, filled, missing = 0, 0, []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        total += 1
        if source in translations:
            translation.text = translations[source]
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.text and translation.get("type") != "unfinished":
            filled += 1
        else:
            missing.append(source)
    ET.indent(tree.getroot())
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="utf-8"))
        f.write(b"\n")
    return total, filled, missing


def main():
    total, filled, missing = apply()
    for source in missing:
        print("no translation: {!r}".format(source))
    in_ts = {m.findtext("source") for m in ET.parse(TS_PATH).getroot().iter("message")
             if (m.find("translation") is None or m.find("translation").get("type") != "vanished")}
    for source in TRANSLATIONS:
        if source not in in_ts:
            print("unused (no longer in the source): {!r}".format(source[:70]))
    print("{} messages, {} translated, {} missing".format(total, filled, len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
