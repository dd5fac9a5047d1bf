# worthit：繁體中文（台灣）。
#
# 鍵與 en.ftl 一一對應，變數也必須相同；請見 docs/translating.md。
# 數字在傳入前已依語言格式化（43.1%、100,000），註解另有說明者除外。

## 圖表標籤

label-title-net-value = 淨價值：誰能從採用中獲益
label-title-choices = 大家的選擇
label-title-barriers = 是什麼讓未採用者卻步
label-title-barrier-means = 採用者與未採用者感受到的成本
label-title-tornado = 假設分析：採用率的變化
label-title-segments = 各客群的採用率
label-title-timeline = 採用率隨時間的變化
label-title-overlay = 淨價值：A 與 B 比較
label-axis-net-value = 淨價值（感知價值 − 成本）
label-axis-share-of-people = 人數比例
label-axis-density = 每單位淨價值的人數比例
label-caption-barriers = 只消除這一項成本就能爭取到的未採用者比例
label-caption-barrier-means = 平均感知成本（效用點）
label-caption-tornado = 採用率變化（百分點）
label-caption-choices = 占全部人數的比例
label-caption-segments = 該客群中採用者的比例
label-axis-period = 期數
label-axis-new-adopters = 新增採用者
label-axis-share = 人數比例
label-legend-adopters = 採用
label-legend-non-adopters = 不採用
label-legend-people = 人數
label-legend-zero-line = 價值 = 成本
label-legend-overall = 整體 { $share }
label-legend-raises = 提高採用率
label-legend-lowers = 降低採用率
label-legend-new-adopters = 新增採用者
label-legend-cumulative = 累計採用
label-legend-aware = 已知曉
label-variant-a = A
label-variant-b = B
label-none-option = 都不選
label-no-data = 目前沒有可顯示的資料
label-more-rows = 另有 { $n } 項

## 句中使用的成本名稱

cost-money = 金錢
cost-time = 時間
cost-learning = 學習
cost-trust = 信任
cost-emotional = 情緒
cost-safety = 安全

## 假設分析的輸入項

input-value = 價值
input-cost = { $cost }成本
input-claim = 宣稱價值
input-credibility = 可信度
input-alternative = { $option }：{ $what }
input-segment = { $segment }：{ $what }
input-weight = 對{ $what }的權重
input-share = 比例
input-skepticism = 懷疑程度
input-screenshots-viewed = 瀏覽截圖數
input-reach = 外部觸及 (p)
input-word-of-mouth = 口碑傳播 (q)
input-social-proof = 社會認同
param-sd = { $what }離散程度
param-min = { $what }最小值
param-max = { $what }最大值
param-mode = { $what }眾數

## 截圖實驗室圖表

label-title-claim-curve = 採用率與宣稱強度
label-axis-claim = 價值宣稱（效用點）
label-axis-adoption = 採用率
label-legend-adoption = 採用率
label-legend-no-claim = 不做宣稱（{ $share }）
label-legend-best-claim = 最佳宣稱 { $claim }
label-legend-current-claim = 目前宣稱 { $claim }

## 句中使用的截圖類型

kind-gameplay = 遊戲玩法
kind-progression = 成長系統
kind-characters = 角色美術
kind-social-proof = 社會認同
kind-features = 功能列表
kind-offer = 優惠
kind-safety = 安全標章
screenshot-at = { $kind }（第 { $position } 張）

## 摘要句子

summary-no-people = 沒有模擬任何人，因此沒有結果可報告。
summary-headline = 在 { $users } 位模擬使用者中，{ $share } 會採用（95% 信賴區間 { $interval }）。
summary-alternative-leads = { $option } 比本產品更常被選擇：{ $share } 對 { $product_share }。
summary-alternative-ties = 選擇{ $option }的人與選擇本產品的人差不多：各約 { $share }。
summary-largest-barrier = { $cost }成本是最大的障礙：只要消除這一項，就能爭取到 { $share } 的未採用者。
summary-no-single-barrier = 沒有哪一項成本單獨構成阻礙：單獨消除任何一項，幾乎都爭取不到未採用者。
summary-biggest-lever =
    { $effect ->
        [loss]
            { $direction ->
                [lower] 最敏感的輸入：將{ $input }降低 { $step }，採用率會減少 { $points } 個百分點。
               *[raise] 最敏感的輸入：將{ $input }提高 { $step }，採用率會減少 { $points } 個百分點。
            }
       *[gain]
            { $direction ->
                [lower] 最有效的槓桿：將{ $input }降低 { $step }，採用率可增加 { $points } 個百分點。
               *[raise] 最有效的槓桿：將{ $input }提高 { $step }，採用率可增加 { $points } 個百分點。
            }
    }
summary-no-lever = 所有假設變動都不會明顯改變採用率。
summary-segment-range = 採用率在 { $best } 中最高（{ $best_share }），在 { $worst } 中最低（{ $worst_share }）。

## 隨時間的採用

timeline-peak = 新增採用在第 { $period } 期達到高峰，當期新增 { $new_adopters } 位採用者。
timeline-no-reach = { $periods } 期內沒有人聽說過這項產品：觸及是瓶頸。
timeline-value-limited = 雖然有 { $aware } 的人聽說過它，最終卻只有 { $ever } 採用：瓶頸在於價值與成本，而不是觸及。
timeline-saturated = 幾乎所有聽說過它的人都會採用（到第 { $period } 期達到 { $ever }）：觸及決定了成長的節奏。
timeline-reach-limited = 到第 { $period } 期，只有 { $aware } 的人聽說過它，其中 { $conversion } 採用：瓶頸在於觸及，而不是價值與成本。
timeline-both-limited = 到第 { $period } 期，只有 { $aware } 的人聽說過它，其中也只有 { $conversion } 採用：觸及與 CP 值都在拖累採用。

## A 與 B 比較

compare-shares = { $a }：{ $a_share } 採用。{ $b }：{ $b_share } 採用。
compare-winner = { $variant } 勝出 { $points } 個百分點（{ $interval }）；{ $variant } 較佳的機率為 { $probability }。
compare-unclear = 沒有明確的贏家：{ $variant } 領先 { $points } 個百分點，但 95% 信賴區間（{ $interval }）包含零；{ $variant } 較佳的機率為 { $probability }。
compare-same = { $a } 與 { $b } 的採用率相同：{ $share }。

## 截圖實驗室

lab-next-best = 最值得新增的截圖：{ $candidate }，可讓採用率增加 { $points } 個百分點（{ $interval }）；它較佳的機率為 { $probability }。
lab-next-none = 不論放在哪個位置，都沒有截圖能明顯提高採用率：最佳候選 { $candidate } 只讓採用率變化 { $change } 個百分點（{ $interval }）。
lab-next-ranking = 排名其後的是：{ $list }。
lab-next-full = 截圖列已有 { $max } 張截圖，達到商店頁面的上限：先移除一張，才能嘗試其他截圖。
lab-claim-best = 宣稱值為 { $claim } 時採用率最高：{ $share } 採用，不做宣稱時為 { $no_claim }。
lab-claim-no-gain = 任何超出大家既有預期的宣稱都無法提高採用率：不做宣稱時有 { $no_claim } 採用。
lab-claim-current =
    { $standing ->
        [best] 目前宣稱值 { $claim } 帶來 { $share } 的採用率，與最佳宣稱一樣好。
       *[below] 目前宣稱值 { $claim } 帶來 { $share } 的採用率，比最佳宣稱低 { $points } 個百分點。
    }

## 圖表的文字說明

chart-no-data = 目前沒有可顯示的資料。
chart-net-value = 每個人淨價值（感知價值減去感知成本）的直方圖：平均 { $mean }，離散程度 { $sd }；約 { $positive } 的人高於零點（也就是價值等於成本之處）。每根長條都分為採用者與未採用者兩部分。
chart-choices = 選擇各選項的人數比例：{ $list }。
chart-barriers = 單獨消除每項成本所能爭取到的未採用者比例：{ $list }。
chart-barrier-means = 平均感知成本，採用者 / 未採用者：{ $list }。
chart-tornado = 各輸入項依其步幅變動時採用率的變化（百分點）：{ $list }。
chart-segments = 各客群的採用率（整體為 { $overall }）：{ $list }。
chart-timeline = 在 { $periods } 期內，每期新增採用者（長條）在第 { $peak_period } 期達到高峰；累計採用比例（實線）達到 { $ever }，已知曉比例（虛線）達到 { $aware }。
chart-overlay = { $a } 與 { $b } 的淨價值疊加比較：{ $a } 的平均為 { $a_mean }，{ $b } 的平均為 { $b_mean }。
chart-claim-curve = 價值宣稱從 { $lo } 到 { $hi } 效用點時的採用率（實線）：不做宣稱時為 { $no_claim }（虛線），宣稱值為 { $best_claim } 時最高，達到 { $best_share }（已標記），最強宣稱時為 { $end_share }。

## 情境編輯器

editor-label = 情境編輯器
editor-advanced = 選擇分配形狀（進階）
editor-group-value = 價值
editor-group-costs = 成本
editor-group-screenshots = 截圖
editor-group-audience = 受眾
editor-group-alternatives = 替代選項
editor-group-decision = 決策規則
editor-group-simulation = 模擬

editor-product-name = 產品名稱
editor-value-title = 感知價值
editor-value-hint = 大家預期能獲得的好處，以效用點計算。
editor-mean = 平均值
editor-spread = 離散程度
editor-shape = 分配形狀
editor-claim-on = 提出價值宣稱
editor-claim = 宣稱價值
editor-claim-hint = 廣告所承諾的價值。稍高於實際平均值時一開始有幫助，再高就像詐騙了。
editor-credibility = 可信度
editor-credibility-hint = 誇大宣稱有多可信；數值越高，懷疑越少。

editor-costs-hint = 使用者必須付出的一切，同樣以效用點計算。成本永遠不會低於零。
editor-cost-money = 金錢
editor-cost-money-hint = 價格、訂閱費、App 內購
editor-cost-time = 時間
editor-cost-time-hint = 下載大小、設定、等待
editor-cost-learning = 學習
editor-cost-learning-hint = 搞懂怎麼用所需的心力
editor-cost-trust = 信任
editor-cost-trust-hint = 擔心它名不符實
editor-cost-emotional = 情緒
editor-cost-emotional-hint = 焦慮、尷尬、改變習慣
editor-cost-safety = 安全
editor-cost-safety-hint = 隱私、資安、資金風險

editor-shape-none = 無（為零）
editor-shape-fixed = 固定值
editor-shape-normal = 常態
editor-shape-lognormal = 對數常態
editor-shape-uniform = 均勻
editor-shape-triangular = 三角

editor-screenshots-hint = 依商店中的順序排列。大家只會看前幾張，所以順序很重要。效果為示意用的預設值，並非實測資料。
editor-screenshots-empty = 沒有截圖：價值只能靠文字描述來傳達。
editor-screenshot-add-label = 要新增的截圖類型
editor-screenshot-add = 新增截圖
editor-screenshots-full = 商店頁面最多只能放 10 張截圖。
editor-move-up = 將{ $name }（第 { $position } 張）上移
editor-move-down = 將{ $name }（第 { $position } 張）下移
editor-remove = 移除
editor-remove-item = 移除{ $name }

editor-audience-hint = 對價值與成本看重程度不同的族群。
editor-audience-empty = 單一受眾「所有人」：所有權重為 1，懷疑程度 0.5，瀏覽 3 張截圖。
editor-add-segment = 新增客群
editor-segment-name = 客群名稱
editor-share = 比例
editor-share-hint = 相對規模；各比例會依比例換算，合計為 100%。
editor-skepticism = 懷疑程度
editor-skepticism-hint = 0 代表相信所有宣稱，1 代表懷疑所有宣稱。
editor-viewed = 瀏覽截圖數
editor-viewed-hint = 平均每人查看的商店截圖數量。
editor-weights = 權重
editor-weights-hint = 這個客群對各項的感受強度；1 = 原樣，2 = 加倍。
editor-weight-value = 價值
editor-limit-16 = 最多 16 個。
editor-new-segment-name = 客群 { $n }
editor-segment-summary = { $name } · { $percent }
editor-remove-segment = 移除客群 { $name }

editor-alternatives-hint = 唾手可得的知名選項。完全不採用也一直是一個選項，其價值為 0。
editor-alternatives-empty = 沒有替代選項：大家只會跟「什麼都不做」比較。
editor-add-alternative = 新增替代選項
editor-alternative-name = 替代選項名稱
editor-alt-value-hint = 大家預期能從這個替代選項獲得的好處。
editor-alt-costs = 這個替代選項的成本
editor-new-alternative-name = 替代選項 { $n }
editor-remove-alternative = 移除替代選項 { $name }

editor-rule-threshold = 門檻
editor-rule-threshold-hint = 價值高於成本就採用；不考慮替代選項。
editor-rule-beat = 勝過替代選項
editor-rule-beat-hint = 產品是最佳選項（包括什麼都不做）時才採用。
editor-rule-logit = Logit（含雜訊的選擇）
editor-rule-logit-hint = 大家多半會選最佳選項，但不一定每次都是。
editor-temperature = 溫度
editor-temperature-hint = 選擇的隨機程度；接近 0 時總是選擇最佳選項。

editor-users = 人數
editor-users-hint = 模擬人數，1 到 { $max }。人數越多越慢，但結果越精確。
editor-seed = 隨機種子
editor-seed-hint = 相同的種子會得到完全相同的數字。
editor-new-seed = 換一個種子

editor-name-empty = 請輸入名稱。
editor-out-of-range-integer = 請輸入 { $min } 到 { $max } 之間的整數。
editor-out-of-range = 請輸入 { $min } 到 { $max } 之間的數字。

## 內建截圖類型

screenshot-kind-gameplay = 遊戲玩法
screenshot-kind-progression = 成長系統
screenshot-kind-characters = 角色美術
screenshot-kind-social-proof = 社會認同
screenshot-kind-features = 功能列表
screenshot-kind-offer = 優惠 / 價格
screenshot-kind-safety = 安全與隱私

## 內建預設集

preset-game-character-art-name = 免費手機遊戲：角色美術截圖
preset-game-character-art-description = 一款免費遊戲，商店頁面以角色美術為主。免費不等於零成本：下載時間、儲存空間和學習成本依然存在，而光靠美術圖說不清價值，所以很多人還是留在自己熟悉的遊戲裡。
preset-game-gameplay-name = 免費手機遊戲：玩法與成長系統截圖
preset-game-gameplay-description = 同一款遊戲、同樣的成本，但前幾張截圖呈現實際玩法與成長系統。更清楚的價值贏得了原本會略過它的人：和角色美術版的頁面比較看看。
preset-finance-modest-claim-name = 理財 App：適度的收益宣稱
preset-finance-modest-claim-description = 一款儲蓄 App，宣稱的收益率略高於大家的預期。可信的宣稱帶來的感知價值提升，超過它引起的懷疑。
preset-finance-extreme-claim-name = 理財 App：誇張的收益宣稱
preset-finance-extreme-claim-description = 同一款 App，承諾的收益率遠超過大家所能相信的程度。信任成本（「聽起來像詐騙」）隨超出部分的平方成長，因此採用率反而低於適度宣稱：誇大宣傳適得其反。
preset-content-account-name = 新媒體內容帳號
preset-content-account-description = 一個內容帳號，與大家已追蹤的動態消息爭奪時間與注意力。金錢成本為零；決定勝負的是時間與注意力，障礙圖會顯示是哪一項讓人卻步。
preset-paid-tool-vs-free-leader-name = 付費生產力工具 vs. 免費市場領導者
preset-paid-tool-vs-free-leader-description = 一款更好的工具，需要付費也需要轉換成本，對手是大家早已熟悉的免費領導者。只有當它額外的價值超過價格加學習成本時才能勝出：看看它能贏得哪些客群，哪項成本是關鍵。
preset-game-launch-year-name = 免費手機遊戲：上線後的第一年
preset-game-launch-year-description = 呈現玩法截圖的那款遊戲在 52 週內的表現，採用文獻中的平均外部觸及（p = 0.03）與口碑傳播（q = 0.38）。幾個月內幾乎人人都聽說過它，但採用率在遠低於此的水準趨於平穩：決定上限的是轉換（價值與成本），而不是觸及。
preset-game-installs-vs-users-art-name = 免費手機遊戲：精美美術贏得安裝，留不住使用者
preset-game-installs-vs-users-art-description = 遊戲的商店頁面以精美的角色美術打頭，看起來比實際玩起來更好。它贏得的安裝數幾乎和呈現實際玩法的頁面一樣多，但被它吸引來的人期待的是另一款遊戲：他們幾週內就會離開，所以留存使用者的下降遠大於安裝數的下降。和玩法截圖頁面比較看看。
preset-game-installs-vs-users-gameplay-name = 免費手機遊戲：玩法截圖留住使用者
preset-game-installs-vs-users-gameplay-description = 同一款遊戲，商店頁面呈現實際玩法。所見即所得，所以幾乎每個安裝的人都會繼續玩：與精美美術頁面的差距，在留存使用者上比在安裝數上大得多。
preset-finance-claim-installs-vs-users-name = 理財應用：為安裝而宣稱與為使用者而宣稱
preset-finance-claim-installs-vs-users-description = 同一款儲蓄應用，宣稱較高的收益率，並追蹤誰會留下。更大膽的宣稱能贏得更多安裝，直到疑慮占上風；但因宣稱而採用的人在使用中看到真實收益後會離開：留住最多使用者的宣稱，小於贏得最多安裝的宣稱。

## 頁面框架

app-document-title = worthit — 人們會覺得值得嗎？
app-skip-link = 跳到結果
app-scenario-title = 情境
app-results-title = 結果
app-footer = worthit 模擬的是：當感知價值超過感知成本時，人們就會採用。截圖效果及其他預設值僅供示意，並非實測資料；專案的 docs/model.md 說明了每一條公式。
app-result-pill-verb = 採用
app-drop-file = 將情境檔案拖放到這裡即可開啟
language-menu = 語言

## 頁首與工具列

header-tagline = 感知價值與感知成本的拉鋸，模擬 100,000 人的選擇
header-toolbar = 情境與結果
header-presets = 預設集
header-download = 下載
header-download-scenario = 情境（JSON）
header-download-scenario-hint = 可在這裡重新開啟，或用 worthit 命令列執行。
header-download-results = 結果（JSON）
header-download-results-hint = 這次執行的所有數字，結果格式 v1。
header-download-csv = 結果（CSV）
header-download-csv-hint = 同樣的數字整理成一張表格，方便用試算表開啟。
header-download-compare-hint = 在比較模式下，請從「結論：A 對比 B」卡片下載 A 和 B 的結果（JSON 或 CSV），其中包含兩個方案及其差異。
header-download-comparison-hint = 把兩個方案儲存為一個比較檔案：可在此重新開啟，或用 worthit compare 執行。
header-open = 開啟
header-open-file = 開啟情境檔案
share-button = 分享連結
share-button-short = 分享
share-dialog = 分享連結
share-copying = 正在複製…
share-copied = 連結已複製。任何人開啟它都會看到完全相同的數字：
share-manual = 請複製這個連結（Ctrl+C 或 ⌘C）。任何人開啟它都會看到完全相同的數字：
share-done = 完成

## 主要數字與執行狀態

headline-label = 採用率
headline-simulating = 正在模擬…
headline-verb = 採用
headline-ci-title = 95% 信賴區間（Wilson）
headline-meta = { $users } 人，耗時 { $duration }
headline-detail = { $users } 位模擬使用者中有 { $adopters } 人選擇了 { $product }；括號內是 95% 信賴區間。隨機種子 { $seed }。
headline-product-fallback = 本產品
headline-announce = 模擬完成：{ $users } 人中有 { $share } 採用。
duration-ms = { $ms } 毫秒
duration-s = { $s } 秒

status-progress = 正在模擬 { $total } 人中的 { $done } 人…
status-progress-label = 模擬進度
status-progress-what-ifs = 正在進行假設分析：{ $total } 人中的 { $done } 人…
status-updating-what-ifs = 正在進行假設分析…
status-cancelled-what-ifs = 執行在完成假設分析之前已取消。
status-cancel = 取消
status-updating = 正在更新…
status-done = 已是最新
status-cancelled = 已取消執行。目前顯示的是先前設定的結果。
status-rerun = 重新執行
status-failed = 無法模擬這個情境；請查看上方的訊息。

## 結果欄：摘要、圖表卡片與資料表

results-summary-label = 摘要
results-summary-title = 原因
card-show-table = 顯示資料表
card-hide-table = 隱藏資料表
card-download-png = 下載 PNG
card-download-png-label = 下載 PNG：「{ $title }」
card-error = 無法繪製這張圖表：{ $error }

table-range = { $from } 至 { $to }
table-caption = 資料：{ $title }
table-net-value = 淨價值
table-people = 人數
table-adopters = 採用者
table-non-adopters = 未採用者
table-option = 選項
table-share-of-people = 人數比例
table-cost = 成本
table-decisive = 只消除此項可爭取到的比例（占未採用者）
table-mean-adopters = 平均（採用者）
table-mean-non-adopters = 平均（未採用者）
table-input = 輸入項
table-moved-by = 變動幅度
table-adoption = 採用率
table-change-points = 變化（百分點）
table-noise-points = 模擬誤差（± 百分點，95%）
table-segment = 客群
table-period = 期數
table-aware = 已知曉
table-new-adopters = 新增採用者
table-adopted-so-far = 累計採用

## 提示訊息

notice-dismiss = 關閉訊息
notice-invalid-scenario = { $source }不是 worthit 可以使用的情境。已保留先前的情境。
notice-refused = 無法開啟{ $source }：{ $reason } 已保留之前的情境。
notice-bad-link = { $problem }已保留先前的情境。
notice-opened = 已開啟「{ $name }」。
notice-run-failed = 無法模擬這個情境。
notice-download-refused = 瀏覽器封鎖了下載。
notice-file-unreadable = 無法讀取檔案「{ $name }」。
notice-results-unreadable = 無法讀取結果：{ $error }

source-preset = 預設集「{ $name }」
source-edit = 編輯後的情境
source-link = 連結中的情境
source-file = 檔案「{ $name }」
source-storage = 這個瀏覽器中儲存的情境
refused-too-large = 檔案太大：超過 1 MiB，這是 worthit 從檔案、連結、宿主頁面或本瀏覽器儲存空間讀取的上限。
refused-survey-too-large = 檔案太大：超過 32 MiB，這是 worthit 讀取調查檔案的上限。
refused-results = 這是結果檔案（一次執行的數字），不是情境。請開啟計算這些結果的情境檔案。
refused-compare-results = 這是比較結果檔案（A 對 B 執行的數字），不是情境。請開啟比較檔案或兩個情境檔案。
refused-comparison = 這是比較檔案（情境 A 和 B）。請用「開啟」開啟它，會進入比較模式。
refused-scenario = 這是單一情境，不是比較。

link-damaged = 這個連結中的情境已損毀（{ $reason }）；連結是不是被截斷了？
link-reason-base64 = 不是 base64url 文字
link-reason-incomplete = 壓縮資料不完整
link-reason-utf8 = 不是 UTF-8 文字
link-bad-escape = 這個連結的 #scenario= 文字不是有效的 URI 編碼。
link-invalid = 這個連結中的情境無效。
link-too-large = 此連結的情境太大：超過 1 MiB。

error-scenario-problems = 情境中有 { $count } 個問題：
error-problem = { $path }：{ $message }

## problem: every problem the engine reports (crates/engine/src/problem.rs,
## ProblemKind), one key a kind. Paths, field names, JSON fragments and
## code in backticks stay as they are; numbers are numbers. Phrases such as
## problem-type-* and problem-syntax-* are put into other problems' messages.

problem-too-large = 太大：超過 1 MiB（{ $bytes } 位元組；上限為 { $limit } 位元組）
problem-wrong-results = 這是結果檔案（一次執行的數字，由 `worthit run --json` 和頁面的結果下載寫出），不是情境：請改為開啟計算它所用的情境檔案
problem-wrong-compare-results = 這是比較結果檔案（A 與 B 執行的數字，由 `worthit compare --json` 和頁面的比較下載寫出），不是情境：請改為開啟比較檔案或兩個情境檔案
problem-wrong-comparison = 這是比較檔案（A、B 兩個情境），不是單個情境：請用 `worthit compare FILE` 開啟，或在頁面上用「開啟」，它會進入比較模式
problem-wrong-scenario = 這是單個情境，不是比較檔案：請用 `worthit run FILE` 開啟，或用 `worthit compare A B` 比較兩個情境
problem-not-json = 不是 JSON 文件：{ $detail }
problem-json-syntax = 第 { $line } 行第 { $column } 列：JSON 語法錯誤：{ $detail }
problem-scenario-not-object = 應為 JSON 物件（帶 "schema": { $version } 的情境），實際是{ $found }
problem-comparison-not-object = 應為 JSON 物件（帶 "kind": "{ $tag }" 的比較）
problem-version-missing = 缺少：應為 "schema": { $version }（{ $format }格式版本）
problem-version-not-whole = 應為整數 { $version }，實際是 { $got }
problem-version-unsupported = 不支援的{ $format }格式版本 { $got }；此 worthit 讀取版本 { $version }
problem-version-not-number = 應為格式版本號 { $version }，實際是{ $found }
problem-version-not-number-value = 應為{ $format }格式版本號 { $version }，實際是 { $got }
problem-kind-missing-scenario = 缺少：這看起來是情境，不是比較文件（比較文件需要 "kind": "{ $tag }" 以及情境 "a" 和 "b"）
problem-kind-missing = 缺少：應為 "kind": "{ $tag }"
problem-kind-wrong = 應為 "{ $tag }"，實際是 { $got }
problem-unknown-field = 未知欄位 `{ $field }`，應為以下之一：{ $expected }{ $at }
problem-unknown-field-one = 未知欄位 `{ $field }`，應為 { $expected }{ $at }
problem-unknown-field-none = 未知欄位 `{ $field }`（此規則不接受其他欄位）{ $at }
problem-unknown-variant = 未知名稱 `{ $name }`，應為以下之一：{ $expected }{ $at }
problem-unknown-variant-one = 未知名稱 `{ $name }`，應為 { $expected }{ $at }
problem-missing-field = 缺少：此欄位為必填{ $at }
problem-missing-dist = 缺少：此欄位為必填（分佈：fixed、normal、lognormal、uniform 或 triangular）{ $at }
problem-missing-rule = 缺少：此欄位為必填（規則：threshold、beat_alternatives 或 logit）{ $at }
problem-duplicate-field = 在同一物件中出現了兩次{ $at }
problem-invalid-type = 型別無效：{ $found }，應為{ $expected }{ $at }
problem-invalid-value = 值無效：{ $found }，應為{ $expected }{ $at }
problem-invalid-length = 長度 { $length } 無效，應為{ $expected }{ $at }
problem-repeated-key = 鍵 { $key } 在此物件中出現了兩次{ $at }
problem-structure = 文件結構不符合格式：{ $detail }
problem-line-column = （第 { $line } 行第 { $column } 列）
problem-users-range = 必須在 1 到 { $max } 人之間，實際是 { $got }
problem-too-many-alternatives = 最多 { $max } 個替代品，實際有 { $got } 個
problem-too-many-screenshots = 最多 { $max } 張截圖，實際有 { $got } 張
problem-too-many-screenshot-kinds = 最多 { $max } 種截圖型別，實際有 { $got } 種
problem-too-many-segments = 最多 { $max } 個族群，實際有 { $got } 個
problem-unknown-screenshot = 未知截圖型別 { $kind }；應為 { $builtin } 之一，或在 product.screenshot_effects 中定義的型別
problem-not-positive = 必須 > 0，實際是 { $got }
problem-clarity-not-positive = 必須 > 0（它乘以價值的離散程度），實際是 { $got }
problem-negative = 必須 ≥ 0，實際是 { $got }
problem-viewed-range = 必須在 0 到 { $max } 之間（平均瀏覽截圖數），實際是 { $got }
problem-no-positive-share = 至少需要一個族群的佔比 > 0（佔比會歸一化為總和 1）
problem-periods-range = 必須在 1 到 { $max } 之間，實際是 { $got }
problem-unknown-cost = 未知成本 { $name }；應為 { $costs } 之一
problem-listed-twice-quoted = { $name } 列出了兩次
problem-listed-twice = { $name } 列出了兩次
problem-cost-not-recurring = { $name } 不在 retention.recurring 中，因此不會再次支付；請將它加入其中或刪除此成本
problem-cost-negative = 成本必須 ≥ 0，實際是 { $got }
problem-cost-mean-negative = 成本的均值必須 ≥ 0，實際是 { $got }
problem-lognormal-negative = 對數正態分佈從不為負：均值必須 ≥ 0，實際是 { $got }
problem-lognormal-mean = sd > 0 的對數正態分佈需要均值 > 0，實際是 { $got }（固定數值請用 sd 0）
problem-lognormal-spread = 相對於均值太大，無法用於對數正態分佈（sd/mean 必須小於 1e150），實際 sd 為 { $sd }，均值為 { $mean }
problem-below-min = 必須 ≥ 最小值（{ $min }），實際是 { $got }
problem-below-mode = 必須 ≥ 眾數（{ $mode }），實際是 { $got }
problem-cost-uniform-mean = 成本的均值 (min + max) / 2 必須 ≥ 0，實際是 { $got }
problem-cost-triangular-mean = 成本的均值 (min + mode + max) / 3 必須 ≥ 0，實際是 { $got }
problem-sd-negative = 必須 ≥ 0（標準差），實際是 { $got }
problem-unit-range = 必須在 0 到 1 之間，實際是 { $got }
problem-not-finite = 必須是有限的數字，實際是 { $got }
problem-magnitude = 必須在 -{ $max } 到 { $max } 之間，實際是 { $got }
problem-currency = 必須是三個字母的 ISO 4217 貨幣程式碼，例如 "USD"，實際是 { $got }
problem-not-positive-number = 必須是正數，實際是 { $got }
problem-not-non-zero = 必須是非零數字，實際是 { $got }
problem-rho-range = 必須在 -1 到 1 之間，實際是 { $got }
problem-self-correlation = 一個量不能與自身相關（兩端都是 { $quantity }）
problem-quantity-missing = 情境中沒有 { $quantity }；請先為它設定分佈
problem-pair-twice = { $a } – { $b } 這一對已在 correlations[{ $first }] 給出
problem-impossible-correlations = 這些相關性不可能同時成立（沒有任何人群能全部具備，未列出的一對視為 0；矩陣不是半正定的）：{ $pairs }；請減弱其中一個，或列出缺失的那一對
problem-correlation-pair = correlations[{ $index }]（{ $a } – { $b }，rho { $rho }）
problem-title-empty = 不能為空（它是練習的標題）
problem-too-many-characters = 最多 { $max } 個字元，實際有 { $got } 個
problem-goal-target = 必須是 0 到 1 之間的比例（0.4 即 40%），實際是 { $got }
problem-goal-segment-unused = 只用於指標 "segment_adoption"；請刪除它或更改指標
problem-goal-needs-retention = 指標 "retained_share" 需要情境中有 "retention" 塊
problem-goal-needs-segment = 指標 "segment_adoption" 需要一個族群的名稱
problem-unknown-segment = 沒有名為 { $name } 的族群；應為 { $names } 之一
problem-editable-empty = 請至少指定一個學生可以更改的輸入，例如 "product.costs"
problem-too-many-entries = 最多 { $max } 項，實際有 { $got } 項
problem-unknown-preset = 沒有內建預設使用這個 ID
problem-predict-winner-tolerance = "winner" 預測只有對錯之分；請刪除容差
problem-predict-tolerance = 必須是大於 0 且不超過 1 的比例（0.2 即 20 個百分點），實際是 { $got }
problem-editable-exercise = 練習本身不能設為可編輯
problem-unknown-input = 未知輸入 { $path }；應為 { $inputs } 之一
problem-fit-empty = 請指定 1 到 3 個要擬合的輸入，例如 ["product.value.mean"]
problem-too-many-inputs = 最多 { $max } 個輸入，實際有 { $got } 個
problem-cannot-fit = { $path } 無法擬合：{ $why }
problem-observed-empty = 請至少給出一條觀測：{"{"}"users": N, "adopters": K{"}"}
problem-too-many-observations = 最多 { $max } 條觀測，實際有 { $got } 條
problem-observed-no-users = 必須至少為 1（看到此版本的人數）
problem-adopters-over-users = 必須 ≤ users（{ $users }），實際是 { $got }
problem-retained-over-adopters = 必須 ≤ adopters（{ $adopters }），實際是 { $got }
problem-retained-needs-retention = 需要 retention 區塊（"retention": {"{"}"periods": 30, "notice": 0.5{"}"}）才能預測誰會留下；見 docs/calibration.md
problem-experience-pair = product.experience 只能與 product.value 相關，實際是 { $quantity }（它與成本的相關性經由價值傳遞）
problem-set-invalid = 使情境無效：{ $problem }
problem-set-loses-fit = 使 calibration.fit[{ $index }] 沒有數字：{ $why }
problem-posterior-inputs = 必須按順序列出擬合的輸入（{ $inputs }）；請重新執行 worthit calibrate
problem-posterior-draws = 需要 1 到 { $max } 個抽樣，實際有 { $got } 個
problem-draw-length = 每個輸入需要一個數字（{ $inputs } 個），實際有 { $got } 個
problem-draw-not-finite = 必須是有限的數字，實際有 { $got }
problem-calibration-missing = 缺少：請新增 calibration 塊，包含 "fit"（要估計的輸入）和 "observed"（users 與 adopters）；見 docs/calibration.md
problem-simulated-range = 模擬人數必須在 1 到 { $max } 之間，實際是 { $got }
problem-not-a-path = 不是輸入路徑（{ $why }）；應類似 product.value.mean 或 segments[0].share
problem-path-no-name = 點號後缺少名稱
problem-path-unclosed-quote = 帶引號的鍵沒有閉合
problem-path-quote-bracket = 帶引號的鍵後面必須跟 ]
problem-path-unclosed-bracket = [ 沒有閉合
problem-path-index = 索引必須是 ≥ 0 的整數
problem-path-character = 意外的字元
problem-path-empty = 為空
problem-not-a-number = 不是數字
problem-not-set = 未設定（null），因此沒有可讀取的數字
problem-is-not-number = 是{ $found }，不是數字
problem-no-such-index = 不存在：{ $parent } 有 { $items } 項，從 0 開始編號
problem-no-such-step = 不存在：{ $parent } 是{ $found }
problem-no-such-key = 不存在：{ $parent } 沒有 { $key }（它有 { $has }）
problem-expected-number-got = 應為數字，實際是{ $found }
problem-cannot-scale-sd = 無法設定：此分佈的 sd 為 { $sd }，因此無法縮放到 { $got }（請改為設定 min、mode 和 max）
problem-target-share = 必須是 0 到 1 之間的比例，實際是 { $got }
problem-not-an-input = 不是模型輸入（它改變的是模擬哪些人，而不是他們的感知）；請求解價值、成本、權重或效果
problem-solve-unfinished = 求解沒有執行到結束
problem-draw-count = 有 { $got } 個數字，但有 { $inputs } 個輸入
problem-no-draws = 沒有要執行的抽樣
problem-type-null = null
problem-type-boolean = 布林值
problem-type-number = 數字
problem-type-string = 字串
problem-type-array = 陣列
problem-type-list = 列表
problem-type-object = 物件
problem-format-scenario = 情境
problem-format-comparison = 比較
problem-here-scenario = 情境
problem-keys-nothing = 無
problem-syntax-eof-list = 解析列表時檔案意外結束
problem-syntax-eof-object = 解析物件時檔案意外結束
problem-syntax-eof-string = 解析字串時檔案意外結束
problem-syntax-eof-value = 解析值時檔案意外結束
problem-syntax-colon = 應為 `:`
problem-syntax-comma-bracket = 應為 `,` 或 `]`
problem-syntax-comma-brace = 應為 `,` 或 `{"}"}`
problem-syntax-ident = 應為識別符號
problem-syntax-value = 應為一個值
problem-syntax-escape = 無效的轉義
problem-syntax-number = 無效的數字
problem-syntax-range = 數字超出範圍
problem-syntax-unicode = 無效的 Unicode 碼位
problem-syntax-control = 解析字串時遇到控制字元（\u0000-\u001F）
problem-syntax-key = 鍵必須是字串
problem-syntax-trailing-comma = 多餘的逗號
problem-syntax-trailing = 末尾有多餘的字元
problem-syntax-recursion = 超過巢狀深度上限
problem-found-string = 字串 { $value }
problem-found-integer = 整數 { $value }
problem-found-float = 小數 { $value }
problem-found-boolean = 布林值 { $value }
problem-found-sequence = 陣列{ $value }
problem-found-map = 物件{ $value }
problem-found-null = null{ $value }
problem-expected-number = 數字
problem-expected-whole = ≥ 0 的整數
problem-expected-string = 字串
problem-expected-boolean = 布林值
problem-expected-sequence = 陣列
problem-expected-map = 物件
problem-expected-object = 物件
problem-expected-dist = 分佈，例如 {"{"}"dist": "normal", "mean": 1.0, "sd": 0.5{"}"}
problem-expected-decision = 決策規則，例如 {"{"}"rule": "beat_alternatives"{"}"}

panic-message = worthit 內部發生錯誤，頁面已停止運作。請重新載入頁面；如果問題再次發生，請回報以下訊息：{ $detail }
panic-in-worker = 模擬執行緒中：{ $detail }

## time：隨時間的採用——編輯器的「時間」區塊與結果中的漏斗（所有人 → 知曉 → 採用）。
## 術語：外部觸及（p，行銷）、口碑傳播（q）、轉換（知曉者中採用的比例）。

editor-group-time = 時間
time-hint = 人們一週一週地聽說這項產品：來自行銷，也來自已經採用的人；每個人只在第一次聽說時做一次決定。
time-on = 模擬隨時間的採用
time-periods = 期數（週）
time-periods-hint = 模擬多少週，1 到 520（十年）。
time-p = 外部觸及（p）
time-p-hint = 行銷：每週，尚未聽說過它的人以這個機率從廣告、應用程式商店或媒體聽說它。
time-q = 口碑傳播（q）
time-q-hint = 每週，尚未聽說過它的人還會以 q × 目前已採用比例的機率從採用者那裡聽說它。
time-social-proof = 社會認同
time-social-proof-hint = 看到別人採用會消除疑慮：信任成本降低這個比例 × 目前已採用的比例。
time-averages = 使用文獻平均值
time-averages-hint = p = 0.03、q = 0.38，是 213 項已發表的 Bass 模型應用的平均值（Sultan、Farley 與 Lehmann，1990）。

funnel-title = 觸及與轉換
funnel-label = 從所有人到聽說過產品的人、再到採用者的漏斗
funnel-people = 所有人
funnel-aware = 聽說過
funnel-adopted = 已採用
funnel-count-share = { $count } · { $share }
funnel-conversion = 聽說過的人中有 { $conversion }
funnel-verdict-reach = 瓶頸在觸及（行銷）：到第 { $period } 期只有 { $aware } 的人聽說過它，而其中 { $conversion } 會採用。加強外部觸及（p）或口碑傳播（q）最有幫助。
funnel-verdict-conversion = 瓶頸在轉換（營運）：{ $aware } 的人聽說過它，但其中只有 { $conversion } 採用。應提高價值或降低成本；再多行銷也收效甚微。
funnel-verdict-both = 觸及與轉換都在拖累採用：到第 { $period } 期只有 { $aware } 的人聽說過它，其中也只有 { $conversion } 採用。
funnel-verdict-neither = 觸及與轉換都不是瓶頸：{ $aware } 的人聽說過它，其中 { $conversion } 採用。
funnel-verdict-no-reach = 到第 { $period } 期仍沒有人聽說過它：瓶頸完全在觸及（行銷）。沒有外部觸及（p = 0），口碑傳播就無從開始。

## embed: the compact layout for iframes, the Embed dialog that writes
## the iframe snippet, and the notice about query parameters the page
## could not use. Parameter names (controls, lock, host) and origins such
## as https://lms.example.edu stay as they are.

embed-region = worthit 模擬
embed-open-full = 在完整版 worthit 中開啟
embed-open-full-hint = 在新分頁中開啟這個情境，可使用全部控制項。
embed-button = 嵌入
embed-dialog = 嵌入這個模擬
embed-intro = 把這段 HTML 貼到課程頁面或 LMS 中。它會依照下列選項顯示目前的情境。
embed-intro-compare = 把這段 HTML 貼到課程頁面或 LMS 中。它會依照下列選項顯示此比較（A 與 B）。
embed-controls = 可供使用的控制項
embed-controls-none = 無：只顯示結果
embed-lock-all = 鎖定所有數值（只能檢視，不能修改）
embed-lang = 語言
embed-lang-visitor = 訪客瀏覽器的語言
embed-compare = 以比較模式（A 與 B）開啟
embed-host = 主頁面的來源（選填）
embed-host-hint = 只有這個來源可以傳送 worthit:load 和 worthit:run 訊息，例如 https://lms.example.edu。
embed-host-invalid = 這不是一個來源：請寫成 https://name.example 的形式，不含路徑。
embed-fit = 讓框架高度配合內容（會加入一小段指令碼）
embed-code = 要貼上的 HTML
embed-copy = 複製
embed-copied = 已複製。
embed-copy-manual = 瀏覽器不允許複製：請選取文字後按 Ctrl+C 或 ⌘C。
embed-preview = 預覽
embed-done = 完成
embed-predict = 先請學生預測，再顯示結果
embed-lms = 下載 LMS 教材包
embed-lms-help = 此情境的 SCORM 1.2 教材包，可匯入 Moodle、Canvas、Blackboard 等學習平台：會回報完成狀態、依練習目標判定的通過或未通過、預測得分以及學習時間。
embed-lms-help-compare = 此比較（A 與 B）的 SCORM 教材包，可匯入 Moodle、Canvas、Blackboard 等學習平台：以比較模式開啟，會回報完成狀態、預測得分以及學習時間。
embed-lms-building = 正在產生教材包…
embed-lms-done = 教材包已下載。
# $reason: why, in English (a missing file of the page, for example).
embed-lms-failed = 無法產生教材包：{ $reason }
# The launch page of the LMS package (crates/lms): the frame's name and
# the notice when it is opened outside a learning platform.
lms-frame-title = worthit 模擬：{ $title }
lms-no-lms = 找不到學習平台：此活動可以正常使用，但不會記錄任何結果。
lms-comparison-title = { $a } 對比 { $b }
# The iframe's accessible name in the host page; $title is the scenario's title.
embed-iframe-title = worthit 模擬：{ $title }
embed-warning-title = 本頁網址中的部分設定已被略過。
# $name is embed or compare; $value is what the address says.
embed-warning-flag = 「{ $name }={ $value }」不是「是／否」值；請使用 1 或 0。
embed-warning-control = 「{ $name }」不是控制項分組。
embed-warning-lock = 「{ $path }」不是情境路徑（例如 product.costs.money）。
embed-warning-preset = 沒有名為「{ $id }」的預設。
embed-warning-scenario-escape = 網址中的情境不是有效的 URI 編碼。
embed-warning-scenario = 網址中的情境無效：
embed-warning-host = 「{ $host }」不是一個來源（例如 https://lms.example.edu），因此 worthit 不向宿主頁面傳送任何訊息，也不執行收到的訊息。

## lab: the screenshot lab. A and B stay as they are.

compare-toggle = 比較 A/B
compare-toggle-hint = 並排編輯兩個方案，在同一批模擬人群上看哪個勝出。
compare-toggle-hint-kept = 並排編輯兩個方案；你的方案 B 已保留，會重新出現。
compare-title = 比較 A 與 B
compare-switch-label = 要編輯的方案
compare-edit-a = 編輯 A
compare-edit-b = 編輯 B
compare-variant-a = A：基準
compare-variant-b = B：變體
compare-b-people = B 使用 A 的模擬人群與亂數種子，因此只有你改動的內容會帶來差異。
compare-diff-title = B 改了什麼
compare-diff-count = B 與 A 有 { $count } 處不同：
compare-diff-other = 其他
compare-same-yet = B 目前仍是 A 的副本。修改 B 的截圖、宣傳主張或其他任何內容即可比較。
compare-reset-b = 從 A 重新開始 B（捨棄 B 的變更）

verdict-title = 結論：A 對比 B
verdict-pill = B 對比 A：{ $points } 個百分點 · P(B 較好) { $probability }
verdict-waiting = 正在以同一批人模擬 A 與 B…
verdict-lift = B − A
verdict-points = { $points } 個百分點
verdict-interval = 95% 區間 { $interval }
verdict-probability = P(B > A) { $probability }
verdict-barriers-title = 阻礙未採用者的因素：A 與 B
verdict-change = 變化（百分點）
verdict-no-barriers = 兩個方案都沒有任何成本。
verdict-download-json = 下載 JSON
verdict-download-csv = 下載 CSV

strip-title = { $variant } 的截圖
strip-hint = 依商店中的順序排列。拖曳卡片，或選取卡片後按方向鍵即可移動。每張卡片下方：看到這一張的人所占比例。
strip-empty = 沒有截圖：價值只能靠文字說明。
strip-card-label = 第 { $position } 張截圖（共 { $count } 張）：{ $name }
strip-effect-value = 價值 { $value }
strip-effect-clarity = 清晰度 { $change }%
strip-effect-trust = 信任成本 { $value }
strip-repeat = 重複：按 { $weight } 計
strip-unknown-kind = 未知類型：沒有效果。
strip-reach = { $share } 的人會看到這裡
strip-earlier = 將{ $name }（第 { $position } 張）前移
strip-later = 將{ $name }（第 { $position } 張）後移
strip-remove = 刪除{ $name }（第 { $position } 張）
strip-moved = { $name }已移到第 { $position } 張（共 { $count } 張）。
strip-added = 已在第 { $position } 張新增{ $name }。
strip-add-label = 要新增的截圖類型
strip-add = 新增
strip-full = 商店頁面最多只能放 10 張截圖。

lab-single-label = 截圖實驗室
next-title = 下一張放什麼截圖？
next-title-variant = { $variant } 的下一張截圖放什麼？
next-intro = 針對目前的截圖序列：在每個位置新增每種截圖後採用率如何變化，依效果由好到差排列。
next-note = 每個候選方案都與目前序列在同樣的 { $users } 名模擬人群上比較。
next-candidate = 第 { $position } 張放{ $name }
next-lift = { $points } 個百分點（{ $interval }）
next-plausible = · 合理效果範圍：{ $interval }
next-robust = 排名第一的候選在 { $share } 的合理效果大小下都是最佳（每個內建截圖效果變動 ±{ $spread }，{ $draws } 次抽樣，每次模擬 { $users } 人）。「合理效果」範圍包含這種不確定性與模擬誤差；其前面的區間只包含模擬誤差。
next-robust-posterior = 排名第一的候選在擬合輸入的後驗抽樣中有 { $share } 是最佳（{ $draws } 次抽樣，每次模擬 { $users } 人）。「合理效果」範圍包含資料留下的不確定性與模擬誤差；其前面的區間只包含模擬誤差。
next-apply = 新增
next-apply-label = 新增：{ $candidate }
next-show-all = 顯示全部 { $count } 項
next-show-fewer = 收合

claims-title = 宣傳主張探索
claims-title-variant = { $variant } 的宣傳主張探索
claims-intro = 價值宣傳該說得多大聲？在同一批模擬人群上看各種主張強度下的採用率：適度的主張能打動人，誇張的主張會失去信任。
claims-note = 每個點模擬 { $users } 人。
claims-fewer-people = （曲線只模擬了情境 { $total } 人中的 { $users } 人，因此其數字可能與標題數字略有不同。）
claims-current-headline = 目前宣稱的數字取自標題。
claims-use-best = 採用最佳主張（{ $claim }）

lab-progress-label = 實驗室進度
lab-progress-people = 正在模擬 A 與 B：{ $total } 人中的 { $done } 人…
lab-progress-candidates = 正在嘗試第 { $done } 個截圖方案（共 { $total } 個）…
lab-progress-claims = 正在嘗試第 { $done } 個主張（共 { $total } 個）…
lab-cancelled = 已停止。顯示的數字來自先前的設定。
lab-failed = 無法計算：

lab-link-damaged = 此連結中的比較資料已損壞；連結是否被截斷了？
lab-link-bad-escape = 此連結的 #comparison= 文字不是有效的 URI 編碼。
lab-link-invalid = 此連結中的比較無效。
lab-link-too-large = 此連結的比較太大：超過 1 MiB。

## exercise

exercise-label = 練習
exercise-goal-adoption-at-least = 使採用率達到 { $target } 或以上
exercise-goal-adoption-at-most = 使採用率維持在 { $target } 或以下
exercise-goal-segment-at-least = 使{ $segment }的採用率達到 { $target } 或以上
exercise-goal-segment-at-most = 使{ $segment }的採用率維持在 { $target } 或以下
exercise-goal-retained-at-least = 使留存使用者達到 { $target } 或以上
exercise-goal-retained-at-most = 使留存使用者維持在 { $target } 或以下
exercise-goal-changing-only = 只改動{ $controls }，{ $goal }。
exercise-list-and = 和
exercise-status-waiting = 正在檢查…
exercise-status-met = 已達成目標
exercise-status-not-met = 尚未達成
exercise-status-predict-first = 請先做出預測：鎖定後才會顯示結果。
exercise-status-compare = 目標針對的是單一情境，所以比較模式下不檢查目標：請把結論中 A 和 B 的採用率與目標比較，或離開比較模式來檢查。

## predict
# Predict, then reveal, then score (src/exercise/predict.rs). The
# prediction is a share of the people, typed as a percentage.
predict-title = 你的預測
predict-question = 在看到結果之前：你認為有多少比例的人會採用這個產品？
predict-label = 你對採用率的預測
# Shown after the input box, and read with it.
predict-unit = % 的人
predict-lock = 鎖定我的預測
predict-help = 填寫 0 到 100 之間的數字。鎖定後無法更改，接著會顯示結果並評分。
predict-invalid = 請輸入 0 到 100 之間的數字，例如 45 或 45.5。
predict-waiting = 預測已鎖定，正在模擬…
predict-result-title = 你的預測得分
predict-yours = 你的預測
predict-actual = 模擬結果（95% 區間）
predict-error-points = 誤差（百分點）
predict-inside = 是否在 95% 區間內
predict-inside-yes = 是
predict-inside-no = 否
predict-score = 得分
# $score: a number from 0 to 1, such as 0.75.
predict-score-value = { $score }（滿分 1）
predict-rule = 預測落在模擬的 95% 區間內得 1 分；超出區間越遠得分越低，超出 { $tolerance } 個百分點時為 0 分。
# The live region's text after the reveal. $actual, $predicted: percentages;
# $interval: a range such as 42.8–43.4%; $error: signed points such as +6.9;
# $inside: "yes" or "no" (a selector); $score: 0 to 1.
predict-revealed = 採用率為 { $actual }（95% 區間 { $interval }）。你的預測是 { $predicted }：誤差 { $error } 個百分點，{ $inside ->
        [yes] 在
       *[no] 不在
    }區間內。得分：{ $score }（滿分 1）。
exercise-status-detail = 目前 { $current }，目標 { $target }。
exercise-locked-note = 目標以外的控制項已鎖定。
exercise-same-numbers = 開啟此頁面分享連結的每個人都會模擬同樣的 { $users } 人（隨機種子 { $seed }），得到相同的數字。
exercise-show-hint = 顯示提示
exercise-hide-hint = 隱藏提示
exercise-reset = 重設練習
exercise-leave = 離開練習
exercise-start = 開始練習
exercise-offer = 此預設附帶一個課堂練習：「{ $title }」。

exercise-control-title = 標題
exercise-control-seed = 隨機種子
exercise-control-users = 人數
exercise-control-product = 產品
exercise-control-product-name = 產品名稱
exercise-control-product-value = 感知價值
exercise-control-product-claim = 宣稱價值
exercise-control-product-credibility = 可信度
exercise-control-product-costs = 成本
exercise-control-cost-money = 金錢成本
exercise-control-cost-time = 時間成本
exercise-control-cost-learning = 學習成本
exercise-control-cost-trust = 信任成本
exercise-control-cost-emotional = 情緒成本
exercise-control-cost-safety = 安全成本
exercise-control-product-screenshots = 截圖
exercise-control-product-screenshot-effects = 截圖效果
exercise-control-alternatives = 替代選項
exercise-control-segments = 受眾區隔
exercise-control-decision = 決策規則
exercise-control-diffusion = 時間設定（觸及與口碑）
exercise-control-diffusion-periods = 期數
exercise-control-diffusion-p = 外部觸及 (p)
exercise-control-diffusion-q = 口碑傳播 (q)
exercise-control-diffusion-social-proof = 社會認同
exercise-control-exercise = 練習

## data：用觀測到的計數校準情境。路徑（如 product.value.mean、
## calibration.observed[0].adopters）保持原樣；A、B 為變體名稱。
data-title = 你的資料
data-lede = 從真實使用者的行為出發：多少人看到了這個產品，多少人採用了它。worthit 會把你選的輸入擬合到這些計數上，並說明有多大把握。
data-lede-variants = 輸入每個變體在真實商店頁面實驗中的結果。worthit 會用兩組計數擬合價值以及 A 與 B 之間差異的效果。
data-mode-label = 這些計數來自
data-mode-one = 一組計數
data-mode-arms = 過去實驗的兩組
data-row-one = 觀測
data-row-arm = 第 { $arm } 組
data-row-variant = 變體 { $variant }
data-users = 看到的人數
data-adopters = 採用的人數
data-users-arm = 第 { $arm } 組：看到的人數
data-adopters-arm = 第 { $arm } 組：採用的人數
data-users-variant = { $variant }：看到的人數
data-adopters-variant = { $variant }：採用的人數
data-retained = 留存的採用者（選填）
data-retained-arm = 第 { $arm } 組：留存的採用者（選填）
data-retained-variant = { $variant }：留存的採用者（選填）
data-set-arm = 第 { $arm } 組：有何不同（JSON，路徑 → 值；沒有則留空）
data-fit-legend = 要擬合的輸入（最多 { $max } 個）
data-fit-other = 其他輸入（依路徑）
data-fit-add = 新增
data-field-mean = 平均值
data-field-sd = 離散程度（標準差）
data-field-value = 數值
data-input-value = 感知價值，{ $field }
data-input-claim = 價值主張
data-input-experience = 體驗到的價值，{ $field }
data-input-use-cost = 每個使用期的{ $cost }成本，{ $field }
data-input-cost = { $cost }成本，{ $field }
data-input-effect-value = { $name }截圖：價值效果
data-input-effect-trust = { $name }截圖：信任效果
data-input-effect-clarity = { $name }截圖：清晰度
data-run = 擬合我的資料
data-problems = 沒有進行擬合，情境維持不變。請更正：
data-problem-required = { $field }：請輸入一個數字。
data-problem-whole = { $field }：請輸入整數人數。
data-problem-negative = { $field }：人數不能為負。
data-problem-no-users = { $field }：至少要有一人看到。
data-problem-over = { $field }：採用的人數不能多於看到的人數。
data-problem-retained-over = { $field }：留存的採用者不能多於採用的人數。
data-problem-set = { $field }：這裡必須是「路徑 → 值」的 JSON 物件（{ $reason }）。
data-problem-unknown = { $field }：情境中沒有這個路徑的輸入。
data-problem-not-numeric = { $field }：這個輸入不是數字，無法擬合。
data-problem-no-fit = { $field }：請至少選擇一個要擬合的輸入。
data-problem-too-many = { $field }：最多選擇 { $max } 個輸入。
data-problem-repeated = { $field }：這個輸入被選了兩次。
data-problem-no-observation = { $field }：請至少輸入一組觀測計數。
data-fit-title = 擬合的輸入（中位數與 95% 可信區間）
data-estimate = { $estimate }（95%：{ $lo } 至 { $hi }）
data-posterior-title = 資料對每個輸入的說明
data-legend-estimate = 中位數與 95% 可信區間
data-legend-predicted = 預測比例與 95% 區間
data-legend-observed = 觀測比例
data-check-title = 擬合後的模型能重現你的資料嗎？
data-check-chart-title = 觀測比例與預測比例
data-check-row = 觀測 { $n }（觀測值 { $observed }）
data-check-line = 觀測 { $n }：觀測到 { $observed }（{ $users } 人中 { $adopters } 人）；擬合後的模型預測 { $predicted }（{ $interval }）。
data-check-retained-row = 觀測 { $n }，仍在使用（觀測值 { $observed }）
data-check-retained-line = 觀測 { $n } 的留存：觀測到 { $observed } 仍在使用（{ $users } 人中 { $retained } 人）；擬合後的模型預測 { $predicted }（{ $interval }）。
data-check-retained-predicted = 觀測 { $n } 的留存：擬合後的模型預測這些人中有 { $predicted } 會採用並在期末仍在使用（{ $interval }）。
data-check-ok = 每個觀測比例都落在模型的 95% 預測區間內。
data-check-misfit = 模型無法重現觀測 { $list }：即使在最佳擬合下，觀測比例也落在預測範圍之外。情境遺漏了這裡重要的因素，請謹慎看待它的結果。
data-warning-cannot-reproduce = 模型無法重現觀測 { $n }：實際採用率 { $observed }，但擬合後的輸入預測 { $interval }。擬合中固定不變的某些因素與現實不符：請擬合另一個輸入，或檢查計數。
data-warning-cannot-reproduce-retained = 模型無法重現觀測 { $n } 的留存：實際有 { $observed } 採用並仍在使用，但擬合後的輸入預測 { $interval }。請檢查哪些成本會重複付出、使用實際帶來什麼價值，或擬合其中一項。
data-warning-underdetermined = { $inputs } 個輸入只有 { $observations } 個觀測：資料無法確定每個輸入，部分區間主要反映尚未確定的範圍。
data-warning-confounded = 資料無法區分 { $a } 和 { $b }（相關係數 { $correlation }）：只能確定兩者的組合。
data-warning-flat = 資料對 { $input } 說明得很少：它的區間涵蓋了搜尋範圍的一半以上。
data-warning-edge = { $input } 緊貼允許範圍的端點（{ $bound }）：資料可能需要超出範圍的值。
data-warning-no-fit = 允許範圍內沒有任何數值能產生這些計數：沒有進行擬合。
data-warning-monte-carlo = 相對於 { $input } 的區間，模擬本身的雜訊並不小：請模擬更多的人。
data-progress = 正在擬合：已模擬 { $done } 人（共 { $total } 人）…
data-interval-note = 這裡的區間是參數不確定性：資料對每個輸入尚未確定的部分。模擬雜訊遠小於此。
data-apply = 設為新的基準
data-undo = 復原
data-applied = 校準後的情境已成為基準；其結果包含參數不確定性。
lab-progress-evaluations = 正在計算第 { $done } 次（共 { $total } 次）…

effects-edit = 編輯這類截圖的效果
effects-label = { $name }截圖的效果
effects-value = 價值（分）
effects-clarity = 清晰度變化（%）
effects-trust = 信任成本（分）
effects-default = 內建效果僅供示意；修改後即使用你自己的數值。
effects-own = 這類截圖（全部）使用你自己的效果。
effects-reset = 恢復內建效果
effects-error = { $field }：請輸入數字（清晰度變化須低於 100%）。

verdict-caveat = { $kinds }的效果是示意性的預設值，並非實測：結論的可靠程度取決於它們。可在截圖卡片上修改，或在「你的資料」中用你的計數擬合。

solve-summary = 要達到目標需要什麼？
solve-input = 改變這個輸入
solve-target = 目標採用率（%）
solve-run = 求出數值
solve-answer = { $input }為 { $value } 時，採用率達到 { $share }。
solve-not-monotone = 採用率並不隨這個輸入單向變化：其他數值也可能達到目標；這是最接近目前值的一個。
solve-unreachable = { $input }在 { $lo } 到 { $hi } 之間的任何數值都無法使採用率達到 { $target }：在這個範圍內採用率為 { $reachable }。
solve-apply = 套用這個數值
solve-problem-target = { $field }：請輸入 0 到 100% 之間的比例。

uncertainty-line = 含參數不確定性：{ $interval }（95%；僅擬合輸入本身為 { $parameters }，基於 { $draws } 個後驗抽樣）。上方的區間只包含模擬雜訊。
uncertainty-title = 包含資料對擬合輸入尚未確定的部分，而不只是模擬雜訊
uncertainty-waiting = 正在計算含參數不確定性的區間…
uncertainty-failed = 無法計算含參數不確定性的區間：
what-if-extra-interval = 本次執行採用率 { $change }，計入擬合輸入的不確定性後為 { $interval }
what-if-extra-retained = 留存採用者 { $change }
what-if-extra-summary-retained = 每項假設對留存採用者的影響
what-if-extra-summary-interval = 含擬合輸入不確定性的每項假設
what-if-extra-summary-both = 含擬合輸入不確定性的每項假設，及其對留存採用者的影響
what-if-extra-note = 「計入擬合輸入的不確定性」是該假設效果在 { $draws } 個後驗抽樣（每個模擬 { $people } 人）上的 95% 區間：同時包含資料對擬合輸入留下的不確定性與模擬誤差。長條顯示本次執行的效果，其誤差只有模擬誤差。

plan-title = 規劃測試
plan-intro = 商店頁面實驗：A（{ $a }）對比 B（{ $b }）。需要多少訪客才能區分兩者？
plan-visitors = 每個變體的訪客數
plan-confidence = 信賴水準
plan-power-target = 期望的檢定力
plan-power = 每個變體 { $visitors } 名訪客時，測試判定較佳變體勝出的機率
plan-needed = 達到 { $power } 檢定力所需的每個變體訪客數
plan-mde = 以 { $power } 檢定力可偵測的最小提升
plan-no-difference = 這裡 A 與 B 的採用率相同：再多的訪客也無法區分。
plan-assurance = 保證機率：每個變體 { $visitors } 名訪客時，測試判定 { $winner } 勝出的機率，依擬合輸入的 { $draws } 個後驗抽樣取平均（包含輸入的不確定性，而不只是模擬誤差）。
plan-assurance-with-prior = 保證機率：每個變體 { $visitors } 名訪客時，測試判定 { $winner } 勝出的機率，依擬合輸入與示意性截圖效果的 { $draws } 個抽樣取平均（包含輸入的不確定性與模擬誤差）。
plan-assurance-needed = 每個變體 { $visitors } 名訪客可達到 { $power } 的保證機率。
plan-assurance-unreachable = 再多的訪客也達不到 { $power } 的保證機率：最多只能達到 { $max }，因為在部分抽樣中另一個變體較佳。
plan-assurance-too-many = 達到 { $power } 的保證機率需要每個變體超過 { $max } 名訪客。
plan-problem-visitors = { $field }：請輸入 1 到 { $max } 之間的整數訪客數。
plan-note = 與商店頁面實驗相同的雙尾兩比例檢定。比例來自模型，因此規劃的可靠程度取決於輸入：請先在「你的資料」中用你的計數擬合它們。
verdict-robust = 把每個內建效果在 ±{ $spread } 範圍內變化後，B 在 { $share } 的合理效果大小中勝出（{ $draws } 次抽樣的提升為 { $interval }；這一範圍同時包含效果的不確定性與模擬雜訊）。

exercise-solve-hint = 計算提示：{ $input }約為 { $value } 時可達到 { $target }。
exercise-solve-hint-none = 計算提示：只改變{ $input }無法達到目標；再試著改變其他輸入。
boot-load-failed-embedded = worthit 無法載入它的檔案。託管 worthit 的伺服器必須在 .js、.wasm、.css 和 .ftl 檔案上傳送標頭 Access-Control-Allow-Origin: *，因為此框架從不透明來源載入它們（見 docs/embedding.md 的「Headers」）。
boot-load-failed-page = worthit 無法載入它的檔案。請檢查網路連線並重新載入頁面。
## 留存

label-title-retention = 採用後誰會留下
label-axis-periods-since-adoption = 採用後的期數
label-legend-still-using = 仍在使用
label-legend-adopted = 已採用
label-legend-retained = 留存的採用者
label-legend-best-retained-claim = 留存最多的宣稱 { $claim }
retention-headline = { $periods } 期後，全部人群中有 { $share } 採用且仍在使用（95% 區間 { $interval }）。
retention-loss =
    { $larger ->
        [expectation] 流失主要來自預期落差：{ $expectation } 的人因宣稱和截圖而採用，實際使用未達預期後離開；因持續成本離開的有 { $recurring }。
       *[recurring] 流失主要來自持續成本：{ $recurring } 的人因使用中不斷付出的成本而離開；因實際使用不及宣稱和截圖而離開的有 { $expectation }。
    }
retention-no-loss = 所有採用者在 { $periods } 期後仍在使用。
chart-retention = 全部人群中採用且仍在使用該產品的比例，按採用後的各期顯示（實線），對照採用比例 { $adopted }（虛線）：{ $periods } 期後仍有 { $retained } 在使用。
lab-claim-best-retained =
    { $position ->
        [smaller] 留存的採用者在較小的宣稱 { $claim } 處達到最高：{ $share } 的人仍在使用，而採用率在 { $adoption_claim } 處最高。
       *[same] 留存的採用者在宣稱 { $claim } 處達到最高：{ $share } 的人仍在使用；採用率在 { $adoption_claim } 處最高。
    }
headline-retained-verb = 仍在使用
headline-retained-label = 留存的採用者：全部人群中採用且在 { $periods } 期後仍在使用的比例
headline-retained-ci-title = 95% 區間（Wilson；僅含蒙地卡羅誤差）
dropoff-title = 誰會留下
dropoff-label = 從全部採用者到仍在使用的人，以及其他人離開的原因
dropoff-adopted = 已採用
dropoff-retained = { $periods } 期後仍在使用
dropoff-expectation = 離開：實際使用不及宣稱和截圖
dropoff-recurring = 離開：持續付出的成本超過了價值
funnel-still-using = 仍在使用
verdict-retained-title = 留存的採用者（商店資訊頁實驗的第二個指標）
verdict-retained-share = 留存
verdict-installs-lift = 採用者（安裝）：B − A
verdict-retained-lift = 留存的採用者：B − A
editor-group-retention = 誰會留下
retention-hint = 採用之後，人們使用產品並看到它的真實價值。每一期，他們以體驗到的價值對照持續的成本重新決定；失望的使用者會離開。
retention-on = 模擬採用後誰會留下
retention-periods = 使用期數
retention-periods-hint = 採用後追蹤每位使用者的期數，1 到 520。留存的採用者是最後一期後仍在使用的人。
retention-notice = 每期察覺機率
retention-notice-hint = 失望的使用者每期據此離開的機率：1 表示立即離開；數值越低，習慣讓人留得越久。
retention-recurring = 使用期間重複付出的成本
retention-recurring-hint = 勾選的成本在每個使用期都要付出；其餘的（預設是學習成本）只在採用前付出一次。
retention-use-costs = 每個使用期的成本
retention-use-costs-hint = 對於重複付出的成本：當每個使用期的實際成本不同於採用前的感知時（例如免費試用後的訂閱費、玩遊戲實際花的時間），在這裡設定。
retention-use-cost-hint = 每個使用期的成本，由同一個人的感知成本抽樣而來：預期越高的人付出越多。
retention-use-cost-as-perceived = 與感知相同
retention-experience-on = 實際體驗不同於第一印象
retention-experience-title = 體驗到的價值
retention-experience-hint = 使用產品實際帶來的價值。不設定時，體驗到的價值等於感知價值去掉宣稱和截圖的影響（同一個人的抽樣）。
retention-experience-rho = 體驗與第一印象的相關程度（rho）
retention-experience-rho-hint = 1：預期越高的人得到的也越多（同一次抽樣）。更低：使用帶來的驚喜或失望與預期無關的部分更多；0：兩者毫無關係。
exercise-control-retention = 留存設定
exercise-control-retention-periods = 使用期數
exercise-control-retention-notice = 每期察覺機率
exercise-control-retention-recurring = 哪些成本重複付出
exercise-control-retention-costs = 每個使用期的成本
exercise-control-product-experience = 體驗到的價值
table-still-using = 仍在使用
## Correlated perceptions and survey import

input-correlation = { $a } ↔ { $b } 相關
editor-group-correlations = 感知如何相互關聯
editor-correlations-hint = 對一種成本感受強烈的人，往往對另一種也感受強烈。每個詞代表一個相關係數：強烈 0.6、有一點 0.3、完全沒有 0、正相反 −0.3；旁邊的數字是精確值（−1 到 1）。
editor-correlations-empty = 還沒有關聯：每種感知都各自獨立抽取。
editor-corr-sentence = { $who }的人，也{ $also }：
editor-corr-who-value = 覺得它很有價值
editor-corr-who-money = 覺得它貴
editor-corr-who-time = 覺得它太費時間
editor-corr-who-learning = 覺得它難學
editor-corr-who-trust = 不信任它
editor-corr-who-emotional = 覺得它累心
editor-corr-who-safety = 擔心安全
editor-corr-who-experience = 用起來覺得好
editor-corr-also-value = 覺得它很有價值
editor-corr-also-money = 覺得它貴
editor-corr-also-time = 覺得它太費時間
editor-corr-also-learning = 覺得它難學
editor-corr-also-trust = 不信任它
editor-corr-also-emotional = 覺得它累心
editor-corr-also-safety = 擔心安全
editor-corr-also-experience = 用起來覺得好
editor-corr-strongly = 強烈
editor-corr-a-little = 有一點
editor-corr-not-at-all = 完全沒有
editor-corr-opposite = 正相反
editor-corr-about = 約為「{ $word }」
editor-corr-rho = 精確相關係數
editor-corr-remove = 刪除 { $pair } 這一對
editor-corr-add-label = 新增一對
editor-corr-add = 新增
editor-corr-none-left = 價值與現有成本之間的每一對都已列出。
editor-corr-pair = { $a } ↔ { $b }
editor-corr-refused = 未套用，情境維持不變：{ $message }
survey-title = 匯入問卷
survey-intro = 依受訪者 0–10 分的評分擬合人群：CSV 檔案需有 value 欄，以及 money、time、learning、trust、emotional、safety 中任意幾欄（segment 與 adopted 欄可選）。docs/survey.md 中有現成的問卷。
survey-privacy = 檔案只在你的瀏覽器中讀取，不會傳送到任何地方。擬合出的情境不含任何受訪者的資料列，只有平均值、離散度、比例與相關係數。
survey-choose = 選擇 CSV 檔案
survey-drop = 或拖放到這裡（也可拖放到頁面任何位置）
survey-reading = 正在擬合 { $name }…
survey-applied = 擬合出的情境已放入編輯器。
survey-undo = 復原匯入
survey-undone = 已復原匯入：先前的情境已恢復。
survey-refused = { $name } 未匯入，目前的情境維持不變：
survey-unreadable = 無法讀取匯入的結果。
survey-fitted = 由 { $name } 擬合：使用了 { $rows } 位受訪者中的 { $used } 位（{ $ms } 毫秒，在本瀏覽器中完成）。
survey-adoption-respondents = 受訪者自己的採用率：{ $share }（95% 區間 { $interval }，{ $count } 位受訪者）。
survey-adoption-simulated = 以擬合情境模擬的採用率：{ $share }（95% 區間 { $interval }，僅含蒙地卡羅誤差）。
survey-adoption-no-column = 檔案沒有 adopted 欄，因此沒有受訪者的採用率可與模擬結果對照。
survey-columns-caption = 擬合的分布（取 AIC 較低的形狀）
survey-col-column = 評分
survey-col-shape = 形狀
survey-col-mean = 平均值
survey-col-sd = 離散度
survey-segments = 分群問題的每個答案對應一個族群：
survey-segment-item = { $name }：{ $count } 位受訪者（{ $share }）
survey-correlations = 情境中保留的相關：
survey-correlations-none = 沒有夠強、值得保留的相關。
survey-ignored = 忽略的欄：{ $columns }
survey-skipped = 有 { $skipped } 列因儲存格有誤被略過：
survey-more-cells = … 另有 { $count } 處

## 內建預設的文字：名稱和練習 (issue 16)


preset-content-account-product = 我們的帳號
preset-content-account-alternative-0 = 已追蹤的帳號
preset-content-account-segment-0 = 忙碌的上班族
preset-content-account-segment-1 = 學生
preset-content-account-segment-2 = 業內人士
preset-content-account-exercise-title = 值得花時間
preset-content-account-exercise-instructions = 這個帳號是免費的，但它要和人們已經追蹤的動態爭奪時間和注意力，而忙碌的上班族把時間看得重 1.6 倍。只改變時間成本和情緒成本（更短的貼文、更平和的語氣、清楚的更新時間表），讓採用率達到 45%。
preset-content-account-exercise-hint = 障礙圖顯示時間是最大的障礙。把時間成本（1.5 → 0.8）和情緒成本（0.8 → 0.4）一起大約減半，就能達到。

preset-finance-extreme-claim-product = 我們的儲蓄 App
preset-finance-extreme-claim-alternative-0 = 銀行儲蓄帳戶
preset-finance-extreme-claim-segment-0 = 謹慎的儲戶
preset-finance-extreme-claim-segment-1 = 追求收益的人
preset-finance-extreme-claim-exercise-title = 把宣稱調低
preset-finance-extreme-claim-exercise-instructions = 這個 App 承諾每年 20% 的收益，遠超人們願意相信的程度（宣稱 9 分，而預期價值是 4）。過度宣稱會適得其反：信任成本隨超出部分的平方增長，幾乎沒有謹慎的儲戶採用。只改變宣稱，讓採用率回到 32% 或更高。
preset-finance-extreme-claim-exercise-hint = 在 4 到 9 分之間（每年 0% 到 20%）試試不同的宣稱，觀察採用率：先升後降，呈倒 U 形。只比人們已有的預期略高一點的宣稱（約 5 分，年收益 4%）效果最好。

preset-finance-modest-claim-product = 我們的儲蓄 App
preset-finance-modest-claim-alternative-0 = 銀行儲蓄帳戶
preset-finance-modest-claim-segment-0 = 謹慎的儲戶
preset-finance-modest-claim-segment-1 = 追求收益的人
preset-finance-modest-claim-exercise-title = 贏得謹慎的儲戶
preset-finance-modest-claim-exercise-instructions = 適度的收益宣稱對追求收益的人有效，但謹慎的儲戶大約五人中只有一人採用。謹慎的儲戶把信任看得重 1.4 倍、安全重 1.5 倍。只改變信任成本和安全成本（想想執照標章、存款保險、使用者評價），贏得至少 40% 的謹慎儲戶。
preset-finance-modest-claim-exercise-hint = 這兩項成本對這個區隔族群都重要。試著把兩項各減半：信任 1.2 → 0.6，安全 1.0 → 0.5。

preset-game-character-art-product = 我們的遊戲
preset-game-character-art-alternative-0 = 已安裝的遊戲
preset-game-character-art-segment-0 = 休閒玩家
preset-game-character-art-segment-1 = 核心玩家
preset-game-character-art-exercise-title = 展示遊戲，而不只是美術
preset-game-character-art-exercise-instructions = 看到商店頁面的人中，只有大約十分之三會安裝這款免費遊戲。大多數人只看前兩三張截圖，而光有角色美術，價值仍然模糊。只改變截圖（哪些類型、什麼順序），讓採用率達到 45%。
preset-game-character-art-exercise-hint = 把一張實際遊玩的截圖和一張成長系統的截圖放在最前面：只看兩張截圖就停下的人，也應該已經看到自己在遊戲裡會做什麼。

preset-game-gameplay-product = 我們的遊戲
preset-game-gameplay-alternative-0 = 已安裝的遊戲
preset-game-gameplay-segment-0 = 休閒玩家
preset-game-gameplay-segment-1 = 核心玩家
preset-game-gameplay-exercise-title = 免費不等於零成本
preset-game-gameplay-exercise-instructions = 這款遊戲免費，截圖也展示了真實的遊玩，可仍有十分之四的人直接略過。金錢成本為零，但下載時間、學習和信任都不是零。只改變成本，讓採用率達到 75%。
preset-game-gameplay-exercise-hint = 休閒玩家把時間看得重 1.3 倍、學習重 1.5 倍。更小的下載檔可以把時間成本減半（1.2 → 0.6），好的新手教學可以把學習成本減半（0.8 → 0.4）。

preset-game-installs-vs-users-art-product = 我們的遊戲
preset-game-installs-vs-users-art-alternative-0 = 已安裝的遊戲
preset-game-installs-vs-users-art-segment-0 = 休閒玩家
preset-game-installs-vs-users-art-segment-1 = 核心玩家
preset-game-installs-vs-users-art-exercise-title = 安裝不等於使用者
preset-game-installs-vs-users-art-exercise-instructions = 這個商店頁面用比實際遊戲更好看的華麗角色美術打頭。它贏得了安裝，但因這個承諾而安裝的人發現遊戲並非如此，於是離開：30 週後仍在玩的人不到全部訪客的一半。只改變截圖，讓至少 55% 的訪客安裝並在最後仍在玩。
preset-game-installs-vs-users-art-exercise-hint = 先展示玩起來是什麼樣：前兩個位置放一張遊玩截圖和一張成長系統截圖，建立遊戲能兌現的預期。比較安裝和留存的採用者：遊玩頁面只比美術頁面多贏得少量安裝，卻多留住了多得多的使用者。
preset-finance-claim-installs-vs-users-product = 我們的儲蓄 App
preset-finance-claim-installs-vs-users-alternative-0 = 銀行儲蓄帳戶
preset-finance-claim-installs-vs-users-segment-0 = 謹慎的儲戶
preset-finance-claim-installs-vs-users-segment-1 = 追求收益的人
preset-finance-claim-installs-vs-users-exercise-title = 為使用者而不是為安裝而宣傳
preset-finance-claim-installs-vs-users-exercise-instructions = 這個儲蓄 App 宣稱有 8% 的收益。更大膽的宣傳在懷疑占上風之前能贏得更多安裝，但被它吸引來的人期待的正是這個收益，使用中看到真實收益後就會離開。所以留住最多使用者的宣傳比贏得最多安裝的宣傳要小：即使是安裝最多的宣傳（約 3%）留住的使用者也比更小的宣傳少。只改變宣傳，讓至少 27% 的訪客採用並在 12 個月後仍在使用這個 App。
preset-finance-claim-installs-vs-users-exercise-hint = 實驗室的宣傳探索器同時標出安裝最多的宣傳和留存採用者最多的宣傳。試試 4.25（1% 的收益）：安裝比 3% 時少，留住的使用者更多。

preset-game-installs-vs-users-gameplay-product = 我們的遊戲
preset-game-installs-vs-users-gameplay-alternative-0 = 已安裝的遊戲
preset-game-installs-vs-users-gameplay-segment-0 = 休閒玩家
preset-game-installs-vs-users-gameplay-segment-1 = 核心玩家
preset-game-installs-vs-users-gameplay-exercise-title = 留住贏得的使用者
preset-game-installs-vs-users-gameplay-exercise-instructions = 同一款遊戲，商店頁面展示的是真實的遊玩。它比華麗美術頁面多贏得一些安裝，留住的人也多得多，因為所見即所得：幾乎每個安裝的人 30 週後仍在玩。剩下要贏得的是從不安裝的人。只改變成本，讓全部訪客中至少 65% 安裝並在最後仍在玩。
preset-game-installs-vs-users-gameplay-exercise-hint = 時間、信任、安全和金錢在玩的過程中會反覆付出（retention.recurring）；學習只付出一次。把時間成本從 1.2 降到 0.6（更短的單局、更小的下載檔），既能贏得安裝，也能留住使用者。

preset-game-launch-year-product = 我們的遊戲
preset-game-launch-year-alternative-0 = 已安裝的遊戲
preset-game-launch-year-segment-0 = 休閒玩家
preset-game-launch-year-segment-1 = 核心玩家
preset-game-launch-year-exercise-title = 觸及不是天花板
preset-game-launch-year-exercise-instructions = 一年後幾乎所有人都聽說過這款遊戲，但只有大約十分之六的人安裝。你可以改變觸及和口碑（時間設定）以及成本。在年底前讓採用率達到 70%。
preset-game-launch-year-exercise-hint = 更多行銷（p）或口碑（q）只會讓人們更早聽說這款遊戲，不會改變他們的決定。降低拖住休閒玩家的成本：下載時間（1.2 → 0.6）和學習（0.8 → 0.4）。

preset-paid-tool-vs-free-leader-product = 我們的工具（付費）
preset-paid-tool-vs-free-leader-alternative-0 = 免費的市場領先者
preset-paid-tool-vs-free-leader-segment-0 = 自由工作者
preset-paid-tool-vs-free-leader-segment-1 = 小團隊
preset-paid-tool-vs-free-leader-segment-2 = 學生
preset-paid-tool-vs-free-leader-exercise-title = 學生願意接受的價格
preset-paid-tool-vs-free-leader-exercise-instructions = 學生把金錢看得重 2.5 倍，所以幾乎沒有學生會放棄免費的領先者而選這款付費工具。只改變成本，贏得至少 20% 的學生。
preset-paid-tool-vs-free-leader-exercise-hint = 對學生來說，價格是決定性的障礙。把金錢成本從 2.0 降到 0.5 的學生折扣就能做到。

## 精簡嵌入、活動建立和問卷 (issue 16)

embed-warning-layout = 「{ $layout }」不是版面；請使用 compact 或 full。
embed-more = 更多圖表和探索方式
embed-summary-more = 更詳細的原因
header-build = 建立活動
builder-title = 建立活動
builder-back = 返回模擬器
builder-form-title = 學生會得到什麼
builder-intro = 選擇情境、學生可以使用的控制項、固定不變的值、語言和任務。預覽顯示的正是連結開啟的內容。
builder-source = 情境
builder-source-current = 你開啟的情境
builder-no-current = 沒有開啟的情境；請選擇一個預設。
builder-bad-link = { $problem }活動改為從預設情境開始。
builder-controls = 學生看到的控制項
builder-locks = 鎖定的輸入
builder-locks-help = 鎖定的輸入會顯示，但不能更改。輸入一個值即鎖定為該值；留空則保留情境中的值。
builder-lock-value = { $name }的值
builder-lock-segment-share = { $name }的占比
builder-modes = 開啟方式
builder-embed = 用於課程頁面中的 iframe（精簡版面）
builder-full-layout = 顯示所有卡片，與完整頁面相同（layout=full）
builder-predict = 在顯示結果之前先讓學生預測
builder-exercise-legend = 練習
builder-exercise = 新增學生要達到的目標
builder-metric = 評判的數值
builder-metric-adoption = 採用率
builder-metric-segment = 某個區隔族群的採用率
builder-metric-retained = 留存的採用者
builder-segment = 區隔族群
builder-op = 目標
builder-op-at-least = 至少
builder-op-at-most = 至多
builder-target = 目標值（%）
builder-bad-target = 目標值不是數字。
builder-bad-number = 某個鎖定值不是數字。
builder-ex-title = 標題
builder-instructions = 說明
builder-hint = 提示（選填）
builder-out-title = 活動
builder-problems = 還不能產生這個活動：
builder-link = 給學生的連結
builder-open = 開啟
builder-copy = 複製連結
builder-frame-title = worthit 活動：{ $title }
builder-qr-label = 給學生的連結的 QR 碼
builder-qr-caption = 投影出來：學生用手機掃描即可。
builder-qr-too-long = 這個連結太長，無法產生 QR 碼。請從未修改的預設開始，或直接分享連結。
builder-lms-title = 用於學習管理系統
builder-lms-help = 學習管理系統的課程包（SCORM）來自模擬器的「嵌入」對話框：不勾選 iframe 選項開啟連結，然後選擇「嵌入」。
builder-preview = 預覽
builder-preview-title = 學生開啟的活動的預覽
survey-questionnaire = 要問的問卷（把每行複製為一個問題；保留方括號中的名稱）
survey-q-value = 對你來說，{ $product } 值多少？0 = 完全不值，10 = 非常值得 [value]
survey-q-money = 它的價格讓你覺得負擔有多重？0 = 毫無負擔，10 = 負擔極重 [money]
survey-q-time = 下載、安裝、等待要花的時間和麻煩有多大？0 = 毫不麻煩，10 = 非常麻煩 [time]
survey-q-learning = 學會怎麼用它要花多大力氣？0 = 毫不費力，10 = 非常費力 [learning]
survey-q-trust = 你有多懷疑它做不到它所說的？0 = 完全不懷疑，10 = 非常懷疑 [trust]
survey-q-emotional = 用它會讓你覺得多不自在（焦慮、尷尬、改變習慣）？0 = 完全沒有，10 = 非常不自在 [emotional]
survey-q-safety = 用它你有多擔心隱私、安全或錢財？0 = 完全不擔心，10 = 非常擔心 [safety]
survey-q-segment = 哪一項最符合你？（你的選項） [segment]
survey-q-adopted = 你現在在用 { $product } 嗎？是 / 否 [adopted]

## ---- Survey import, store-test plan, "Your data" errors (errors-dups) ----
problem-survey-empty = 檔案是空的：需要一列標題
problem-survey-no-value-column = 沒有名為 value 的欄（找到的是：{ $headers }）；請把價值評分那一欄命名為 value
problem-survey-duplicate-column = 有兩欄都代表 { $name }：{ $first } 和 { $second }；請重新命名其中一欄
problem-survey-bad-rows = { $bad } 列含有錯誤的儲存格，只有 { $good } 列可用，因此沒有匯入該檔案
problem-survey-more-cells = …… 另有 { $count } 個
problem-survey-cell = 第 { $line } 列，{ $column } 欄：{ $reason }
problem-survey-cell-text = 第 { $line } 列，{ $column } 欄：{ $text } { $reason }
problem-survey-too-few-rows = 只有 { $rows } 位可用的受訪者；至少需要 { $min } 位
problem-survey-segment-too-few-rows = 客群 { $segment } 只有 { $rows } 位可用的受訪者；擬合它至少需要 { $min } 位（請把它併入另一個客群）
problem-survey-too-many-segments = 客群欄有 { $count } 個不同的值；最多 { $max } 個
problem-survey-fitted-invalid = 擬合出的情境無效：{ $problem }
problem-cell-missing = 缺少（該列太短）
problem-cell-not-utf8 = 不是有效的 UTF-8 文字
problem-cell-empty = 是空的
problem-cell-not-yes-no = 不是 0 或 1（是或否）
problem-cell-not-a-number = 不是數字
problem-cell-out-of-range = 不是 -{ $max } 到 { $max } 之間的數字
problem-cell-negative-cost = 是負數，而成本不能為負
problem-plan-unit = { $name } 必須在 0 到 1 之間，實際是 { $got }
problem-plan-unit-open = { $name } 必須嚴格介於 0 和 1 之間，實際是 { $got }
problem-plan-visitors = 訪客數必須在 1 到 { $max } 之間，實際是 { $got }
problem-not-an-object = 不是物件：實際是{ $found }
## ---- end of the errors-dups block ----

## Compare mode's predictions and the SCORM 2004 package (issue 16, helper predict-compare)
# Compare mode asks for the lift of B over A in percentage points, or which
# variant more people adopt (src/exercise/predict.rs). A and B are the
# variants' names and stay as they are.
predict-lift-question = 看到結果之前：與 A 相比，B 的採用率會高（或低）多少個百分點？
predict-lift-label = 你對提升幅度（B − A）的預測
predict-lift-unit = 個百分點
predict-lift-help = 輸入 −100 到 100 之間的數字；如果你認為 B 不如 A，請輸入負數。鎖定後不能更改，隨後顯示結果並評分。
predict-lift-invalid = 請輸入 −100 到 100 之間的百分點數，例如 3 或 −2.5。
predict-lift-points = { $points } 個百分點
predict-lift-actual = 模擬得出的提升幅度（95% 區間）
predict-revealed-lift = B 相對 A 的提升幅度為 { $actual } 個百分點（95% 區間 { $interval }）。你的預測是 { $predicted } 個百分點：誤差 { $error } 個百分點，{ $inside ->
        [yes] 在
       *[no] 不在
    }區間內。得分：{ $score }（滿分 1）。
predict-winner-question = 看到結果之前：採用 A 的人多，還是採用 B 的人多？
predict-winner-label = 你的預測：採用人數較多的方案
predict-winner-a = A
predict-winner-b = B
predict-winner-help = 請選擇 A 或 B。鎖定後不能更改，隨後顯示結果並評分。
predict-winner-invalid = 請先選擇 A 或 B。
predict-winner-actual = 採用人數較多的方案
predict-winner-actual-value = { $variant }
predict-winner-tie = 沒有：A 與 B 持平
predict-rule-winner = 選中採用人數較多的方案得 1 分，否則得 0 分（兩者持平時也是 0 分）。
predict-revealed-winner = { $actual ->
        [a] 採用 A 的人較多。
        [b] 採用 B 的人較多。
       *[tie] A 與 B 持平。
    }你的預測是 { $predicted ->
        [a] A
       *[b] B
    }：{ $right ->
        [yes] 正確
       *[no] 錯誤
    }。得分：{ $score }（滿分 1）。
predict-verdict-hidden = 鎖定預測後才會顯示比較結果。
builder-predict-metric = 學生要預測的內容（比較模式）
builder-predict-lift = B 相對 A 的提升幅度（百分點）
builder-predict-winner = 採用人數較多的方案
builder-predict-copy = 這裡的 B 一開始是 A 的副本，所以學生第一次執行的結果是平手，在 B 改變之前沒有什麼可預測的。要讓學生預測你自己設定的 A 與 B：請在比較模式中開啟這個情境，在那裡修改 B，然後再次選擇「建立活動」。
builder-predict-copy-open = 在比較模式中開啟
embed-lms-standard = 教材包標準
embed-lms-scorm12 = SCORM 1.2
embed-lms-scorm2004 = SCORM 2004（第 4 版）
# Under the what-if chart of a run bigger than the what-ifs decide again
# (the engine's WHAT_IF_USERS). $people and $users are counts.
what-if-people = 假設效果按 { $users } 人中的前 { $people } 人計算，每人與其自身原本的決定相比。每個長條旁的 ± 是僅由模擬誤差給出的 95% 範圍，最大為 { $noise } 個百分點；不包括輸入本身的不確定性。
what-if-noise = 每個長條旁的 ± 是僅由模擬誤差給出的 95% 範圍，這裡最大為 { $noise } 個百分點；不包括輸入本身的不確定性。
