# worthit：简体中文。
#
# 键与 en.ftl 一一对应，变量也必须相同；见 docs/translating.md。
# 数字在传入前已按语言格式化（43.1%、100,000），注释另有说明的除外。

## 图表标签

label-title-net-value = 净价值：谁能从采用中获益
label-title-choices = 人们的选择
label-title-barriers = 是什么阻碍了未采用者
label-title-barrier-means = 采用者与未采用者感受到的成本
label-title-tornado = 假设分析：采用率的变化
label-title-segments = 各细分人群的采用率
label-title-timeline = 采用率随时间的变化
label-title-overlay = 净价值：A 与 B 对比
label-axis-net-value = 净价值（感知价值 − 成本）
label-axis-share-of-people = 人数占比
label-axis-density = 每单位净价值的人数占比
label-caption-barriers = 仅消除这一项成本就能争取到的未采用者占比
label-caption-barrier-means = 平均感知成本（效用点）
label-caption-tornado = 采用率变化（百分点）
label-caption-choices = 占全部人数的比例
label-caption-segments = 该人群中采用者的比例
label-axis-period = 期数
label-axis-new-adopters = 新增采用者
label-axis-share = 人数占比
label-legend-adopters = 采用
label-legend-non-adopters = 不采用
label-legend-people = 人数
label-legend-zero-line = 价值 = 成本
label-legend-overall = 整体 { $share }
label-legend-raises = 提高采用率
label-legend-lowers = 降低采用率
label-legend-new-adopters = 新增采用者
label-legend-cumulative = 累计采用
label-legend-aware = 知晓
label-variant-a = A
label-variant-b = B
label-none-option = 都不选
label-no-data = 暂无可显示的数据
label-more-rows = 另有 { $n } 项

## 句中使用的成本名称

cost-money = 金钱
cost-time = 时间
cost-learning = 学习
cost-trust = 信任
cost-emotional = 情感
cost-safety = 安全

## 假设分析的输入项

input-value = 价值
input-cost = { $cost }成本
input-claim = 宣称价值
input-credibility = 可信度
input-alternative = { $option }：{ $what }
input-segment = { $segment }：{ $what }
input-weight = 对{ $what }的权重
input-share = 占比
input-skepticism = 怀疑程度
input-screenshots-viewed = 浏览截图数
input-reach = 外部触达 (p)
input-word-of-mouth = 口碑传播 (q)
input-social-proof = 社会认同
param-sd = { $what }离散度
param-min = { $what }最小值
param-max = { $what }最大值
param-mode = { $what }众数

## 截图实验室图表

label-title-claim-curve = 采用率与宣称强度
label-axis-claim = 价值宣称（效用点）
label-axis-adoption = 采用率
label-legend-adoption = 采用率
label-legend-no-claim = 不做宣称（{ $share }）
label-legend-best-claim = 最佳宣称 { $claim }
label-legend-current-claim = 当前宣称 { $claim }

## 句中使用的截图类型

kind-gameplay = 游戏玩法
kind-progression = 成长系统
kind-characters = 角色美术
kind-social-proof = 社会认同
kind-features = 功能列表
kind-offer = 优惠
kind-safety = 安全标识
screenshot-at = { $kind }（第 { $position } 张）

## 摘要句子

summary-no-people = 没有模拟任何人，因此没有结果可报告。
summary-headline = 在 { $users } 名模拟用户中，{ $share } 会采用（95% 置信区间 { $interval }）。
summary-alternative-leads = { $option } 比本产品更常被选择：{ $share } 对 { $product_share }。
summary-alternative-ties = 选择{ $option }的人与选择本产品的人差不多：各约 { $share }。
summary-largest-barrier = { $cost }成本是最大的障碍：仅消除这一项，就能争取到 { $share } 的未采用者。
summary-no-single-barrier = 没有哪一项成本单独构成阻碍：单独消除任何一项，几乎都争取不到未采用者。
summary-biggest-lever =
    { $effect ->
        [loss]
            { $direction ->
                [lower] 最敏感的输入：将{ $input }降低 { $step }，采用率会减少 { $points } 个百分点。
               *[raise] 最敏感的输入：将{ $input }提高 { $step }，采用率会减少 { $points } 个百分点。
            }
       *[gain]
            { $direction ->
                [lower] 最有效的杠杆：将{ $input }降低 { $step }，采用率可增加 { $points } 个百分点。
               *[raise] 最有效的杠杆：将{ $input }提高 { $step }，采用率可增加 { $points } 个百分点。
            }
    }
summary-no-lever = 所有假设变动都不会明显改变采用率。
summary-segment-range = 采用率在 { $best } 中最高（{ $best_share }），在 { $worst } 中最低（{ $worst_share }）。

## 随时间的采用

timeline-peak = 新增采用在第 { $period } 期达到高峰，当期新增 { $new_adopters } 名采用者。
timeline-no-reach = { $periods } 期内没有人听说过这款产品：触达是瓶颈。
timeline-value-limited = 虽然有 { $aware } 的人听说过它，最终却只有 { $ever } 采用：瓶颈在于价值与成本，而不是触达。
timeline-saturated = 几乎所有听说过它的人都会采用（到第 { $period } 期达到 { $ever }）：触达决定了增长节奏。
timeline-reach-limited = 到第 { $period } 期，只有 { $aware } 的人听说过它，其中 { $conversion } 采用：瓶颈在于触达，而不是价值与成本。
timeline-both-limited = 到第 { $period } 期，只有 { $aware } 的人听说过它，其中也只有 { $conversion } 采用：触达与性价比都在拖累采用。

## A 与 B 对比

compare-shares = { $a }：{ $a_share } 采用。{ $b }：{ $b_share } 采用。
compare-winner = { $variant } 胜出 { $points } 个百分点（{ $interval }）；{ $variant } 更好的概率为 { $probability }。
compare-unclear = 没有明确的赢家：{ $variant } 领先 { $points } 个百分点，但 95% 置信区间（{ $interval }）包含零；{ $variant } 更好的概率为 { $probability }。
compare-same = { $a } 与 { $b } 的采用率相同：{ $share }。

## 截图实验室

lab-next-best = 最值得添加的截图：{ $candidate }，可使采用率增加 { $points } 个百分点（{ $interval }）；它更好的概率为 { $probability }。
lab-next-none = 无论放在哪个位置，都没有截图能明显提高采用率：最佳候选 { $candidate } 只让采用率变化 { $change } 个百分点（{ $interval }）。
lab-next-ranking = 排名其后的是：{ $list }。
lab-next-full = 截图栏已有 { $max } 张截图，达到商店页面的上限：先移除一张，才能尝试其他截图。
lab-claim-best = 宣称值为 { $claim } 时采用率最高：{ $share } 采用，不做宣称时为 { $no_claim }。
lab-claim-no-gain = 任何超出人们既有预期的宣称都无法提高采用率：不做宣称时有 { $no_claim } 采用。
lab-claim-current =
    { $standing ->
        [best] 当前宣称值 { $claim } 带来 { $share } 的采用率，与最佳宣称一样好。
       *[below] 当前宣称值 { $claim } 带来 { $share } 的采用率，比最佳宣称低 { $points } 个百分点。
    }

## 图表的文字说明

chart-no-data = 暂无可显示的数据。
chart-net-value = 每个人净价值（感知价值减去感知成本）的直方图：均值 { $mean }，离散度 { $sd }；约 { $positive } 的人高于零点（即价值等于成本之处）。每根柱子都分为采用者与未采用者两部分。
chart-choices = 选择各选项的人数占比：{ $list }。
chart-barriers = 单独消除每项成本所能争取到的未采用者占比：{ $list }。
chart-barrier-means = 平均感知成本，采用者 / 未采用者：{ $list }。
chart-tornado = 各输入项按其步长变动时采用率的变化（百分点）：{ $list }。
chart-segments = 各细分人群的采用率（整体为 { $overall }）：{ $list }。
chart-timeline = 在 { $periods } 期内，每期新增采用者（柱形）在第 { $peak_period } 期达到高峰；累计采用比例（实线）达到 { $ever }，知晓比例（虚线）达到 { $aware }。
chart-overlay = { $a } 与 { $b } 的净价值叠加对比：{ $a } 的均值为 { $a_mean }，{ $b } 的均值为 { $b_mean }。
chart-claim-curve = 价值宣称从 { $lo } 到 { $hi } 效用点时的采用率（实线）：不做宣称时为 { $no_claim }（虚线），宣称值为 { $best_claim } 时最高，达到 { $best_share }（已标记），最强宣称时为 { $end_share }。

## 场景编辑器

editor-label = 场景编辑器
editor-advanced = 选择分布形状（高级）
editor-group-value = 价值
editor-group-costs = 成本
editor-group-screenshots = 截图
editor-group-audience = 受众
editor-group-alternatives = 替代选项
editor-group-decision = 决策规则
editor-group-simulation = 模拟

editor-product-name = 产品名称
editor-value-title = 感知价值
editor-value-hint = 人们预期获得的收益，以效用点计。
editor-mean = 均值
editor-spread = 离散度
editor-shape = 分布形状
editor-claim-on = 做出价值宣称
editor-claim = 宣称价值
editor-claim-hint = 广告所承诺的价值。略高于真实均值时起初有帮助，再高就像骗局了。
editor-credibility = 可信度
editor-credibility-hint = 夸大宣称有多可信；数值越高，怀疑越少。

editor-costs-hint = 用户需要付出的一切，同样以效用点计。成本永远不会低于零。
editor-cost-money = 金钱
editor-cost-money-hint = 价格、订阅费、应用内购买
editor-cost-time = 时间
editor-cost-time-hint = 下载大小、设置、等待
editor-cost-learning = 学习
editor-cost-learning-hint = 弄懂怎么用所需的精力
editor-cost-trust = 信任
editor-cost-trust-hint = 担心它名不副实
editor-cost-emotional = 情感
editor-cost-emotional-hint = 焦虑、尴尬、改变习惯
editor-cost-safety = 安全
editor-cost-safety-hint = 隐私、安全、资金风险

editor-shape-none = 无（为零）
editor-shape-fixed = 固定值
editor-shape-normal = 正态
editor-shape-lognormal = 对数正态
editor-shape-uniform = 均匀
editor-shape-triangular = 三角

editor-screenshots-hint = 按商店中的顺序排列。人们只会看前几张，所以顺序很重要。效果为示意性的默认值，并非实测数据。
editor-screenshots-empty = 没有截图：价值只能靠文字描述来传达。
editor-screenshot-add-label = 要添加的截图类型
editor-screenshot-add = 添加截图
editor-screenshots-full = 商店页面最多只能放 10 张截图。
editor-move-up = 将{ $name }（第 { $position } 张）上移
editor-move-down = 将{ $name }（第 { $position } 张）下移
editor-remove = 移除
editor-remove-item = 移除{ $name }

editor-audience-hint = 对价值和成本看重程度不同的人群。
editor-audience-empty = 单一受众“所有人”：所有权重为 1，怀疑程度 0.5，浏览 3 张截图。
editor-add-segment = 添加细分人群
editor-segment-name = 人群名称
editor-share = 占比
editor-share-hint = 相对规模；各占比会按比例换算，合计为 100%。
editor-skepticism = 怀疑程度
editor-skepticism-hint = 0 表示相信所有宣称，1 表示怀疑所有宣称。
editor-viewed = 浏览截图数
editor-viewed-hint = 平均每人查看的商店截图数量。
editor-weights = 权重
editor-weights-hint = 该人群对各项的感受强度；1 = 原样，2 = 加倍。
editor-weight-value = 价值
editor-limit-16 = 最多 16 个。
editor-new-segment-name = 人群 { $n }
editor-segment-summary = { $name } · { $percent }
editor-remove-segment = 移除细分人群 { $name }

editor-alternatives-hint = 触手可及的知名选项。完全不采用也始终是一个选项，其价值为 0。
editor-alternatives-empty = 没有替代选项：人们只会与“什么都不做”比较。
editor-add-alternative = 添加替代选项
editor-alternative-name = 替代选项名称
editor-alt-value-hint = 人们预期从这个替代选项中获得的收益。
editor-alt-costs = 该替代选项的成本
editor-new-alternative-name = 替代选项 { $n }
editor-remove-alternative = 移除替代选项 { $name }

editor-rule-threshold = 阈值
editor-rule-threshold-hint = 价值高于成本即采用；不考虑替代选项。
editor-rule-beat = 胜过替代选项
editor-rule-beat-hint = 产品是最佳选项（包括什么都不做）时才采用。
editor-rule-logit = Logit（带噪声的选择）
editor-rule-logit-hint = 人们大多会选最佳选项，但并非总是如此。
editor-temperature = 温度
editor-temperature-hint = 选择的随机程度；接近 0 时总是选择最佳选项。

editor-users = 人数
editor-users-hint = 模拟人数，1 到 { $max }。人数越多越慢，但结果越精确。
editor-seed = 随机种子
editor-seed-hint = 相同的种子会得到完全相同的数字。
editor-new-seed = 换一个种子

editor-name-empty = 请输入名称。
editor-out-of-range-integer = 请输入 { $min } 到 { $max } 之间的整数。
editor-out-of-range = 请输入 { $min } 到 { $max } 之间的数字。

## 内置截图类型

screenshot-kind-gameplay = 游戏玩法
screenshot-kind-progression = 成长系统
screenshot-kind-characters = 角色美术
screenshot-kind-social-proof = 社会认同
screenshot-kind-features = 功能列表
screenshot-kind-offer = 优惠 / 价格
screenshot-kind-safety = 安全与隐私

## 内置预设

preset-game-character-art-name = 免费手游：角色美术截图
preset-game-character-art-description = 一款免费游戏，商店页面以角色美术为主。免费不等于零成本：下载时间、存储空间和学习成本依然存在，而仅靠美术图无法讲清价值，所以很多人还是留在自己熟悉的游戏里。
preset-game-gameplay-name = 免费手游：玩法与成长系统截图
preset-game-gameplay-description = 同一款游戏、同样的成本，但前几张截图展示了真实玩法和成长系统。更清晰的价值赢得了原本会跳过它的人：和角色美术版页面对比看看。
preset-finance-modest-claim-name = 理财应用：适度的收益宣称
preset-finance-modest-claim-description = 一款储蓄应用，宣称的收益率略高于人们的预期。可信的宣称带来的感知价值提升，超过它引起的怀疑。
preset-finance-extreme-claim-name = 理财应用：夸张的收益宣称
preset-finance-extreme-claim-description = 同一款应用，承诺的收益率远超人们所能相信的程度。信任成本（“听起来像骗局”）随超出部分的平方增长，因此采用率反而低于适度宣称：夸大宣传适得其反。
preset-content-account-name = 新媒体内容账号
preset-content-account-description = 一个内容账号，与人们已关注的信息流争夺时间和注意力。金钱成本为零；决定成败的是时间与注意力，障碍图会显示是哪一项阻碍了人们。
preset-paid-tool-vs-free-leader-name = 付费效率工具 vs. 免费市场领导者
preset-paid-tool-vs-free-leader-description = 一款更好的工具，需要花钱也需要切换成本，对手是人们早已熟悉的免费领导者。只有当它额外的价值超过价格加学习成本时才能胜出：看看它能赢得哪些人群，哪项成本起决定作用。
preset-game-launch-year-name = 免费手游：上线后的第一年
preset-game-launch-year-description = 展示玩法截图的那款游戏在 52 周里的表现，采用文献中的平均外部触达（p = 0.03）和口碑传播（q = 0.38）。几个月内几乎人人都听说过它，但采用率在远低于此的水平趋于平稳：决定上限的是转化（价值与成本），而不是触达。
preset-game-installs-vs-users-art-name = 免费手游：精美美术赢得安装，留不住用户
preset-game-installs-vs-users-art-description = 游戏的商店页面以精美的角色美术打头，看起来比实际玩起来更好。它赢得的安装量几乎和展示真实玩法的页面一样多，但被它吸引来的人期待的是另一款游戏：他们几周内就会离开，所以留存用户的下降远大于安装量的下降。和玩法截图页面对比看看。
preset-game-installs-vs-users-gameplay-name = 免费手游：玩法截图留住用户
preset-game-installs-vs-users-gameplay-description = 同一款游戏，商店页面展示真实玩法。所见即所得，所以几乎每个安装的人都会继续玩：与精美美术页面的差距，在留存用户上比在安装量上大得多。
preset-finance-claim-installs-vs-users-name = 理财应用：为安装而宣称与为用户而宣称
preset-finance-claim-installs-vs-users-description = 同一款储蓄应用，宣称较高的收益率，并追踪谁会留下。更大胆的宣称能赢得更多安装，直到疑虑占上风；但因宣称而采用的人在使用中看到真实收益后会离开：留住最多用户的宣称，小于赢得最多安装的宣称。

## 页面框架

app-document-title = worthit — 人们会觉得值得吗？
app-skip-link = 跳到结果
app-scenario-title = 场景
app-results-title = 结果
app-footer = worthit 模拟的是：当感知价值超过感知成本时，人们就会采用。截图效果及其他默认值仅作示意，并非实测数据；项目的 docs/model.md 解释了每一个公式。
app-result-pill-verb = 采用
app-drop-file = 拖放场景文件到此处即可打开
language-menu = 语言

## 页眉与工具栏

header-tagline = 感知价值与感知成本之争，模拟 100,000 人的选择
header-toolbar = 场景与结果
header-presets = 预设
header-download = 下载
header-download-scenario = 场景（JSON）
header-download-scenario-hint = 可在此重新打开，或用 worthit 命令行运行。
header-download-results = 结果（JSON）
header-download-results-hint = 本次运行的全部数字，结果格式 v1。
header-download-csv = 结果（CSV）
header-download-csv-hint = 同样的数字，整理成一张表格，方便用电子表格打开。
header-download-compare-hint = 在对比模式下，请从“结论：A 对比 B”卡片下载 A 和 B 的结果（JSON 或 CSV），其中包含两个方案及其差异。
header-download-comparison-hint = 把两个方案保存为一个对比文件：可在此重新打开，或用 worthit compare 运行。
header-open = 打开
header-open-file = 打开场景文件
share-button = 分享链接
share-button-short = 分享
share-dialog = 分享链接
share-copying = 正在复制…
share-copied = 链接已复制。任何人打开它都会看到完全相同的数字：
share-manual = 请复制此链接（Ctrl+C 或 ⌘C）。任何人打开它都会看到完全相同的数字：
share-done = 完成

## 头条数字与运行状态

headline-label = 采用率
headline-simulating = 正在模拟…
headline-verb = 采用
headline-ci-title = 95% 置信区间（Wilson）
headline-meta = { $users } 人，用时 { $duration }
headline-detail = { $users } 名模拟用户中有 { $adopters } 人选择了 { $product }；括号内是 95% 置信区间。随机种子 { $seed }。
headline-product-fallback = 本产品
headline-announce = 模拟完成：{ $users } 人中有 { $share } 采用。
duration-ms = { $ms } 毫秒
duration-s = { $s } 秒

status-progress = 正在模拟 { $total } 人中的 { $done } 人…
status-progress-label = 模拟进度
status-progress-what-ifs = 正在进行假设分析：{ $total } 人中的 { $done } 人…
status-updating-what-ifs = 正在进行假设分析…
status-cancelled-what-ifs = 运行在完成假设分析之前已取消。
status-cancel = 取消
status-updating = 正在更新…
status-done = 已是最新
status-cancelled = 运行已取消。当前显示的是之前设置的结果。
status-rerun = 重新运行
status-failed = 无法模拟这个场景；请查看上方的提示。

## 结果栏：摘要、图表卡片及其数据表

results-summary-label = 摘要
results-summary-title = 原因
card-show-table = 显示数据表
card-hide-table = 隐藏数据表
card-download-png = 下载 PNG
card-download-png-label = 下载 PNG：“{ $title }”
card-error = 无法绘制此图表：{ $error }

table-range = { $from } 至 { $to }
table-caption = 数据：{ $title }
table-net-value = 净价值
table-people = 人数
table-adopters = 采用者
table-non-adopters = 未采用者
table-option = 选项
table-share-of-people = 人数占比
table-cost = 成本
table-decisive = 仅消除此项可争取到的比例（占未采用者）
table-mean-adopters = 均值（采用者）
table-mean-non-adopters = 均值（未采用者）
table-input = 输入项
table-moved-by = 变动幅度
table-adoption = 采用率
table-change-points = 变化（百分点）
table-noise-points = 模拟误差（± 百分点，95%）
table-segment = 细分人群
table-period = 期数
table-aware = 知晓
table-new-adopters = 新增采用者
table-adopted-so-far = 累计采用

## 提示消息

notice-dismiss = 关闭消息
notice-invalid-scenario = { $source }不是 worthit 可以使用的场景。已保留之前的场景。
notice-refused = 无法打开{ $source }：{ $reason } 已保留之前的场景。
notice-bad-link = { $problem }已保留之前的场景。
notice-opened = 已打开“{ $name }”。
notice-run-failed = 无法模拟这个场景。
notice-download-refused = 浏览器阻止了下载。
notice-file-unreadable = 无法读取文件“{ $name }”。
notice-results-unreadable = 无法读取结果：{ $error }

source-preset = 预设“{ $name }”
source-edit = 编辑后的场景
source-link = 链接中的场景
source-file = 文件“{ $name }”
source-storage = 此浏览器中保存的场景
refused-too-large = 文件太大：超过 1 MiB，这是 worthit 从文件、链接、宿主页面或本浏览器存储中读取的上限。
refused-survey-too-large = 文件太大：超过 32 MiB，这是 worthit 读取调查文件的上限。
refused-results = 这是结果文件（一次运行的数字），不是场景。请打开计算这些结果的场景文件。
refused-compare-results = 这是对比结果文件（A 对 B 运行的数字），不是场景。请打开对比文件或两个场景文件。
refused-comparison = 这是对比文件（场景 A 和 B）。请用“打开”打开它，会进入对比模式。
refused-scenario = 这是单个场景，不是对比。

link-damaged = 此链接中的场景已损坏（{ $reason }）；链接是否被截断了？
link-reason-base64 = 不是 base64url 文本
link-reason-incomplete = 压缩数据不完整
link-reason-utf8 = 不是 UTF-8 文本
link-bad-escape = 此链接的 #scenario= 文本不是有效的 URI 编码。
link-invalid = 此链接中的场景无效。
link-too-large = 此链接的场景太大：超过 1 MiB。

error-scenario-problems = 场景中有 { $count } 处问题：
error-problem = { $path }：{ $message }

## problem: every problem the engine reports (crates/engine/src/problem.rs,
## ProblemKind), one key a kind. Paths, field names, JSON fragments and
## code in backticks stay as they are; numbers are numbers. Phrases such as
## problem-type-* and problem-syntax-* are put into other problems' messages.

problem-too-large = 太大：超过 1 MiB（{ $bytes } 字节；上限为 { $limit } 字节）
problem-wrong-results = 这是结果文件（一次运行的数字，由 `worthit run --json` 和页面的结果下载写出），不是场景：请改为打开计算它所用的场景文件
problem-wrong-compare-results = 这是比较结果文件（A 与 B 运行的数字，由 `worthit compare --json` 和页面的比较下载写出），不是场景：请改为打开比较文件或两个场景文件
problem-wrong-comparison = 这是比较文件（A、B 两个场景），不是单个场景：请用 `worthit compare FILE` 打开，或在页面上用“打开”，它会进入比较模式
problem-wrong-scenario = 这是单个场景，不是比较文件：请用 `worthit run FILE` 打开，或用 `worthit compare A B` 比较两个场景
problem-not-json = 不是 JSON 文档：{ $detail }
problem-json-syntax = 第 { $line } 行第 { $column } 列：JSON 语法错误：{ $detail }
problem-scenario-not-object = 应为 JSON 对象（带 "schema": { $version } 的场景），实际是{ $found }
problem-comparison-not-object = 应为 JSON 对象（带 "kind": "{ $tag }" 的比较）
problem-version-missing = 缺少：应为 "schema": { $version }（{ $format }格式版本）
problem-version-not-whole = 应为整数 { $version }，实际是 { $got }
problem-version-unsupported = 不支持的{ $format }格式版本 { $got }；此 worthit 读取版本 { $version }
problem-version-not-number = 应为格式版本号 { $version }，实际是{ $found }
problem-version-not-number-value = 应为{ $format }格式版本号 { $version }，实际是 { $got }
problem-kind-missing-scenario = 缺少：这看起来是场景，不是比较文档（比较文档需要 "kind": "{ $tag }" 以及场景 "a" 和 "b"）
problem-kind-missing = 缺少：应为 "kind": "{ $tag }"
problem-kind-wrong = 应为 "{ $tag }"，实际是 { $got }
problem-unknown-field = 未知字段 `{ $field }`，应为以下之一：{ $expected }{ $at }
problem-unknown-field-one = 未知字段 `{ $field }`，应为 { $expected }{ $at }
problem-unknown-field-none = 未知字段 `{ $field }`（此规则不接受其他字段）{ $at }
problem-unknown-variant = 未知名称 `{ $name }`，应为以下之一：{ $expected }{ $at }
problem-unknown-variant-one = 未知名称 `{ $name }`，应为 { $expected }{ $at }
problem-missing-field = 缺少：此字段为必填{ $at }
problem-missing-dist = 缺少：此字段为必填（分布：fixed、normal、lognormal、uniform 或 triangular）{ $at }
problem-missing-rule = 缺少：此字段为必填（规则：threshold、beat_alternatives 或 logit）{ $at }
problem-duplicate-field = 在同一对象中出现了两次{ $at }
problem-invalid-type = 类型无效：{ $found }，应为{ $expected }{ $at }
problem-invalid-value = 值无效：{ $found }，应为{ $expected }{ $at }
problem-invalid-length = 长度 { $length } 无效，应为{ $expected }{ $at }
problem-repeated-key = 键 { $key } 在此对象中出现了两次{ $at }
problem-structure = 文档结构不符合格式：{ $detail }
problem-line-column = （第 { $line } 行第 { $column } 列）
problem-users-range = 必须在 1 到 { $max } 人之间，实际是 { $got }
problem-too-many-alternatives = 最多 { $max } 个替代品，实际有 { $got } 个
problem-too-many-screenshots = 最多 { $max } 张截图，实际有 { $got } 张
problem-too-many-screenshot-kinds = 最多 { $max } 种截图类型，实际有 { $got } 种
problem-too-many-segments = 最多 { $max } 个细分人群，实际有 { $got } 个
problem-unknown-screenshot = 未知截图类型 { $kind }；应为 { $builtin } 之一，或在 product.screenshot_effects 中定义的类型
problem-not-positive = 必须 > 0，实际是 { $got }
problem-clarity-not-positive = 必须 > 0（它乘以价值的离散程度），实际是 { $got }
problem-negative = 必须 ≥ 0，实际是 { $got }
problem-viewed-range = 必须在 0 到 { $max } 之间（平均浏览截图数），实际是 { $got }
problem-no-positive-share = 至少需要一个细分人群的占比 > 0（占比会归一化为总和 1）
problem-periods-range = 必须在 1 到 { $max } 之间，实际是 { $got }
problem-unknown-cost = 未知成本 { $name }；应为 { $costs } 之一
problem-listed-twice-quoted = { $name } 列出了两次
problem-listed-twice = { $name } 列出了两次
problem-cost-not-recurring = { $name } 不在 retention.recurring 中，因此不会再次支付；请将它加入其中或删除此成本
problem-cost-negative = 成本必须 ≥ 0，实际是 { $got }
problem-cost-mean-negative = 成本的均值必须 ≥ 0，实际是 { $got }
problem-lognormal-negative = 对数正态分布从不为负：均值必须 ≥ 0，实际是 { $got }
problem-lognormal-mean = sd > 0 的对数正态分布需要均值 > 0，实际是 { $got }（固定数值请用 sd 0）
problem-lognormal-spread = 相对于均值太大，无法用于对数正态分布（sd/mean 必须小于 1e150），实际 sd 为 { $sd }，均值为 { $mean }
problem-below-min = 必须 ≥ 最小值（{ $min }），实际是 { $got }
problem-below-mode = 必须 ≥ 众数（{ $mode }），实际是 { $got }
problem-cost-uniform-mean = 成本的均值 (min + max) / 2 必须 ≥ 0，实际是 { $got }
problem-cost-triangular-mean = 成本的均值 (min + mode + max) / 3 必须 ≥ 0，实际是 { $got }
problem-sd-negative = 必须 ≥ 0（标准差），实际是 { $got }
problem-unit-range = 必须在 0 到 1 之间，实际是 { $got }
problem-not-finite = 必须是有限的数字，实际是 { $got }
problem-magnitude = 必须在 -{ $max } 到 { $max } 之间，实际是 { $got }
problem-currency = 必须是三个字母的 ISO 4217 货币代码，例如 "USD"，实际是 { $got }
problem-not-positive-number = 必须是正数，实际是 { $got }
problem-not-non-zero = 必须是非零数字，实际是 { $got }
problem-rho-range = 必须在 -1 到 1 之间，实际是 { $got }
problem-self-correlation = 一个量不能与自身相关（两端都是 { $quantity }）
problem-quantity-missing = 场景中没有 { $quantity }；请先为它设定分布
problem-pair-twice = { $a } – { $b } 这一对已在 correlations[{ $first }] 给出
problem-impossible-correlations = 这些相关性不可能同时成立（没有任何人群能全部具备，未列出的一对视为 0；矩阵不是半正定的）：{ $pairs }；请减弱其中一个，或列出缺失的那一对
problem-correlation-pair = correlations[{ $index }]（{ $a } – { $b }，rho { $rho }）
problem-title-empty = 不能为空（它是练习的标题）
problem-too-many-characters = 最多 { $max } 个字符，实际有 { $got } 个
problem-goal-target = 必须是 0 到 1 之间的比例（0.4 即 40%），实际是 { $got }
problem-goal-segment-unused = 只用于指标 "segment_adoption"；请删除它或更改指标
problem-goal-needs-retention = 指标 "retained_share" 需要场景中有 "retention" 块
problem-goal-needs-segment = 指标 "segment_adoption" 需要一个细分人群的名称
problem-unknown-segment = 没有名为 { $name } 的细分人群；应为 { $names } 之一
problem-editable-empty = 请至少指定一个学生可以更改的输入，例如 "product.costs"
problem-too-many-entries = 最多 { $max } 项，实际有 { $got } 项
problem-unknown-preset = 没有内置预设使用这个 ID
problem-predict-winner-tolerance = "winner" 预测只有对错之分；请删除容差
problem-predict-tolerance = 必须是大于 0 且不超过 1 的比例（0.2 即 20 个百分点），实际是 { $got }
problem-editable-exercise = 练习本身不能设为可编辑
problem-unknown-input = 未知输入 { $path }；应为 { $inputs } 之一
problem-fit-empty = 请指定 1 到 3 个要拟合的输入，例如 ["product.value.mean"]
problem-too-many-inputs = 最多 { $max } 个输入，实际有 { $got } 个
problem-cannot-fit = { $path } 无法拟合：{ $why }
problem-observed-empty = 请至少给出一条观测：{"{"}"users": N, "adopters": K{"}"}
problem-too-many-observations = 最多 { $max } 条观测，实际有 { $got } 条
problem-observed-no-users = 必须至少为 1（看到此版本的人数）
problem-adopters-over-users = 必须 ≤ users（{ $users }），实际是 { $got }
problem-retained-over-adopters = 必须 ≤ adopters（{ $adopters }），实际是 { $got }
problem-retained-needs-retention = 需要 retention 块（"retention": {"{"}"periods": 30, "notice": 0.5{"}"}）才能预测谁会留下；见 docs/calibration.md
problem-experience-pair = product.experience 只能与 product.value 相关，实际是 { $quantity }（它与成本的相关性经由价值传递）
problem-set-invalid = 使场景无效：{ $problem }
problem-set-loses-fit = 使 calibration.fit[{ $index }] 没有数字：{ $why }
problem-posterior-inputs = 必须按顺序列出拟合的输入（{ $inputs }）；请重新运行 worthit calibrate
problem-posterior-draws = 需要 1 到 { $max } 个抽样，实际有 { $got } 个
problem-draw-length = 每个输入需要一个数字（{ $inputs } 个），实际有 { $got } 个
problem-draw-not-finite = 必须是有限的数字，实际有 { $got }
problem-calibration-missing = 缺少：请添加 calibration 块，包含 "fit"（要估计的输入）和 "observed"（users 与 adopters）；见 docs/calibration.md
problem-simulated-range = 模拟人数必须在 1 到 { $max } 之间，实际是 { $got }
problem-not-a-path = 不是输入路径（{ $why }）；应类似 product.value.mean 或 segments[0].share
problem-path-no-name = 点号后缺少名称
problem-path-unclosed-quote = 带引号的键没有闭合
problem-path-quote-bracket = 带引号的键后面必须跟 ]
problem-path-unclosed-bracket = [ 没有闭合
problem-path-index = 索引必须是 ≥ 0 的整数
problem-path-character = 意外的字符
problem-path-empty = 为空
problem-not-a-number = 不是数字
problem-not-set = 未设置（null），因此没有可读取的数字
problem-is-not-number = 是{ $found }，不是数字
problem-no-such-index = 不存在：{ $parent } 有 { $items } 项，从 0 开始编号
problem-no-such-step = 不存在：{ $parent } 是{ $found }
problem-no-such-key = 不存在：{ $parent } 没有 { $key }（它有 { $has }）
problem-expected-number-got = 应为数字，实际是{ $found }
problem-cannot-scale-sd = 无法设置：此分布的 sd 为 { $sd }，因此无法缩放到 { $got }（请改为设置 min、mode 和 max）
problem-target-share = 必须是 0 到 1 之间的比例，实际是 { $got }
problem-not-an-input = 不是模型输入（它改变的是模拟哪些人，而不是他们的感知）；请求解价值、成本、权重或效果
problem-solve-unfinished = 求解没有运行到结束
problem-draw-count = 有 { $got } 个数字，但有 { $inputs } 个输入
problem-no-draws = 没有要运行的抽样
problem-type-null = null
problem-type-boolean = 布尔值
problem-type-number = 数字
problem-type-string = 字符串
problem-type-array = 数组
problem-type-list = 列表
problem-type-object = 对象
problem-format-scenario = 场景
problem-format-comparison = 比较
problem-here-scenario = 场景
problem-keys-nothing = 无
problem-syntax-eof-list = 解析列表时文件意外结束
problem-syntax-eof-object = 解析对象时文件意外结束
problem-syntax-eof-string = 解析字符串时文件意外结束
problem-syntax-eof-value = 解析值时文件意外结束
problem-syntax-colon = 应为 `:`
problem-syntax-comma-bracket = 应为 `,` 或 `]`
problem-syntax-comma-brace = 应为 `,` 或 `{"}"}`
problem-syntax-ident = 应为标识符
problem-syntax-value = 应为一个值
problem-syntax-escape = 无效的转义
problem-syntax-number = 无效的数字
problem-syntax-range = 数字超出范围
problem-syntax-unicode = 无效的 Unicode 码位
problem-syntax-control = 解析字符串时遇到控制字符（\u0000-\u001F）
problem-syntax-key = 键必须是字符串
problem-syntax-trailing-comma = 多余的逗号
problem-syntax-trailing = 末尾有多余的字符
problem-syntax-recursion = 超过嵌套深度上限
problem-found-string = 字符串 { $value }
problem-found-integer = 整数 { $value }
problem-found-float = 小数 { $value }
problem-found-boolean = 布尔值 { $value }
problem-found-sequence = 数组{ $value }
problem-found-map = 对象{ $value }
problem-found-null = null{ $value }
problem-expected-number = 数字
problem-expected-whole = ≥ 0 的整数
problem-expected-string = 字符串
problem-expected-boolean = 布尔值
problem-expected-sequence = 数组
problem-expected-map = 对象
problem-expected-object = 对象
problem-expected-dist = 分布，例如 {"{"}"dist": "normal", "mean": 1.0, "sd": 0.5{"}"}
problem-expected-decision = 决策规则，例如 {"{"}"rule": "beat_alternatives"{"}"}

panic-message = worthit 内部出错，页面已停止运行。请重新加载页面；如果问题再次出现，请报告以下信息：{ $detail }
panic-in-worker = 模拟线程中：{ $detail }

## time：随时间的采用——编辑器的“时间”部分与结果中的漏斗（所有人 → 知晓 → 采用）。
## 术语：外部触达（p，营销）、口碑传播（q）、转化（知晓者中采用的比例）。

editor-group-time = 时间
time-hint = 人们一周一周地听说这款产品：来自营销，也来自已经采用的人；每个人只在第一次听说时做一次决定。
time-on = 模拟随时间的采用
time-periods = 期数（周）
time-periods-hint = 模拟多少周，1 到 520（十年）。
time-p = 外部触达（p）
time-p-hint = 营销：每周，尚未听说过它的人以这个概率从广告、应用商店或媒体听说它。
time-q = 口碑传播（q）
time-q-hint = 每周，尚未听说过它的人还会以 q × 目前已采用比例的概率从采用者那里听说它。
time-social-proof = 社会认同
time-social-proof-hint = 看到别人采用会打消疑虑：信任成本降低这个比例 × 目前已采用的比例。
time-averages = 使用文献平均值
time-averages-hint = p = 0.03、q = 0.38，是 213 项已发表的 Bass 模型应用的平均值（Sultan、Farley 与 Lehmann，1990）。

funnel-title = 触达与转化
funnel-label = 从所有人到听说过产品的人、再到采用者的漏斗
funnel-people = 所有人
funnel-aware = 听说过
funnel-adopted = 已采用
funnel-count-share = { $count } · { $share }
funnel-conversion = 听说过的人中有 { $conversion }
funnel-verdict-reach = 瓶颈在触达（营销）：到第 { $period } 期只有 { $aware } 的人听说过它，而其中 { $conversion } 会采用。加大外部触达（p）或口碑传播（q）最有帮助。
funnel-verdict-conversion = 瓶颈在转化（运营）：{ $aware } 的人听说过它，但其中只有 { $conversion } 采用。应提高价值或降低成本；再多营销也收效甚微。
funnel-verdict-both = 触达与转化都在拖累采用：到第 { $period } 期只有 { $aware } 的人听说过它，其中也只有 { $conversion } 采用。
funnel-verdict-neither = 触达与转化都不是瓶颈：{ $aware } 的人听说过它，其中 { $conversion } 采用。
funnel-verdict-no-reach = 到第 { $period } 期仍没有人听说过它：瓶颈完全在触达（营销）。没有外部触达（p = 0），口碑传播就无从开始。

## embed: the compact layout for iframes, the Embed dialog that writes
## the iframe snippet, and the notice about query parameters the page
## could not use. Parameter names (controls, lock, host) and origins such
## as https://lms.example.edu stay as they are.

embed-region = worthit 模拟
embed-open-full = 在完整版 worthit 中打开
embed-open-full-hint = 在新标签页中打开此场景，可使用全部控件。
embed-button = 嵌入
embed-dialog = 嵌入此模拟
embed-intro = 把这段 HTML 粘贴到课程页面或 LMS 中。它会按下面的选项显示当前场景。
embed-intro-compare = 把这段 HTML 粘贴到课程页面或 LMS 中。它会按下面的选项显示此对比（A 与 B）。
embed-controls = 可供使用的控件
embed-controls-none = 无：只显示结果
embed-lock-all = 锁定所有数值（只能查看，不能修改）
embed-lang = 语言
embed-lang-visitor = 访问者浏览器的语言
embed-compare = 以对比模式（A 与 B）打开
embed-host = 宿主页面的源（可选）
embed-host-hint = 只有这个源可以发送 worthit:load 和 worthit:run 消息，例如 https://lms.example.edu。
embed-host-invalid = 这不是一个源：请写成 https://name.example 的形式，不带路径。
embed-fit = 让框架高度适应内容（会添加一小段脚本）
embed-code = 要粘贴的 HTML
embed-copy = 复制
embed-copied = 已复制。
embed-copy-manual = 浏览器不允许复制：请选中文本后按 Ctrl+C 或 ⌘C。
embed-preview = 预览
embed-done = 完成
embed-predict = 先请学生预测，再显示结果
embed-lms = 下载 LMS 课件包
embed-lms-help = 此场景的 SCORM 1.2 课件包，可导入 Moodle、Canvas、Blackboard 等学习平台：会报告完成情况、按练习目标判定的通过或未通过、预测得分以及学习时长。
embed-lms-help-compare = 此对比（A 与 B）的 SCORM 课件包，可导入 Moodle、Canvas、Blackboard 等学习平台：以对比模式打开，会报告完成情况、预测得分以及学习时长。
embed-lms-building = 正在生成课件包…
embed-lms-done = 课件包已下载。
# $reason: why, in English (a missing file of the page, for example).
embed-lms-failed = 无法生成课件包：{ $reason }
# The launch page of the LMS package (crates/lms): the frame's name and
# the notice when it is opened outside a learning platform.
lms-frame-title = worthit 模拟：{ $title }
lms-no-lms = 未找到学习平台：此活动可以正常使用，但不会记录任何结果。
lms-comparison-title = { $a } 对比 { $b }
# The iframe's accessible name in the host page; $title is the scenario's title.
embed-iframe-title = worthit 模拟：{ $title }
embed-warning-title = 本页地址中的部分设置已被忽略。
# $name is embed or compare; $value is what the address says.
embed-warning-flag = “{ $name }={ $value }”不是“是/否”值；请使用 1 或 0。
embed-warning-control = “{ $name }”不是控件分组。
embed-warning-lock = “{ $path }”不是场景路径（例如 product.costs.money）。
embed-warning-preset = 没有名为“{ $id }”的预设。
embed-warning-scenario-escape = 地址中的场景不是有效的 URI 编码。
embed-warning-scenario = 地址中的场景无效：
embed-warning-host = “{ $host }”不是一个源（例如 https://lms.example.edu），因此 worthit 不向宿主页面发送任何消息，也不执行收到的消息。

## lab: the screenshot lab. A and B stay as they are.

compare-toggle = 对比 A/B
compare-toggle-hint = 并排编辑两个方案，在同一批模拟人群上看哪个胜出。
compare-toggle-hint-kept = 并排编辑两个方案；你的方案 B 已保留，会重新出现。
compare-title = 对比 A 和 B
compare-switch-label = 要编辑的方案
compare-edit-a = 编辑 A
compare-edit-b = 编辑 B
compare-variant-a = A：基准
compare-variant-b = B：变体
compare-b-people = B 使用 A 的模拟人群和随机种子，因此只有你改动的内容会带来差异。
compare-diff-title = B 改动了什么
compare-diff-count = B 与 A 有 { $count } 处不同：
compare-diff-other = 其他
compare-same-yet = B 目前仍是 A 的副本。修改 B 的截图、宣传主张或其他任何内容即可对比。
compare-reset-b = 从 A 重新开始 B（丢弃 B 的更改）

verdict-title = 结论：A 对比 B
verdict-pill = B 对比 A：{ $points } 个百分点 · P(B 更好) { $probability }
verdict-waiting = 正在用同一批人模拟 A 和 B…
verdict-lift = B − A
verdict-points = { $points } 个百分点
verdict-interval = 95% 区间 { $interval }
verdict-probability = P(B > A) { $probability }
verdict-barriers-title = 阻碍未采用者的因素：A 与 B
verdict-change = 变化（百分点）
verdict-no-barriers = 两个方案都没有任何成本。
verdict-download-json = 下载 JSON
verdict-download-csv = 下载 CSV

strip-title = { $variant } 的截图
strip-hint = 按商店中的顺序排列。拖动卡片，或聚焦卡片后按方向键即可移动。每张卡片下方：看到这一张的人所占比例。
strip-empty = 没有截图：价值只能靠文字描述。
strip-card-label = 第 { $position } 张截图（共 { $count } 张）：{ $name }
strip-effect-value = 价值 { $value }
strip-effect-clarity = 清晰度 { $change }%
strip-effect-trust = 信任成本 { $value }
strip-repeat = 重复：按 { $weight } 计
strip-unknown-kind = 未知类型：没有效果。
strip-reach = { $share } 的人会看到这里
strip-earlier = 将{ $name }（第 { $position } 张）前移
strip-later = 将{ $name }（第 { $position } 张）后移
strip-remove = 删除{ $name }（第 { $position } 张）
strip-moved = { $name }已移到第 { $position } 张（共 { $count } 张）。
strip-added = 已在第 { $position } 张添加{ $name }。
strip-add-label = 要添加的截图类型
strip-add = 添加
strip-full = 商店页面最多只能放 10 张截图。

lab-single-label = 截图实验室
next-title = 下一张放什么截图？
next-title-variant = { $variant } 的下一张截图放什么？
next-intro = 针对当前的截图序列：在每个位置添加每种截图后采用率如何变化，按效果从好到差排列。
next-note = 每个候选方案都与当前序列在同样的 { $users } 名模拟人群上对比。
next-candidate = 第 { $position } 张放{ $name }
next-lift = { $points } 个百分点（{ $interval }）
next-plausible = · 合理效果范围：{ $interval }
next-robust = 排名第一的候选在 { $share } 的合理效果大小下都是最佳（每个内置截图效果变动 ±{ $spread }，{ $draws } 次抽样，每次模拟 { $users } 人）。“合理效果”范围包含这种不确定性和模拟误差；其前面的区间只包含模拟误差。
next-robust-posterior = 排名第一的候选在拟合输入的后验抽样中有 { $share } 是最佳（{ $draws } 次抽样，每次模拟 { $users } 人）。“合理效果”范围包含数据留下的不确定性和模拟误差；其前面的区间只包含模拟误差。
next-apply = 添加
next-apply-label = 添加：{ $candidate }
next-show-all = 显示全部 { $count } 项
next-show-fewer = 收起

claims-title = 宣传主张探索
claims-title-variant = { $variant } 的宣传主张探索
claims-intro = 价值宣传该说得多响？在同一批模拟人群上看各种主张强度下的采用率：适度的主张能打动人，夸张的主张会损失信任。
claims-note = 每个点模拟 { $users } 人。
claims-fewer-people = （曲线只模拟了场景 { $total } 人中的 { $users } 人，因此其数字可能与标题数字略有不同。）
claims-current-headline = 当前宣称的数字取自标题。
claims-use-best = 采用最佳主张（{ $claim }）

lab-progress-label = 实验室进度
lab-progress-people = 正在模拟 A 和 B：{ $total } 人中的 { $done } 人…
lab-progress-candidates = 正在尝试第 { $done } 个截图方案（共 { $total } 个）…
lab-progress-claims = 正在尝试第 { $done } 个主张（共 { $total } 个）…
lab-cancelled = 已停止。显示的数字来自之前的设置。
lab-failed = 无法计算：

lab-link-damaged = 此链接中的对比数据已损坏；链接是否被截断了？
lab-link-bad-escape = 此链接的 #comparison= 文本不是有效的 URI 编码。
lab-link-invalid = 此链接中的对比无效。
lab-link-too-large = 此链接的对比太大：超过 1 MiB。

## exercise

exercise-label = 练习
exercise-goal-adoption-at-least = 使采用率达到 { $target } 或以上
exercise-goal-adoption-at-most = 使采用率保持在 { $target } 或以下
exercise-goal-segment-at-least = 使{ $segment }的采用率达到 { $target } 或以上
exercise-goal-segment-at-most = 使{ $segment }的采用率保持在 { $target } 或以下
exercise-goal-retained-at-least = 使留存用户达到 { $target } 或以上
exercise-goal-retained-at-most = 使留存用户保持在 { $target } 或以下
exercise-goal-changing-only = 只改动{ $controls }，{ $goal }。
exercise-list-and = 和
exercise-status-waiting = 正在检查…
exercise-status-met = 已达成目标
exercise-status-not-met = 尚未达成
exercise-status-predict-first = 请先做出预测：锁定后才会显示结果。
exercise-status-compare = 目标针对的是单个场景，所以对比模式下不检查目标：请把结论中 A 和 B 的采用率与目标比较，或退出对比模式来检查。

## predict
# Predict, then reveal, then score (src/exercise/predict.rs). The
# prediction is a share of the people, typed as a percentage.
predict-title = 你的预测
predict-question = 在看到结果之前：你认为有多大比例的人会采用这个产品？
predict-label = 你对采用率的预测
# Shown after the input box, and read with it.
predict-unit = % 的人
predict-lock = 锁定我的预测
predict-help = 填写 0 到 100 之间的数字。锁定后无法更改，随后显示结果并评分。
predict-invalid = 请输入 0 到 100 之间的数字，例如 45 或 45.5。
predict-waiting = 预测已锁定，正在模拟…
predict-result-title = 你的预测得分
predict-yours = 你的预测
predict-actual = 模拟结果（95% 区间）
predict-error-points = 误差（百分点）
predict-inside = 是否在 95% 区间内
predict-inside-yes = 是
predict-inside-no = 否
predict-score = 得分
# $score: a number from 0 to 1, such as 0.75.
predict-score-value = { $score }（满分 1）
predict-rule = 预测落在模拟的 95% 区间内得 1 分；超出区间越远得分越低，超出 { $tolerance } 个百分点时为 0 分。
# The live region's text after the reveal. $actual, $predicted: percentages;
# $interval: a range such as 42.8–43.4%; $error: signed points such as +6.9;
# $inside: "yes" or "no" (a selector); $score: 0 to 1.
predict-revealed = 采用率为 { $actual }（95% 区间 { $interval }）。你的预测是 { $predicted }：误差 { $error } 个百分点，{ $inside ->
        [yes] 在
       *[no] 不在
    }区间内。得分：{ $score }（满分 1）。
exercise-status-detail = 当前 { $current }，目标 { $target }。
exercise-locked-note = 目标之外的控件已锁定。
exercise-same-numbers = 打开此页面分享链接的每个人都会模拟同样的 { $users } 人（随机种子 { $seed }），得到相同的数字。
exercise-show-hint = 显示提示
exercise-hide-hint = 隐藏提示
exercise-reset = 重置练习
exercise-leave = 退出练习
exercise-start = 开始练习
exercise-offer = 此预设附带一个课堂练习：“{ $title }”。

exercise-control-title = 标题
exercise-control-seed = 随机种子
exercise-control-users = 人数
exercise-control-product = 产品
exercise-control-product-name = 产品名称
exercise-control-product-value = 感知价值
exercise-control-product-claim = 宣称价值
exercise-control-product-credibility = 可信度
exercise-control-product-costs = 成本
exercise-control-cost-money = 金钱成本
exercise-control-cost-time = 时间成本
exercise-control-cost-learning = 学习成本
exercise-control-cost-trust = 信任成本
exercise-control-cost-emotional = 情感成本
exercise-control-cost-safety = 安全成本
exercise-control-product-screenshots = 截图
exercise-control-product-screenshot-effects = 截图效果
exercise-control-alternatives = 替代选项
exercise-control-segments = 受众细分
exercise-control-decision = 决策规则
exercise-control-diffusion = 时间设置（触达与口碑）
exercise-control-diffusion-periods = 周期数
exercise-control-diffusion-p = 外部触达 (p)
exercise-control-diffusion-q = 口碑传播 (q)
exercise-control-diffusion-social-proof = 社会认同
exercise-control-exercise = 练习

## data：用观测到的计数校准情景。路径（如 product.value.mean、
## calibration.observed[0].adopters）保持原样；A、B 为变体名称。
data-title = 你的数据
data-lede = 从真实用户的行为出发：多少人看到了这个产品，多少人采用了它。worthit 会把你选的输入拟合到这些计数上，并说明有多大把握。
data-lede-variants = 输入每个变体在真实商店页面实验中的结果。worthit 会用两组计数拟合价值以及 A 与 B 之间差异的效果。
data-mode-label = 这些计数来自
data-mode-one = 一组计数
data-mode-arms = 过去实验的两组
data-row-one = 观测
data-row-arm = 第 { $arm } 组
data-row-variant = 变体 { $variant }
data-users = 看到的人数
data-adopters = 采用的人数
data-users-arm = 第 { $arm } 组：看到的人数
data-adopters-arm = 第 { $arm } 组：采用的人数
data-users-variant = { $variant }：看到的人数
data-adopters-variant = { $variant }：采用的人数
data-retained = 留存的采用者（可选）
data-retained-arm = 第 { $arm } 组：留存的采用者（可选）
data-retained-variant = { $variant }：留存的采用者（可选）
data-set-arm = 第 { $arm } 组：有何不同（JSON，路径 → 值；没有则留空）
data-fit-legend = 要拟合的输入（最多 { $max } 个）
data-fit-other = 其他输入（按路径）
data-fit-add = 添加
data-field-mean = 均值
data-field-sd = 离散程度（标准差）
data-field-value = 数值
data-input-value = 感知价值，{ $field }
data-input-claim = 价值主张
data-input-experience = 体验到的价值，{ $field }
data-input-use-cost = 每个使用期的{ $cost }成本，{ $field }
data-input-cost = { $cost }成本，{ $field }
data-input-effect-value = { $name }截图：价值效果
data-input-effect-trust = { $name }截图：信任效果
data-input-effect-clarity = { $name }截图：清晰度
data-run = 拟合我的数据
data-problems = 没有进行拟合，情景保持不变。请更正：
data-problem-required = { $field }：请输入一个数字。
data-problem-whole = { $field }：请输入整数人数。
data-problem-negative = { $field }：人数不能为负。
data-problem-no-users = { $field }：至少要有一人看到。
data-problem-over = { $field }：采用的人数不能多于看到的人数。
data-problem-retained-over = { $field }：留存的采用者不能多于采用的人数。
data-problem-set = { $field }：这里必须是“路径 → 值”的 JSON 对象（{ $reason }）。
data-problem-unknown = { $field }：情景中没有这个路径的输入。
data-problem-not-numeric = { $field }：这个输入不是数字，无法拟合。
data-problem-no-fit = { $field }：请至少选择一个要拟合的输入。
data-problem-too-many = { $field }：最多选择 { $max } 个输入。
data-problem-repeated = { $field }：这个输入被选了两次。
data-problem-no-observation = { $field }：请至少输入一组观测计数。
data-fit-title = 拟合的输入（中位数与 95% 可信区间）
data-estimate = { $estimate }（95%：{ $lo } 至 { $hi }）
data-posterior-title = 数据对每个输入的说明
data-legend-estimate = 中位数与 95% 可信区间
data-legend-predicted = 预测比例与 95% 区间
data-legend-observed = 观测比例
data-check-title = 拟合后的模型能重现你的数据吗？
data-check-chart-title = 观测比例与预测比例
data-check-row = 观测 { $n }（观测值 { $observed }）
data-check-line = 观测 { $n }：观测到 { $observed }（{ $users } 人中 { $adopters } 人）；拟合后的模型预测 { $predicted }（{ $interval }）。
data-check-retained-row = 观测 { $n }，仍在使用（观测值 { $observed }）
data-check-retained-line = 观测 { $n } 的留存：观测到 { $observed } 仍在使用（{ $users } 人中 { $retained } 人）；拟合后的模型预测 { $predicted }（{ $interval }）。
data-check-retained-predicted = 观测 { $n } 的留存：拟合后的模型预测这些人中有 { $predicted } 会采用并在期末仍在使用（{ $interval }）。
data-check-ok = 每个观测比例都落在模型的 95% 预测区间内。
data-check-misfit = 模型无法重现观测 { $list }：即使在最佳拟合下，观测比例也落在预测范围之外。情景遗漏了这里重要的因素，请谨慎看待它的结果。
data-warning-cannot-reproduce = 模型无法重现观测 { $n }：实际采用率 { $observed }，但拟合后的输入预测 { $interval }。拟合中固定不变的某些因素与现实不符：请拟合另一个输入，或检查计数。
data-warning-cannot-reproduce-retained = 模型无法重现观测 { $n } 的留存：实际有 { $observed } 采用并仍在使用，但拟合后的输入预测 { $interval }。请检查哪些成本会重复付出、使用实际带来什么价值，或拟合其中一项。
data-warning-underdetermined = { $inputs } 个输入只有 { $observations } 个观测：数据无法确定每个输入，部分区间主要反映尚未确定的范围。
data-warning-confounded = 数据无法区分 { $a } 和 { $b }（相关系数 { $correlation }）：只能确定两者的组合。
data-warning-flat = 数据对 { $input } 说明得很少：它的区间覆盖了搜索范围的一半以上。
data-warning-edge = { $input } 紧贴允许范围的端点（{ $bound }）：数据可能需要超出范围的值。
data-warning-no-fit = 允许范围内没有任何数值能产生这些计数：没有进行拟合。
data-warning-monte-carlo = 相对于 { $input } 的区间，模拟本身的噪声并不小：请模拟更多的人。
data-progress = 正在拟合：已模拟 { $done } 人（共 { $total } 人）…
data-interval-note = 这里的区间是参数不确定性：数据对每个输入尚未确定的部分。模拟噪声远小于此。
data-apply = 设为新的基准
data-undo = 撤销
data-applied = 校准后的情景已成为基准；其结果包含参数不确定性。
lab-progress-evaluations = 正在计算第 { $done } 次（共 { $total } 次）…

effects-edit = 编辑这类截图的效果
effects-label = { $name }截图的效果
effects-value = 价值（分）
effects-clarity = 清晰度变化（%）
effects-trust = 信任成本（分）
effects-default = 内置效果仅作示意；修改后即使用你自己的数值。
effects-own = 这类截图（全部）使用你自己的效果。
effects-reset = 恢复内置效果
effects-error = { $field }：请输入数字（清晰度变化须低于 100%）。

verdict-caveat = { $kinds }的效果是示意性的默认值，并非实测：结论的可靠程度取决于它们。可在截图卡片上修改，或在“你的数据”中用你的计数拟合。

solve-summary = 要达到目标需要什么？
solve-input = 改变这个输入
solve-target = 目标采用率（%）
solve-run = 求出数值
solve-answer = { $input }为 { $value } 时，采用率达到 { $share }。
solve-not-monotone = 采用率并不随这个输入单向变化：其他数值也可能达到目标；这是最接近当前值的一个。
solve-unreachable = { $input }在 { $lo } 到 { $hi } 之间的任何数值都无法使采用率达到 { $target }：在这一范围内采用率为 { $reachable }。
solve-apply = 应用这个数值
solve-problem-target = { $field }：请输入 0 到 100% 之间的比例。

uncertainty-line = 含参数不确定性：{ $interval }（95%；仅拟合输入本身为 { $parameters }，基于 { $draws } 个后验抽样）。上方的区间只包含模拟噪声。
uncertainty-title = 包含数据对拟合输入尚未确定的部分，而不只是模拟噪声
uncertainty-waiting = 正在计算含参数不确定性的区间…
uncertainty-failed = 无法计算含参数不确定性的区间：
what-if-extra-interval = 本次运行采用率 { $change }，计入拟合输入的不确定性后为 { $interval }
what-if-extra-retained = 留存采用者 { $change }
what-if-extra-summary-retained = 每项假设对留存采用者的影响
what-if-extra-summary-interval = 含拟合输入不确定性的每项假设
what-if-extra-summary-both = 含拟合输入不确定性的每项假设，及其对留存采用者的影响
what-if-extra-note = “计入拟合输入的不确定性”是该假设效果在 { $draws } 个后验抽样（每个模拟 { $people } 人）上的 95% 区间：同时包含数据对拟合输入留下的不确定性和模拟误差。条形显示本次运行的效果，其误差只有模拟误差。

plan-title = 规划测试
plan-intro = 商店页面实验：A（{ $a }）对比 B（{ $b }）。需要多少访问者才能区分二者？
plan-visitors = 每个变体的访问者数
plan-confidence = 置信度
plan-power-target = 期望的检验功效
plan-power = 每个变体 { $visitors } 名访问者时，测试判定较优变体胜出的概率
plan-needed = 达到 { $power } 功效所需的每个变体访问者数
plan-mde = 以 { $power } 功效可检测的最小提升
plan-no-difference = 这里 A 与 B 的采用率相同：再多的访问者也无法区分。
plan-assurance = 保证概率：每个变体 { $visitors } 名访问者时，测试判定 { $winner } 胜出的概率，按拟合输入的 { $draws } 个后验抽样取平均（包含输入的不确定性，而不只是模拟误差）。
plan-assurance-with-prior = 保证概率：每个变体 { $visitors } 名访问者时，测试判定 { $winner } 胜出的概率，按拟合输入与示意性截图效果的 { $draws } 个抽样取平均（包含输入的不确定性和模拟误差）。
plan-assurance-needed = 每个变体 { $visitors } 名访问者可达到 { $power } 的保证概率。
plan-assurance-unreachable = 再多的访问者也达不到 { $power } 的保证概率：最多只能达到 { $max }，因为在部分抽样中另一个变体更好。
plan-assurance-too-many = 达到 { $power } 的保证概率需要每个变体超过 { $max } 名访问者。
plan-problem-visitors = { $field }：请输入 1 到 { $max } 之间的整数访问者数。
plan-note = 与商店页面实验相同的双侧两比例检验。比例来自模型，因此规划的可靠程度取决于输入：请先在“你的数据”中用你的计数拟合它们。
verdict-robust = 把每个内置效果在 ±{ $spread } 范围内变化后，B 在 { $share } 的合理效果大小中胜出（{ $draws } 次抽样的提升为 { $interval }；这一范围同时包含效果的不确定性和模拟噪声）。

exercise-solve-hint = 计算提示：{ $input }约为 { $value } 时可达到 { $target }。
exercise-solve-hint-none = 计算提示：只改变{ $input }无法达到目标；再试着改变其他输入。
boot-load-failed-embedded = worthit 无法加载它的文件。托管 worthit 的服务器必须在 .js、.wasm、.css 和 .ftl 文件上发送标头 Access-Control-Allow-Origin: *，因为此框架从不透明源加载它们（见 docs/embedding.md 的“Headers”）。
boot-load-failed-page = worthit 无法加载它的文件。请检查网络连接并重新加载页面。
## 留存

label-title-retention = 采用后谁会留下
label-axis-periods-since-adoption = 采用后的期数
label-legend-still-using = 仍在使用
label-legend-adopted = 已采用
label-legend-retained = 留存的采用者
label-legend-best-retained-claim = 留存最多的宣称 { $claim }
retention-headline = { $periods } 期后，全部人群中有 { $share } 采用且仍在使用（95% 区间 { $interval }）。
retention-loss =
    { $larger ->
        [expectation] 流失主要来自预期落差：{ $expectation } 的人因宣称和截图而采用，实际使用未达预期后离开；因持续成本离开的有 { $recurring }。
       *[recurring] 流失主要来自持续成本：{ $recurring } 的人因使用中不断付出的成本而离开；因实际使用不及宣称和截图而离开的有 { $expectation }。
    }
retention-no-loss = 所有采用者在 { $periods } 期后仍在使用。
chart-retention = 全部人群中采用且仍在使用该产品的比例，按采用后的各期显示（实线），对照采用比例 { $adopted }（虚线）：{ $periods } 期后仍有 { $retained } 在使用。
lab-claim-best-retained =
    { $position ->
        [smaller] 留存的采用者在更小的宣称 { $claim } 处达到最高：{ $share } 的人仍在使用，而采用率在 { $adoption_claim } 处最高。
       *[same] 留存的采用者在宣称 { $claim } 处达到最高：{ $share } 的人仍在使用；采用率在 { $adoption_claim } 处最高。
    }
headline-retained-verb = 仍在使用
headline-retained-label = 留存的采用者：全部人群中采用且在 { $periods } 期后仍在使用的比例
headline-retained-ci-title = 95% 区间（Wilson；仅含蒙特卡洛误差）
dropoff-title = 谁会留下
dropoff-label = 从全部采用者到仍在使用的人，以及其他人离开的原因
dropoff-adopted = 已采用
dropoff-retained = { $periods } 期后仍在使用
dropoff-expectation = 离开：实际使用不及宣称和截图
dropoff-recurring = 离开：持续付出的成本超过了价值
funnel-still-using = 仍在使用
verdict-retained-title = 留存的采用者（商店详情页实验的第二个指标）
verdict-retained-share = 留存
verdict-installs-lift = 采用者（安装）：B − A
verdict-retained-lift = 留存的采用者：B − A
editor-group-retention = 谁会留下
retention-hint = 采用之后，人们使用产品并看到它的真实价值。每一期，他们用体验到的价值对比持续的成本重新决定；失望的用户会离开。
retention-on = 模拟采用后谁会留下
retention-periods = 使用期数
retention-periods-hint = 采用后跟踪每位用户的期数，1 到 520。留存的采用者是最后一期后仍在使用的人。
retention-notice = 每期察觉概率
retention-notice-hint = 失望的用户每期据此离开的概率：1 表示立即离开；数值越低，习惯让人留得越久。
retention-recurring = 使用期间重复付出的成本
retention-recurring-hint = 勾选的成本在每个使用期都要付出；其余的（默认是学习成本）只在采用前付出一次。
retention-use-costs = 每个使用期的成本
retention-use-costs-hint = 对于重复付出的成本：当每个使用期的实际成本不同于采用前的感知时（例如免费试用后的订阅费、玩游戏实际花的时间），在这里设置。
retention-use-cost-hint = 每个使用期的成本，由同一个人的感知成本抽样而来：预期越高的人付出越多。
retention-use-cost-as-perceived = 与感知相同
retention-experience-on = 实际体验不同于第一印象
retention-experience-title = 体验到的价值
retention-experience-hint = 使用产品实际带来的价值。不设置时，体验到的价值等于感知价值去掉宣称和截图的影响（同一个人的抽样）。
retention-experience-rho = 体验与第一印象的相关程度（rho）
retention-experience-rho-hint = 1：预期越高的人得到的也越多（同一次抽样）。更低：使用带来的惊喜或失望与预期无关的部分更多；0：两者毫无关系。
exercise-control-retention = 留存设置
exercise-control-retention-periods = 使用期数
exercise-control-retention-notice = 每期察觉概率
exercise-control-retention-recurring = 哪些成本重复付出
exercise-control-retention-costs = 每个使用期的成本
exercise-control-product-experience = 体验到的价值
table-still-using = 仍在使用
## Correlated perceptions and survey import

input-correlation = { $a } ↔ { $b } 相关
editor-group-correlations = 感知如何相互关联
editor-correlations-hint = 对一种成本感受强烈的人，往往对另一种也感受强烈。每个词代表一个相关系数：强烈 0.6、有一点 0.3、完全没有 0、正相反 −0.3；旁边的数字是精确值（−1 到 1）。
editor-correlations-empty = 还没有关联：每种感知都各自独立抽取。
editor-corr-sentence = { $who }的人，也{ $also }：
editor-corr-who-value = 觉得它很有价值
editor-corr-who-money = 觉得它贵
editor-corr-who-time = 觉得它太费时间
editor-corr-who-learning = 觉得它难学
editor-corr-who-trust = 不信任它
editor-corr-who-emotional = 觉得它累心
editor-corr-who-safety = 担心安全
editor-corr-who-experience = 用起来觉得好
editor-corr-also-value = 觉得它很有价值
editor-corr-also-money = 觉得它贵
editor-corr-also-time = 觉得它太费时间
editor-corr-also-learning = 觉得它难学
editor-corr-also-trust = 不信任它
editor-corr-also-emotional = 觉得它累心
editor-corr-also-safety = 担心安全
editor-corr-also-experience = 用起来觉得好
editor-corr-strongly = 强烈
editor-corr-a-little = 有一点
editor-corr-not-at-all = 完全没有
editor-corr-opposite = 正相反
editor-corr-about = 约为“{ $word }”
editor-corr-rho = 精确相关系数
editor-corr-remove = 删除 { $pair } 这一对
editor-corr-add-label = 添加一对
editor-corr-add = 添加
editor-corr-none-left = 价值与现有成本之间的每一对都已列出。
editor-corr-pair = { $a } ↔ { $b }
editor-corr-refused = 未应用，场景保持不变：{ $message }
survey-title = 导入问卷
survey-intro = 按受访者 0–10 分的评分拟合人群：CSV 文件需有 value 列，以及 money、time、learning、trust、emotional、safety 中任意几列（segment 和 adopted 列可选）。docs/survey.md 中有现成的问卷。
survey-privacy = 文件只在你的浏览器中读取，不会发送到任何地方。拟合出的场景不含任何受访者的数据行，只有均值、离散度、比例和相关系数。
survey-choose = 选择 CSV 文件
survey-drop = 或拖放到这里（也可拖放到页面任意位置）
survey-reading = 正在拟合 { $name }…
survey-applied = 拟合出的场景已放入编辑器。
survey-undo = 撤销导入
survey-undone = 已撤销导入：之前的场景已恢复。
survey-refused = { $name } 未导入，当前场景保持不变：
survey-unreadable = 无法读取导入的结果。
survey-fitted = 由 { $name } 拟合：使用了 { $rows } 位受访者中的 { $used } 位（{ $ms } 毫秒，在本浏览器中完成）。
survey-adoption-respondents = 受访者自己的采用率：{ $share }（95% 区间 { $interval }，{ $count } 位受访者）。
survey-adoption-simulated = 用拟合场景模拟的采用率：{ $share }（95% 区间 { $interval }，仅含蒙特卡洛误差）。
survey-adoption-no-column = 文件没有 adopted 列，因此没有受访者的采用率可与模拟结果对照。
survey-columns-caption = 拟合的分布（取 AIC 较低的形状）
survey-col-column = 评分
survey-col-shape = 形状
survey-col-mean = 均值
survey-col-sd = 离散度
survey-segments = 分群问题的每个答案对应一个人群：
survey-segment-item = { $name }：{ $count } 位受访者（{ $share }）
survey-correlations = 场景中保留的相关：
survey-correlations-none = 没有足够强、值得保留的相关。
survey-ignored = 忽略的列：{ $columns }
survey-skipped = 有 { $skipped } 行因单元格有误被跳过：
survey-more-cells = … 另有 { $count } 处

## 内置预设的文本：名称和练习 (issue 16)


preset-content-account-product = 我们的账号
preset-content-account-alternative-0 = 已关注的账号
preset-content-account-segment-0 = 忙碌的职场人士
preset-content-account-segment-1 = 学生
preset-content-account-segment-2 = 业内人士
preset-content-account-exercise-title = 值得花时间
preset-content-account-exercise-instructions = 这个账号是免费的，但它要和人们已经关注的信息流争夺时间和注意力，而忙碌的职场人士把时间看得重 1.6 倍。只改变时间成本和情感成本（更短的帖子、更平和的语气、清楚的更新时间表），让采用率达到 45%。
preset-content-account-exercise-hint = 障碍图显示时间是最大的障碍。把时间成本（1.5 → 0.8）和情感成本（0.8 → 0.4）一起大约减半，就能达到。

preset-finance-extreme-claim-product = 我们的储蓄应用
preset-finance-extreme-claim-alternative-0 = 银行储蓄账户
preset-finance-extreme-claim-segment-0 = 谨慎的储户
preset-finance-extreme-claim-segment-1 = 追求收益的人
preset-finance-extreme-claim-exercise-title = 把宣称调低
preset-finance-extreme-claim-exercise-instructions = 这个应用承诺每年 20% 的收益，远超人们愿意相信的程度（宣称 9 分，而预期价值是 4）。过度宣称会适得其反：信任成本随超出部分的平方增长，几乎没有谨慎的储户采用。只改变宣称，让采用率回到 32% 或更高。
preset-finance-extreme-claim-exercise-hint = 在 4 到 9 分之间（每年 0% 到 20%）试试不同的宣称，观察采用率：先升后降，呈倒 U 形。只比人们已有的预期略高一点的宣称（约 5 分，年收益 4%）效果最好。

preset-finance-modest-claim-product = 我们的储蓄应用
preset-finance-modest-claim-alternative-0 = 银行储蓄账户
preset-finance-modest-claim-segment-0 = 谨慎的储户
preset-finance-modest-claim-segment-1 = 追求收益的人
preset-finance-modest-claim-exercise-title = 赢得谨慎的储户
preset-finance-modest-claim-exercise-instructions = 适度的收益宣称对追求收益的人有效，但谨慎的储户大约五人中只有一人采用。谨慎的储户把信任看得重 1.4 倍、安全重 1.5 倍。只改变信任成本和安全成本（想想牌照标识、存款保险、用户评价），赢得至少 40% 的谨慎储户。
preset-finance-modest-claim-exercise-hint = 这两项成本对这个细分群体都重要。试着把两项各减半：信任 1.2 → 0.6，安全 1.0 → 0.5。

preset-game-character-art-product = 我们的游戏
preset-game-character-art-alternative-0 = 已安装的游戏
preset-game-character-art-segment-0 = 休闲玩家
preset-game-character-art-segment-1 = 核心玩家
preset-game-character-art-exercise-title = 展示游戏，而不只是美术
preset-game-character-art-exercise-instructions = 看到商店页面的人中，只有大约十分之三会安装这款免费游戏。大多数人只看前两三张截图，而光有角色美术，价值仍然模糊。只改变截图（哪些类型、什么顺序），让采用率达到 45%。
preset-game-character-art-exercise-hint = 把一张实际游玩的截图和一张成长系统的截图放在最前面：只看两张截图就停下的人，也应该已经看到自己在游戏里会做什么。

preset-game-gameplay-product = 我们的游戏
preset-game-gameplay-alternative-0 = 已安装的游戏
preset-game-gameplay-segment-0 = 休闲玩家
preset-game-gameplay-segment-1 = 核心玩家
preset-game-gameplay-exercise-title = 免费不等于零成本
preset-game-gameplay-exercise-instructions = 这款游戏免费，截图也展示了真实的游玩，可仍有十分之四的人直接略过。金钱成本为零，但下载时间、学习和信任都不是零。只改变成本，让采用率达到 75%。
preset-game-gameplay-exercise-hint = 休闲玩家把时间看得重 1.3 倍、学习重 1.5 倍。更小的下载包可以把时间成本减半（1.2 → 0.6），好的新手教程可以把学习成本减半（0.8 → 0.4）。

preset-game-installs-vs-users-art-product = 我们的游戏
preset-game-installs-vs-users-art-alternative-0 = 已安装的游戏
preset-game-installs-vs-users-art-segment-0 = 休闲玩家
preset-game-installs-vs-users-art-segment-1 = 核心玩家
preset-game-installs-vs-users-art-exercise-title = 安装不等于用户
preset-game-installs-vs-users-art-exercise-instructions = 这个商店页面用比实际游戏更好看的华丽角色美术打头。它赢得了安装，但因这个承诺而安装的人发现游戏并非如此，于是离开：30 周后仍在玩的人不到全部访客的一半。只改变截图，让至少 55% 的访客安装并在最后仍在玩。
preset-game-installs-vs-users-art-exercise-hint = 先展示玩起来是什么样：前两个位置放一张游玩截图和一张成长系统截图，建立游戏能兑现的预期。比较安装和留存的采用者：游玩页面只比美术页面多赢得少量安装，却多留住了多得多的用户。
preset-finance-claim-installs-vs-users-product = 我们的储蓄应用
preset-finance-claim-installs-vs-users-alternative-0 = 银行储蓄账户
preset-finance-claim-installs-vs-users-segment-0 = 谨慎的储户
preset-finance-claim-installs-vs-users-segment-1 = 追求收益的人
preset-finance-claim-installs-vs-users-exercise-title = 为用户而不是为安装而宣传
preset-finance-claim-installs-vs-users-exercise-instructions = 这个储蓄应用宣称有 8% 的收益。更大胆的宣传在怀疑占上风之前能赢得更多安装，但被它吸引来的人期待的正是这个收益，使用中看到真实收益后就会离开。所以留住最多用户的宣传比赢得最多安装的宣传要小：即使是安装最多的宣传（约 3%）留住的用户也比更小的宣传少。只改变宣传，让至少 27% 的访客采用并在 12 个月后仍在使用这个应用。
preset-finance-claim-installs-vs-users-exercise-hint = 实验室的宣传探索器同时标出安装最多的宣传和留存采用者最多的宣传。试试 4.25（1% 的收益）：安装比 3% 时少，留住的用户更多。

preset-game-installs-vs-users-gameplay-product = 我们的游戏
preset-game-installs-vs-users-gameplay-alternative-0 = 已安装的游戏
preset-game-installs-vs-users-gameplay-segment-0 = 休闲玩家
preset-game-installs-vs-users-gameplay-segment-1 = 核心玩家
preset-game-installs-vs-users-gameplay-exercise-title = 留住赢得的用户
preset-game-installs-vs-users-gameplay-exercise-instructions = 同一款游戏，商店页面展示的是真实的游玩。它比华丽美术页面多赢得一些安装，留住的人也多得多，因为所见即所得：几乎每个安装的人 30 周后仍在玩。剩下要赢得的是从不安装的人。只改变成本，让全部访客中至少 65% 安装并在最后仍在玩。
preset-game-installs-vs-users-gameplay-exercise-hint = 时间、信任、安全和金钱在玩的过程中会反复付出（retention.recurring）；学习只付出一次。把时间成本从 1.2 降到 0.6（更短的单局、更小的下载包），既能赢得安装，也能留住用户。

preset-game-launch-year-product = 我们的游戏
preset-game-launch-year-alternative-0 = 已安装的游戏
preset-game-launch-year-segment-0 = 休闲玩家
preset-game-launch-year-segment-1 = 核心玩家
preset-game-launch-year-exercise-title = 触达不是天花板
preset-game-launch-year-exercise-instructions = 一年后几乎所有人都听说过这款游戏，但只有大约十分之六的人安装。你可以改变触达和口碑（时间设置）以及成本。在年底前让采用率达到 70%。
preset-game-launch-year-exercise-hint = 更多营销（p）或口碑（q）只会让人们更早听说这款游戏，不会改变他们的决定。降低拖住休闲玩家的成本：下载时间（1.2 → 0.6）和学习（0.8 → 0.4）。

preset-paid-tool-vs-free-leader-product = 我们的工具（付费）
preset-paid-tool-vs-free-leader-alternative-0 = 免费的市场领先者
preset-paid-tool-vs-free-leader-segment-0 = 自由职业者
preset-paid-tool-vs-free-leader-segment-1 = 小团队
preset-paid-tool-vs-free-leader-segment-2 = 学生
preset-paid-tool-vs-free-leader-exercise-title = 学生愿意接受的价格
preset-paid-tool-vs-free-leader-exercise-instructions = 学生把金钱看得重 2.5 倍，所以几乎没有学生会放弃免费的领先者而选这款付费工具。只改变成本，赢得至少 20% 的学生。
preset-paid-tool-vs-free-leader-exercise-hint = 对学生来说，价格是决定性的障碍。把金钱成本从 2.0 降到 0.5 的学生折扣就能做到。

## 紧凑嵌入、活动创建和问卷 (issue 16)

embed-warning-layout = “{ $layout }”不是布局；请使用 compact 或 full。
embed-more = 更多图表和探索方式
embed-summary-more = 更详细的原因
header-build = 创建活动
builder-title = 创建活动
builder-back = 返回模拟器
builder-form-title = 学生会得到什么
builder-intro = 选择场景、学生可以使用的控件、固定不变的值、语言和任务。预览显示的正是链接打开的内容。
builder-source = 场景
builder-source-current = 你打开的场景
builder-no-current = 没有打开的场景；请选择一个预设。
builder-bad-link = { $problem }活动改为从默认预设开始。
builder-controls = 学生看到的控件
builder-locks = 锁定的输入
builder-locks-help = 锁定的输入会显示，但不能更改。输入一个值即锁定为该值；留空则保留场景中的值。
builder-lock-value = { $name }的值
builder-lock-segment-share = { $name }的占比
builder-modes = 打开方式
builder-embed = 用于课程页面中的 iframe（紧凑布局）
builder-full-layout = 显示所有卡片，与完整页面相同（layout=full）
builder-predict = 在显示结果之前先让学生预测
builder-exercise-legend = 练习
builder-exercise = 添加学生要达到的目标
builder-metric = 评判的数值
builder-metric-adoption = 采用率
builder-metric-segment = 某个细分群体的采用率
builder-metric-retained = 留存的采用者
builder-segment = 细分群体
builder-op = 目标
builder-op-at-least = 至少
builder-op-at-most = 至多
builder-target = 目标值（%）
builder-bad-target = 目标值不是数字。
builder-bad-number = 某个锁定值不是数字。
builder-ex-title = 标题
builder-instructions = 说明
builder-hint = 提示（可选）
builder-out-title = 活动
builder-problems = 还不能生成这个活动：
builder-link = 给学生的链接
builder-open = 打开
builder-copy = 复制链接
builder-frame-title = worthit 活动：{ $title }
builder-qr-label = 给学生的链接的二维码
builder-qr-caption = 投影出来：学生用手机扫描即可。
builder-qr-too-long = 这个链接太长，无法生成二维码。请从未修改的预设开始，或直接分享链接。
builder-lms-title = 用于学习管理系统
builder-lms-help = 学习管理系统的课件包（SCORM）来自模拟器的“嵌入”对话框：不勾选 iframe 选项打开链接，然后选择“嵌入”。
builder-preview = 预览
builder-preview-title = 学生打开的活动的预览
survey-questionnaire = 要问的问卷（把每行复制为一个问题；保留方括号中的名称）
survey-q-value = 对你来说，{ $product } 值多少？0 = 完全不值，10 = 非常值得 [value]
survey-q-money = 它的价格让你觉得负担有多重？0 = 毫无负担，10 = 负担极重 [money]
survey-q-time = 下载、安装、等待要花的时间和麻烦有多大？0 = 毫不麻烦，10 = 非常麻烦 [time]
survey-q-learning = 学会怎么用它要花多大力气？0 = 毫不费力，10 = 非常费力 [learning]
survey-q-trust = 你有多怀疑它做不到它所说的？0 = 完全不怀疑，10 = 非常怀疑 [trust]
survey-q-emotional = 用它会让你觉得多不自在（焦虑、尴尬、改变习惯）？0 = 完全没有，10 = 非常不自在 [emotional]
survey-q-safety = 用它你有多担心隐私、安全或钱财？0 = 完全不担心，10 = 非常担心 [safety]
survey-q-segment = 哪一项最符合你？（你的选项） [segment]
survey-q-adopted = 你现在在用 { $product } 吗？是 / 否 [adopted]

## ---- Survey import, store-test plan, "Your data" errors (errors-dups) ----
problem-survey-empty = 文件是空的：需要一行表头
problem-survey-no-value-column = 没有名为 value 的列（找到的是：{ $headers }）；请把价值评分那一列命名为 value
problem-survey-duplicate-column = 有两列都代表 { $name }：{ $first } 和 { $second }；请重命名其中一列
problem-survey-bad-rows = { $bad } 行含有错误的单元格，只有 { $good } 行可用，因此没有导入该文件
problem-survey-more-cells = …… 另有 { $count } 个
problem-survey-cell = 第 { $line } 行，{ $column } 列：{ $reason }
problem-survey-cell-text = 第 { $line } 行，{ $column } 列：{ $text } { $reason }
problem-survey-too-few-rows = 只有 { $rows } 位可用的受访者；至少需要 { $min } 位
problem-survey-segment-too-few-rows = 细分人群 { $segment } 只有 { $rows } 位可用的受访者；拟合它至少需要 { $min } 位（请把它并入另一个细分人群）
problem-survey-too-many-segments = 细分人群列有 { $count } 个不同的值；最多 { $max } 个
problem-survey-fitted-invalid = 拟合出的场景无效：{ $problem }
problem-cell-missing = 缺失（该行太短）
problem-cell-not-utf8 = 不是有效的 UTF-8 文本
problem-cell-empty = 是空的
problem-cell-not-yes-no = 不是 0 或 1（是或否）
problem-cell-not-a-number = 不是数字
problem-cell-out-of-range = 不是 -{ $max } 到 { $max } 之间的数字
problem-cell-negative-cost = 是负数，而成本不能为负
problem-plan-unit = { $name } 必须在 0 到 1 之间，实际是 { $got }
problem-plan-unit-open = { $name } 必须严格介于 0 和 1 之间，实际是 { $got }
problem-plan-visitors = 访客数必须在 1 到 { $max } 之间，实际是 { $got }
problem-not-an-object = 不是对象：实际是{ $found }
## ---- end of the errors-dups block ----

## Compare mode's predictions and the SCORM 2004 package (issue 16, helper predict-compare)
# Compare mode asks for the lift of B over A in percentage points, or which
# variant more people adopt (src/exercise/predict.rs). A and B are the
# variants' names and stay as they are.
predict-lift-question = 看到结果之前：与 A 相比，B 的采用率会高（或低）多少个百分点？
predict-lift-label = 你对提升幅度（B − A）的预测
predict-lift-unit = 个百分点
predict-lift-help = 输入 −100 到 100 之间的数字；如果你认为 B 不如 A，请输入负数。锁定后不能更改，随后显示结果并评分。
predict-lift-invalid = 请输入 −100 到 100 之间的百分点数，例如 3 或 −2.5。
predict-lift-points = { $points } 个百分点
predict-lift-actual = 模拟得出的提升幅度（95% 区间）
predict-revealed-lift = B 相对 A 的提升幅度为 { $actual } 个百分点（95% 区间 { $interval }）。你的预测是 { $predicted } 个百分点：误差 { $error } 个百分点，{ $inside ->
        [yes] 在
       *[no] 不在
    }区间内。得分：{ $score }（满分 1）。
predict-winner-question = 看到结果之前：采用 A 的人多，还是采用 B 的人多？
predict-winner-label = 你的预测：采用人数更多的方案
predict-winner-a = A
predict-winner-b = B
predict-winner-help = 请选择 A 或 B。锁定后不能更改，随后显示结果并评分。
predict-winner-invalid = 请先选择 A 或 B。
predict-winner-actual = 采用人数更多的方案
predict-winner-actual-value = { $variant }
predict-winner-tie = 没有：A 与 B 持平
predict-rule-winner = 选中采用人数更多的方案得 1 分，否则得 0 分（两者持平时也是 0 分）。
predict-revealed-winner = { $actual ->
        [a] 采用 A 的人更多。
        [b] 采用 B 的人更多。
       *[tie] A 与 B 持平。
    }你的预测是 { $predicted ->
        [a] A
       *[b] B
    }：{ $right ->
        [yes] 正确
       *[no] 错误
    }。得分：{ $score }（满分 1）。
predict-verdict-hidden = 锁定预测后才会显示比较结果。
builder-predict-metric = 学生要预测的内容（对比模式）
builder-predict-lift = B 相对 A 的提升幅度（百分点）
builder-predict-winner = 采用人数更多的方案
builder-predict-copy = 这里的 B 一开始是 A 的副本，所以学生第一次运行的结果是平局，在 B 改变之前没有什么可预测的。要让学生预测你自己设定的 A 与 B：请在对比模式中打开这个场景，在那里修改 B，然后再次选择“创建活动”。
builder-predict-copy-open = 在对比模式中打开
embed-lms-standard = 课件包标准
embed-lms-scorm12 = SCORM 1.2
embed-lms-scorm2004 = SCORM 2004（第 4 版）
# Under the what-if chart of a run bigger than the what-ifs decide again
# (the engine's WHAT_IF_USERS). $people and $users are counts.
what-if-people = 假设效果按 { $users } 人中的前 { $people } 人计算，每人与其自身原来的决定相比。每个条形旁的 ± 是仅由模拟误差给出的 95% 范围，最大为 { $noise } 个百分点；不包括输入本身的不确定性。
what-if-noise = 每个条形旁的 ± 是仅由模拟误差给出的 95% 范围，这里最大为 { $noise } 个百分点；不包括输入本身的不确定性。
