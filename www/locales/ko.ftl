# worthit: 한국어.
#
# 모든 키와 변수는 en.ftl과 같아야 합니다. docs/translating.md를 참고하세요.
# 숫자는 따로 설명이 없으면 이미 언어에 맞게 서식이 적용되어 들어옵니다(43.1%, 100,000).
# 변수 바로 뒤에 을/를, 이/가 같은 조사를 붙이지 마세요. 값에 따라 받침이
# 달라지므로 "비용이", "값을"처럼 고정된 낱말 뒤에 붙이거나 "을(를)"로 씁니다.
# 퍼센트(43.1%)는 "퍼센트"로 읽으므로 뒤에 "가", "를"을 씁니다.

## 차트 레이블

label-title-net-value = 순가치: 채택하면 누가 이득을 보나
label-title-choices = 사람들의 선택
label-title-barriers = 비채택자를 가로막는 것
label-title-barrier-means = 채택자와 비채택자가 느끼는 비용
label-title-tornado = 가정 분석: 채택률 변화
label-title-segments = 세그먼트별 채택률
label-title-timeline = 시간에 따른 채택
label-title-overlay = 순가치: A 대 B
label-axis-net-value = 순가치(지각된 가치 − 비용)
label-axis-share-of-people = 사람 비율
label-axis-density = 순가치 단위당 사람 비율
label-caption-barriers = 이 비용 하나만 없애도 얻을 수 있는 비채택자 비율
label-caption-barrier-means = 평균 지각 비용(효용 점수)
label-caption-tornado = 채택률 변화(%p)
label-caption-choices = 전체 인원 대비 비율
label-caption-segments = 세그먼트 내 채택 비율
label-axis-period = 기간
label-axis-new-adopters = 신규 채택자
label-axis-share = 사람 비율
label-legend-adopters = 채택
label-legend-non-adopters = 채택 안 함
label-legend-people = 사람
label-legend-zero-line = 가치 = 비용
label-legend-overall = 전체 { $share }
label-legend-raises = 채택률 상승
label-legend-lowers = 채택률 하락
label-legend-new-adopters = 신규 채택자
label-legend-cumulative = 누적 채택
label-legend-aware = 인지
label-variant-a = A
label-variant-b = B
label-none-option = 선택 안 함
label-no-data = 표시할 데이터가 없습니다
label-more-rows = +{ $n }개 더

## 문장 안에서 쓰는 비용 이름

cost-money = 금전
cost-time = 시간
cost-learning = 학습
cost-trust = 신뢰
cost-emotional = 감정
cost-safety = 안전

## 가정 분석의 입력 항목

input-value = 가치
input-cost = { $cost } 비용
input-claim = 주장하는 가치
input-credibility = 신뢰도
input-alternative = { $option }: { $what }
input-segment = { $segment }: { $what }
input-weight = { $what } 가중치
input-share = 비율
input-skepticism = 회의감
input-screenshots-viewed = 본 스크린샷 수
input-reach = 외부 도달(p)
input-word-of-mouth = 입소문(q)
input-social-proof = 사회적 증거
param-sd = { $what } 편차
param-min = { $what } 최솟값
param-max = { $what } 최댓값
param-mode = { $what } 최빈값

## 스크린샷 실험실 차트

label-title-claim-curve = 주장 강도에 따른 채택률
label-axis-claim = 가치 주장(효용 점수)
label-axis-adoption = 채택률
label-legend-adoption = 채택률
label-legend-no-claim = 주장 없음({ $share })
label-legend-best-claim = 최적 주장 { $claim }
label-legend-current-claim = 현재 주장 { $claim }

## 문장 안에서 쓰는 스크린샷 종류

kind-gameplay = 게임 플레이
kind-progression = 성장 시스템
kind-characters = 캐릭터 아트
kind-social-proof = 사회적 증거
kind-features = 기능 목록
kind-offer = 혜택
kind-safety = 안전 배지
screenshot-at = { $kind }({ $position }번째)

## 요약 문장

summary-no-people = 시뮬레이션한 사람이 없어 보고할 내용이 없습니다.
summary-headline = 시뮬레이션한 { $users }명 중 { $share }가 채택합니다(95% 신뢰구간 { $interval }).
summary-alternative-leads = 대안 { $option }의 선택 비율이 제품보다 높습니다: { $share } 대 { $product_share }.
summary-alternative-ties = { $option }은(는) 제품과 거의 같은 비율로 선택됩니다: 각각 { $share }.
summary-largest-barrier = { $cost } 비용이 가장 큰 장벽입니다: 이 비용 하나만 없애도 비채택자의 { $share }를 얻을 수 있습니다.
summary-no-single-barrier = 어느 한 가지 비용이 사람들을 가로막고 있지는 않습니다: 어떤 비용 하나만 없애서는 비채택자를 거의 얻지 못합니다.
summary-biggest-lever =
    { $effect ->
        [loss]
            { $direction ->
                [lower] 가장 민감한 입력: { $input } 값을 { $step }만큼 낮추면 채택률이 { $points }%p 떨어집니다.
               *[raise] 가장 민감한 입력: { $input } 값을 { $step }만큼 높이면 채택률이 { $points }%p 떨어집니다.
            }
       *[gain]
            { $direction ->
                [lower] 가장 효과적인 레버: { $input } 값을 { $step }만큼 낮추면 채택률이 { $points }%p 오릅니다.
               *[raise] 가장 효과적인 레버: { $input } 값을 { $step }만큼 높이면 채택률이 { $points }%p 오릅니다.
            }
    }
summary-no-lever = 어떤 가정 변화도 채택률을 눈에 띄게 바꾸지 않습니다.
summary-segment-range = 채택률은 { $best }에서 가장 높고({ $best_share }) { $worst }에서 가장 낮습니다({ $worst_share }).

## 시간에 따른 채택

timeline-peak = 신규 채택은 { $period }번째 기간에 { $new_adopters }명으로 정점에 이릅니다.
timeline-no-reach = { $periods }개 기간 동안 아무도 제품을 알게 되지 않았습니다: 도달이 한계입니다.
timeline-value-limited = { $aware }가 제품을 알게 되었지만 끝내 채택하는 사람은 { $ever }에 그칩니다: 한계는 도달이 아니라 가치와 비용입니다.
timeline-saturated = 제품을 알게 된 사람은 거의 모두 채택합니다({ $period }번째 기간까지 { $ever }): 성장 속도는 도달이 정합니다.
timeline-reach-limited = { $period }번째 기간까지 제품을 알게 된 사람은 { $aware }뿐이고 그중 { $conversion }가 채택합니다: 한계는 가치와 비용이 아니라 도달입니다.
timeline-both-limited = { $period }번째 기간까지 제품을 알게 된 사람은 { $aware }뿐이고 그중 채택하는 사람도 { $conversion }뿐입니다: 도달과 가성비가 모두 채택을 가로막고 있습니다.

## A 대 B

compare-shares = { $a }안: { $a_share } 채택. { $b }안: { $b_share } 채택.
compare-winner = { $variant }안이 { $points }%p 차이로 앞섭니다({ $interval }%p). { $variant }안이 더 나을 확률은 { $probability }입니다.
compare-unclear = 확실한 승자가 없습니다: { $variant }안이 { $points }%p 앞서지만 95% 신뢰구간({ $interval }%p)에 0이 포함됩니다. { $variant }안이 더 나을 확률은 { $probability }입니다.
compare-same = { $a }안과 { $b }안의 채택률이 같습니다: { $share }.

## 스크린샷 실험실

lab-next-best = 추가하기 가장 좋은 스크린샷: { $candidate }. 채택률이 { $points }%p 오릅니다({ $interval }%p). 더 나을 확률은 { $probability }입니다.
lab-next-none = 어디에 넣어도 채택률을 확실히 높이는 스크린샷이 없습니다: 가장 나은 후보인 { $candidate }도 채택률을 { $change }%p 바꿀 뿐입니다({ $interval }%p).
lab-next-ranking = 그다음 순위: { $list }.
lab-next-full = 스크린샷 줄에 이미 스토어 페이지 최대치인 { $max }장이 있습니다: 다른 것을 시험하려면 하나를 빼세요.
lab-claim-best = 주장 값이 { $claim }일 때 채택률이 가장 높습니다: { $share } 채택, 주장이 없을 때는 { $no_claim }.
lab-claim-no-gain = 사람들이 이미 기대하는 수준을 넘는 주장은 채택률을 올리지 못합니다: 주장 없이 { $no_claim } 채택.
lab-claim-current =
    { $standing ->
        [best] 현재 주장 값 { $claim }의 채택률은 { $share }로, 최적 주장만큼 좋습니다.
       *[below] 현재 주장 값 { $claim }의 채택률은 { $share }로, 최적보다 { $points }%p 낮습니다.
    }

## 차트의 대체 텍스트

chart-no-data = 표시할 데이터가 없습니다.
chart-net-value = 각 사람의 순가치(지각된 가치에서 지각된 비용을 뺀 값) 히스토그램: 평균 { $mean }, 편차 { $sd }. 약 { $positive }가 가치와 비용이 같아지는 0보다 위에 있습니다. 각 막대는 채택자와 비채택자로 나뉩니다.
chart-choices = 각 선택지를 고른 사람의 비율: { $list }.
chart-barriers = 각 비용 하나만 없앴을 때 얻을 수 있는 비채택자 비율: { $list }.
chart-barrier-means = 평균 지각 비용, 채택자 / 비채택자: { $list }.
chart-tornado = 각 입력을 한 단계씩 바꿨을 때의 채택률 변화(%p): { $list }.
chart-segments = 세그먼트별 채택률(전체 { $overall }): { $list }.
chart-timeline = { $periods }개 기간 동안 기간별 신규 채택자(막대)는 { $peak_period }번째 기간에 정점에 이르고, 누적 채택 비율(실선)은 { $ever }, 인지 비율(점선)은 { $aware }에 이릅니다.
chart-overlay = { $a }안과 { $b }안의 순가치 겹쳐 보기: 평균은 { $a }안 { $a_mean }, { $b }안 { $b_mean }입니다.
chart-claim-curve = 가치 주장 { $lo }~{ $hi } 효용 점수에 따른 채택률(실선): 주장이 없으면 { $no_claim }(점선), 주장 값 { $best_claim }에서 { $best_share }로 가장 높고(표시됨), 가장 강한 주장에서는 { $end_share }입니다.

## 시나리오 편집기

editor-label = 시나리오 편집기
editor-advanced = 분포 형태 선택(고급)
editor-group-value = 가치
editor-group-costs = 비용
editor-group-screenshots = 스크린샷
editor-group-audience = 대상
editor-group-alternatives = 대안
editor-group-decision = 결정 규칙
editor-group-simulation = 시뮬레이션

editor-product-name = 제품 이름
editor-value-title = 지각된 가치
editor-value-hint = 사람들이 얻으리라 기대하는 것, 효용 점수 단위.
editor-mean = 평균
editor-spread = 편차
editor-shape = 분포 형태
editor-claim-on = 가치 주장하기
editor-claim = 주장하는 가치
editor-claim-hint = 광고가 약속하는 가치. 실제 평균보다 조금 높으면 처음엔 도움이 되지만, 지나치면 사기처럼 들립니다.
editor-credibility = 신뢰도
editor-credibility-hint = 과장된 주장을 얼마나 믿을 만한지. 높을수록 의심이 줄어듭니다.

editor-costs-hint = 사람이 포기하는 모든 것, 같은 효용 점수 단위. 비용은 0 아래로 내려가지 않습니다.
editor-cost-money = 금전
editor-cost-money-hint = 가격, 구독료, 인앱 결제
editor-cost-time = 시간
editor-cost-time-hint = 다운로드 용량, 설정, 대기
editor-cost-learning = 학습
editor-cost-learning-hint = 사용법을 익히는 데 드는 노력
editor-cost-trust = 신뢰
editor-cost-trust-hint = 약속대로 작동할지에 대한 의심
editor-cost-emotional = 감정
editor-cost-emotional-hint = 불안, 민망함, 습관 바꾸기
editor-cost-safety = 안전
editor-cost-safety-hint = 개인정보, 보안, 금전적 위험

editor-shape-none = 없음(0)
editor-shape-fixed = 고정
editor-shape-normal = 정규
editor-shape-lognormal = 로그정규
editor-shape-uniform = 균등
editor-shape-triangular = 삼각

editor-screenshots-hint = 스토어에 보이는 순서대로. 사람들은 앞의 몇 장만 보므로 순서가 중요합니다. 효과는 예시용 기본값이며 측정된 사실이 아닙니다.
editor-screenshots-empty = 스크린샷 없음: 가치는 설명 문구에만 달려 있습니다.
editor-screenshot-add-label = 추가할 스크린샷 종류
editor-screenshot-add = 스크린샷 추가
editor-screenshots-full = 스토어 페이지에는 스크린샷을 최대 10장까지 넣을 수 있습니다.
editor-move-up = { $name }({ $position }번째) 위로 이동
editor-move-down = { $name }({ $position }번째) 아래로 이동
editor-remove = 삭제
editor-remove-item = { $name } 삭제

editor-audience-hint = 가치와 비용을 서로 다르게 따지는 사람들의 그룹.
editor-audience-empty = 대상 하나, ‘모든 사람’: 가중치 모두 1, 회의감 0.5, 스크린샷 3장 확인.
editor-add-segment = 세그먼트 추가
editor-segment-name = 세그먼트 이름
editor-share = 비율
editor-share-hint = 상대적 크기. 비율은 합이 100%가 되도록 조정됩니다.
editor-skepticism = 회의감
editor-skepticism-hint = 0은 모든 주장을 믿고, 1은 모든 주장을 의심합니다.
editor-viewed = 본 스크린샷 수
editor-viewed-hint = 한 사람이 보는 스토어 스크린샷의 평균 개수.
editor-weights = 가중치
editor-weights-hint = 이 그룹이 각 항목을 얼마나 강하게 느끼는지. 1 = 그대로, 2 = 두 배.
editor-weight-value = 가치
editor-limit-16 = 최대 16개.
editor-new-segment-name = 세그먼트 { $n }
editor-segment-summary = { $name } · { $percent }
editor-remove-segment = 세그먼트 { $name } 삭제

editor-alternatives-hint = 손만 뻗으면 닿는 잘 알려진 선택지. 아무것도 채택하지 않는 것도 언제나 가치 0인 선택지입니다.
editor-alternatives-empty = 대안 없음: 사람들은 아무것도 하지 않는 것과만 비교합니다.
editor-add-alternative = 대안 추가
editor-alternative-name = 대안 이름
editor-alt-value-hint = 사람들이 이 대안에서 얻으리라 기대하는 것.
editor-alt-costs = 이 대안의 비용
editor-new-alternative-name = 대안 { $n }
editor-remove-alternative = 대안 { $name } 삭제

editor-rule-threshold = 임계값
editor-rule-threshold-hint = 가치가 비용보다 크면 채택합니다. 대안은 고려하지 않습니다.
editor-rule-beat = 대안보다 나을 때
editor-rule-beat-hint = 아무것도 하지 않는 것을 포함해 제품이 가장 좋은 선택지일 때 채택합니다.
editor-rule-logit = 로짓(무작위성이 있는 선택)
editor-rule-logit-hint = 사람들은 대개 가장 좋은 선택지를 고르지만 항상 그렇지는 않습니다.
editor-temperature = 온도
editor-temperature-hint = 선택이 얼마나 무작위적인지. 0에 가까우면 항상 가장 좋은 것을 고릅니다.

editor-users = 인원
editor-users-hint = 시뮬레이션할 사람 수, 1~{ $max }명. 많을수록 느리지만 더 정확합니다.
editor-seed = 시드
editor-seed-hint = 같은 시드는 정확히 같은 숫자를 냅니다.
editor-new-seed = 새 시드

editor-name-empty = 이름을 입력하세요.
editor-out-of-range-integer = { $min }부터 { $max }까지의 정수를 입력하세요.
editor-out-of-range = { $min }부터 { $max }까지의 숫자를 입력하세요.

## 기본 제공 스크린샷 종류

screenshot-kind-gameplay = 게임 플레이
screenshot-kind-progression = 성장 시스템
screenshot-kind-characters = 캐릭터 아트
screenshot-kind-social-proof = 사회적 증거
screenshot-kind-features = 기능 목록
screenshot-kind-offer = 혜택 / 가격
screenshot-kind-safety = 안전 및 개인정보

## 기본 제공 프리셋

preset-game-character-art-name = 무료 모바일 게임: 캐릭터 아트 스크린샷
preset-game-character-art-description = 스토어 페이지에 주로 캐릭터 아트를 보여 주는 무료 게임. 무료라고 비용이 0은 아닙니다. 다운로드 시간, 저장 공간, 학습 부담은 여전히 남고, 아트만으로는 가치가 모호해서 많은 사람이 익숙한 게임에 머뭅니다.
preset-game-gameplay-name = 무료 모바일 게임: 게임 플레이와 성장 시스템 스크린샷
preset-game-gameplay-description = 같은 게임, 같은 비용이지만 첫 스크린샷들이 실제 플레이와 성장 시스템을 보여 줍니다. 더 분명한 가치가 그냥 지나쳤을 사람들을 끌어들입니다. 캐릭터 아트 페이지와 비교해 보세요.
preset-finance-modest-claim-name = 금융 앱: 적당한 수익률 주장
preset-finance-modest-claim-description = 사람들의 기대보다 조금 높은 수익률을 내세우는 저축 앱. 믿을 만한 주장은 의심을 키우기보다 지각된 가치를 더 많이 끌어올립니다.
preset-finance-extreme-claim-name = 금융 앱: 과장된 수익률 주장
preset-finance-extreme-claim-description = 같은 앱이 믿기 어려울 만큼 높은 수익률을 약속합니다. 신뢰 비용(“사기 같은데”)이 초과분의 제곱으로 커져서 채택률이 적당한 주장보다 낮아집니다. 과장 광고는 역효과를 냅니다.
preset-content-account-name = 뉴미디어 콘텐츠 계정
preset-content-account-description = 사람들이 이미 팔로우하는 피드와 시간·관심을 두고 경쟁하는 콘텐츠 계정. 금전 비용은 0이고 시간과 관심이 승부를 가르며, 장벽 차트가 그중 무엇이 사람들을 붙잡는지 보여 줍니다.
preset-paid-tool-vs-free-leader-name = 유료 생산성 도구 대 무료 시장 선두 주자
preset-paid-tool-vs-free-leader-description = 돈도 들고 갈아타는 수고도 드는 더 나은 도구가, 사람들이 이미 아는 무료 선두 주자와 맞붙습니다. 추가 가치가 가격과 학습 부담을 넘어서는 곳에서만 이깁니다. 어떤 세그먼트에서 이기고 어떤 비용이 결정적인지 확인해 보세요.
preset-game-launch-year-name = 무료 모바일 게임: 출시 후 첫 1년
preset-game-launch-year-description = 게임 플레이 스크린샷을 쓴 그 게임의 52주, 문헌의 평균 외부 도달(p = 0.03)과 입소문(q = 0.38)을 적용했습니다. 몇 달 안에 거의 모두가 게임을 알게 되지만 채택률은 훨씬 낮은 수준에서 멈춥니다. 한계를 정하는 것은 도달이 아니라 전환(가치와 비용)입니다.
preset-game-installs-vs-users-art-name = 무료 모바일 게임: 화려한 아트는 설치를 얻지만 사용자는 못 지킨다
preset-game-installs-vs-users-art-description = 스토어 페이지 첫머리에 실제 플레이보다 더 좋아 보이는 화려한 캐릭터 아트를 내세운 게임. 실제 플레이를 보여 주는 페이지만큼 설치를 얻지만, 그렇게 모인 사람들은 다른 게임을 기대했기에 몇 주 안에 떠납니다. 그래서 유지 사용자는 설치보다 훨씬 크게 줄어듭니다. 게임 플레이 페이지와 비교해 보세요.
preset-game-installs-vs-users-gameplay-name = 무료 모바일 게임: 게임 플레이 스크린샷은 사용자를 지킨다
preset-game-installs-vs-users-gameplay-description = 같은 게임, 실제 플레이를 보여 주는 스토어 페이지. 보이는 그대로를 얻으니 설치한 사람 거의 모두가 계속 플레이합니다. 화려한 아트 페이지와의 차이는 설치보다 유지 사용자에서 훨씬 큽니다.
preset-finance-claim-installs-vs-users-name = 금융 앱: 설치를 위한 주장 vs. 사용자를 위한 주장
preset-finance-claim-installs-vs-users-description = 높은 수익률을 주장하는 같은 저축 앱에서 누가 남는지 따라갑니다. 더 과감한 주장은 의심이 커지기 전까지 설치를 늘리지만, 그 주장을 보고 채택한 사람들은 사용하며 실제 수익률을 보면 떠납니다. 사용자를 가장 많이 붙잡는 주장은 설치를 가장 많이 얻는 주장보다 작습니다.

## 페이지 틀

app-document-title = worthit — 사람들은 그만한 가치가 있다고 생각할까?
app-skip-link = 결과로 건너뛰기
app-scenario-title = 시나리오
app-results-title = 결과
app-footer = worthit은 지각된 가치가 지각된 비용보다 클 때 채택하는 사람들을 시뮬레이션합니다. 스크린샷 효과와 그 밖의 기본값은 예시일 뿐 측정된 사실이 아니며, 프로젝트의 docs/model.md에 모든 공식이 설명되어 있습니다.
app-result-pill-verb = 채택
app-drop-file = 시나리오 파일을 끌어다 놓으면 열립니다
language-menu = 언어

## 헤더와 도구 모음

header-tagline = 지각된 가치 대 지각된 비용, 시뮬레이션한 100,000명의 선택
header-toolbar = 시나리오와 결과
header-presets = 프리셋
header-download = 다운로드
header-download-scenario = 시나리오(JSON)
header-download-scenario-hint = 여기서 다시 열거나 worthit 명령줄로 실행하세요.
header-download-results = 결과(JSON)
header-download-results-hint = 이번 실행의 모든 숫자, 결과 형식 v1.
header-download-csv = 결과(CSV)
header-download-csv-hint = 같은 숫자를 스프레드시트용 표 하나로.
header-download-compare-hint = 비교 모드에서는 A와 B의 결과를 ‘결론: A 대 B’ 카드에서 JSON 또는 CSV로 내려받습니다. 두 안과 달라진 점이 함께 들어 있습니다.
header-download-comparison-hint = 두 안을 하나의 비교 파일로 저장합니다. 여기서 다시 열거나 worthit compare로 실행하세요.
header-open = 열기
header-open-file = 시나리오 파일 열기
share-button = 공유 링크
share-button-short = 공유
share-dialog = 공유 링크
share-copying = 복사하는 중…
share-copied = 링크를 복사했습니다. 이 링크를 여는 사람은 누구나 똑같은 숫자를 봅니다:
share-manual = 이 링크를 복사하세요(Ctrl+C 또는 ⌘C). 이 링크를 여는 사람은 누구나 똑같은 숫자를 봅니다:
share-done = 완료

## 헤드라인과 실행 상태

headline-label = 채택률
headline-simulating = 시뮬레이션하는 중…
headline-verb = 채택
headline-ci-title = 95% 신뢰구간(Wilson)
headline-meta = { $users }명, { $duration } 소요
headline-detail = 시뮬레이션한 { $users }명 중 { $adopters }명이 { $product }을(를) 선택합니다. 괄호 안은 95% 신뢰구간입니다. 시드 { $seed }.
headline-product-fallback = 이 제품
headline-announce = 완료: { $users }명 중 { $share }가 채택합니다.
duration-ms = { $ms }ms
duration-s = { $s }초

status-progress = { $total }명 중 { $done }명 시뮬레이션하는 중…
status-progress-label = 시뮬레이션 진행률
status-progress-what-ifs = 가정 분석 중: { $total }명 중 { $done }명…
status-updating-what-ifs = 가정 분석 중…
status-cancelled-what-ifs = 가정 분석을 마치기 전에 실행이 취소되었습니다.
status-cancel = 취소
status-updating = 업데이트하는 중…
status-done = 최신 상태
status-cancelled = 실행이 취소되었습니다. 지금 보이는 숫자는 이전 설정의 결과입니다.
status-rerun = 다시 실행
status-failed = 이 시나리오를 시뮬레이션할 수 없습니다. 위의 메시지를 확인하세요.

## 결과 열: 요약, 차트 카드와 데이터 표

results-summary-label = 요약
results-summary-title = 이유
card-show-table = 데이터 표 보기
card-hide-table = 데이터 표 숨기기
card-download-png = PNG 다운로드
card-download-png-label = PNG 다운로드: ‘{ $title }’
card-error = 이 차트를 그릴 수 없습니다: { $error }

table-range = { $from }~{ $to }
table-caption = 데이터: { $title }
table-net-value = 순가치
table-people = 인원
table-adopters = 채택자
table-non-adopters = 비채택자
table-option = 선택지
table-share-of-people = 사람 비율
table-cost = 비용
table-decisive = 이 비용만 없앨 때 얻는 비율(비채택자 중)
table-mean-adopters = 평균, 채택자
table-mean-non-adopters = 평균, 비채택자
table-input = 입력
table-moved-by = 변경 폭
table-adoption = 채택률
table-change-points = 변화(%p)
table-noise-points = 시뮬레이션 오차(±%p, 95%)
table-segment = 세그먼트
table-period = 기간
table-aware = 인지
table-new-adopters = 신규 채택자
table-adopted-so-far = 누적 채택

## 메시지(알림 영역)

notice-dismiss = 메시지 닫기
notice-invalid-scenario = { $source }은(는) worthit에서 쓸 수 있는 시나리오가 아닙니다. 이전 시나리오를 유지합니다.
notice-refused = { $source }을(를) 열 수 없습니다: { $reason } 이전 시나리오를 유지합니다.
notice-bad-link = { $problem } 이전 시나리오를 유지합니다.
notice-opened = ‘{ $name }’ 파일을 열었습니다.
notice-run-failed = 이 시나리오를 시뮬레이션할 수 없습니다.
notice-download-refused = 브라우저가 다운로드를 허용하지 않았습니다.
notice-file-unreadable = ‘{ $name }’ 파일을 읽을 수 없습니다.
notice-results-unreadable = 결과를 읽을 수 없습니다: { $error }

source-preset = 프리셋 ‘{ $name }’
source-edit = 편집한 시나리오
source-link = 링크의 시나리오
source-file = 파일 ‘{ $name }’
source-storage = 이 브라우저에 저장된 시나리오
refused-too-large = 너무 큽니다: worthit이 파일, 링크, 호스트 페이지 또는 이 브라우저의 저장소에서 읽는 최대 크기인 1 MiB를 넘습니다.
refused-survey-too-large = 파일이 너무 큽니다: 32 MiB를 넘습니다. worthit이 설문 파일에서 읽는 최대 크기입니다.
refused-results = 시나리오가 아니라 결과 파일(실행한 결과 숫자)입니다. 이 결과를 계산한 시나리오 파일을 여세요.
refused-compare-results = 시나리오가 아니라 비교 결과 파일(A 대 B 실행의 숫자)입니다. 비교 파일이나 두 시나리오 파일을 여세요.
refused-comparison = 비교 파일(시나리오 A와 B)입니다. 열기로 열면 비교 모드가 시작됩니다.
refused-scenario = 비교가 아니라 하나의 시나리오입니다.

link-damaged = 이 링크의 시나리오가 손상되었습니다({ $reason }). 링크가 잘린 것은 아닌가요?
link-reason-base64 = base64url 텍스트가 아님
link-reason-incomplete = 압축 데이터가 불완전함
link-reason-utf8 = UTF-8 텍스트가 아님
link-bad-escape = 이 링크의 #scenario= 텍스트는 올바른 URI 인코딩이 아닙니다.
link-invalid = 이 링크의 시나리오가 올바르지 않습니다.
link-too-large = 이 링크의 시나리오가 너무 큽니다: 1 MiB를 넘습니다.

error-scenario-problems = 시나리오에 문제가 { $count }개 있습니다:
error-problem = { $path }: { $message }

## problem: every problem the engine reports (crates/engine/src/problem.rs,
## ProblemKind), one key a kind. Paths, field names, JSON fragments and
## code in backticks stay as they are; numbers are numbers. Phrases such as
## problem-type-* and problem-syntax-* are put into other problems' messages.

problem-too-large = 너무 큽니다: 1 MiB 초과({ $bytes }바이트, 한도는 { $limit }바이트)
problem-wrong-results = 결과 파일(`worthit run --json`과 페이지의 결과 내려받기가 쓰는, 한 번 실행한 숫자)이지 시나리오가 아닙니다: 결과를 계산한 시나리오 파일을 여세요
problem-wrong-compare-results = 비교 결과 파일(`worthit compare --json`과 페이지의 비교 내려받기가 쓰는, A 대 B 실행의 숫자)이지 시나리오가 아닙니다: 비교 파일이나 두 시나리오 파일을 여세요
problem-wrong-comparison = 비교 파일(A와 B 두 시나리오)이지 단일 시나리오가 아닙니다: `worthit compare FILE`로 열거나, 페이지에서 비교 모드를 시작하는 열기로 여세요
problem-wrong-scenario = 단일 시나리오이지 비교 파일이 아닙니다: `worthit run FILE`로 열거나, `worthit compare A B`로 두 시나리오를 비교하세요
problem-not-json = JSON 문서가 아닙니다: { $detail }
problem-json-syntax = { $line }행 { $column }열: JSON 구문 오류: { $detail }
problem-scenario-not-object = JSON 객체("schema": { $version }인 시나리오)여야 하는데 { $found }입니다
problem-comparison-not-object = JSON 객체("kind": "{ $tag }"인 비교)여야 합니다
problem-version-missing = 없음: "schema": { $version }({ $format } 형식 버전)이 필요합니다
problem-version-not-whole = 정수 { $version }이어야 하는데 { $got }입니다
problem-version-unsupported = 지원하지 않는 { $format } 형식 버전 { $got }입니다. 이 worthit은 버전 { $version }을 읽습니다
problem-version-not-number = 형식 버전 번호 { $version }이어야 하는데 { $found }입니다
problem-version-not-number-value = { $format } 형식 버전 번호 { $version }이어야 하는데 { $got }입니다
problem-kind-missing-scenario = 없음: 비교 문서가 아니라 시나리오로 보입니다(비교 문서에는 "kind": "{ $tag }"와 시나리오 "a", "b"가 있어야 합니다)
problem-kind-missing = 없음: "kind": "{ $tag }"가 필요합니다
problem-kind-wrong = "{ $tag }"여야 하는데 { $got }입니다
problem-unknown-field = 알 수 없는 필드 `{ $field }`, 다음 중 하나여야 합니다: { $expected }{ $at }
problem-unknown-field-one = 알 수 없는 필드 `{ $field }`, { $expected }여야 합니다{ $at }
problem-unknown-field-none = 알 수 없는 필드 `{ $field }`(이 규칙은 다른 필드를 받지 않습니다){ $at }
problem-unknown-variant = 알 수 없는 이름 `{ $name }`, 다음 중 하나여야 합니다: { $expected }{ $at }
problem-unknown-variant-one = 알 수 없는 이름 `{ $name }`, { $expected }여야 합니다{ $at }
problem-missing-field = 없음: 필수 필드입니다{ $at }
problem-missing-dist = 없음: 필수 필드입니다(분포: fixed, normal, lognormal, uniform 또는 triangular){ $at }
problem-missing-rule = 없음: 필수 필드입니다(규칙: threshold, beat_alternatives 또는 logit){ $at }
problem-duplicate-field = 같은 객체에 두 번 나옵니다{ $at }
problem-invalid-type = 잘못된 유형: { $found }, { $expected }여야 합니다{ $at }
problem-invalid-value = 잘못된 값: { $found }, { $expected }여야 합니다{ $at }
problem-invalid-length = 잘못된 길이 { $length }, { $expected }여야 합니다{ $at }
problem-repeated-key = 키 { $key }가 이 객체에 두 번 나옵니다{ $at }
problem-structure = 문서 구조가 형식과 맞지 않습니다: { $detail }
problem-line-column = {" "}({ $line }행 { $column }열)
problem-users-range = 1명에서 { $max }명 사이여야 하는데 { $got }명입니다
problem-too-many-alternatives = 대안은 최대 { $max }개인데 { $got }개입니다
problem-too-many-screenshots = 스크린샷은 최대 { $max }장인데 { $got }장입니다
problem-too-many-screenshot-kinds = 스크린샷 종류는 최대 { $max }개인데 { $got }개입니다
problem-too-many-segments = 세그먼트는 최대 { $max }개인데 { $got }개입니다
problem-unknown-screenshot = 알 수 없는 스크린샷 종류 { $kind }. { $builtin } 중 하나이거나 product.screenshot_effects에 정의한 종류여야 합니다
problem-not-positive = 0보다 커야 하는데 { $got }입니다
problem-clarity-not-positive = 0보다 커야 하는데(가치의 퍼짐에 곱해집니다) { $got }입니다
problem-negative = 0 이상이어야 하는데 { $got }입니다
problem-viewed-range = 0에서 { $max } 사이여야 하는데(평균 본 스크린샷 수) { $got }입니다
problem-no-positive-share = 적어도 한 세그먼트의 비중이 0보다 커야 합니다(비중은 합이 1이 되도록 정규화됩니다)
problem-periods-range = 1에서 { $max } 사이여야 하는데 { $got }입니다
problem-unknown-cost = 알 수 없는 비용 { $name }. { $costs } 중 하나여야 합니다
problem-listed-twice-quoted = { $name }이(가) 두 번 나옵니다
problem-listed-twice = { $name }이(가) 두 번 나옵니다
problem-cost-not-recurring = { $name }은(는) retention.recurring에 없어서 다시 지불되지 않습니다. 그곳에 추가하거나 이 비용을 지우세요
problem-cost-negative = 비용은 0 이상이어야 하는데 { $got }입니다
problem-cost-mean-negative = 비용의 평균은 0 이상이어야 하는데 { $got }입니다
problem-lognormal-negative = 로그정규분포는 음수가 되지 않습니다: 평균은 0 이상이어야 하는데 { $got }입니다
problem-lognormal-mean = sd > 0인 로그정규분포는 평균이 0보다 커야 하는데 { $got }입니다(고정된 양이면 sd 0을 쓰세요)
problem-lognormal-spread = 로그정규분포로는 평균에 비해 너무 큽니다(sd/mean은 1e150 미만이어야 합니다). sd { $sd }, 평균 { $mean }입니다
problem-below-min = 최솟값({ $min }) 이상이어야 하는데 { $got }입니다
problem-below-mode = 최빈값({ $mode }) 이상이어야 하는데 { $got }입니다
problem-cost-uniform-mean = 비용의 평균 (min + max) / 2는 0 이상이어야 하는데 { $got }입니다
problem-cost-triangular-mean = 비용의 평균 (min + mode + max) / 3은 0 이상이어야 하는데 { $got }입니다
problem-sd-negative = 0 이상이어야 하는데(표준편차) { $got }입니다
problem-unit-range = 0에서 1 사이여야 하는데 { $got }입니다
problem-not-finite = 유한한 수여야 하는데 { $got }입니다
problem-magnitude = -{ $max }에서 { $max } 사이여야 하는데 { $got }입니다
problem-currency = "USD"처럼 세 글자 ISO 4217 통화 코드여야 하는데 { $got }입니다
problem-not-positive-number = 양수여야 하는데 { $got }입니다
problem-not-non-zero = 0이 아닌 수여야 하는데 { $got }입니다
problem-rho-range = -1에서 1 사이여야 하는데 { $got }입니다
problem-self-correlation = 한 양을 자기 자신과 상관시킬 수 없습니다(양쪽 모두 { $quantity })
problem-quantity-missing = { $quantity }이(가) 시나리오에 없습니다. 먼저 분포를 주세요
problem-pair-twice = { $a } – { $b } 쌍은 이미 correlations[{ $first }]에 있습니다
problem-impossible-correlations = 이 상관관계들은 함께 성립할 수 없습니다(모두 갖는 모집단이 없고, 나열하지 않은 쌍은 0으로 칩니다. 행렬이 양의 준정부호가 아닙니다): { $pairs }. 하나를 약하게 하거나 빠진 쌍을 나열하세요
problem-correlation-pair = correlations[{ $index }]({ $a } – { $b }, rho { $rho })
problem-title-empty = 비어 있으면 안 됩니다(연습 문제의 제목입니다)
problem-too-many-characters = 최대 { $max }자인데 { $got }자입니다
problem-goal-target = 0에서 1 사이의 비율이어야 하는데(0.4는 40%) { $got }입니다
problem-goal-segment-unused = 지표 "segment_adoption"에서만 씁니다. 지우거나 지표를 바꾸세요
problem-goal-needs-retention = 지표 "retained_share"에는 시나리오의 "retention" 블록이 필요합니다
problem-goal-needs-segment = 지표 "segment_adoption"에는 세그먼트 이름이 필요합니다
problem-unknown-segment = { $name }(이)라는 세그먼트가 없습니다. { $names } 중 하나여야 합니다
problem-editable-empty = 학생이 바꿀 수 있는 입력을 적어도 하나 적으세요. 예: "product.costs"
problem-too-many-entries = 최대 { $max }개인데 { $got }개입니다
problem-unknown-preset = 이 ID를 가진 기본 제공 프리셋이 없습니다
problem-predict-winner-tolerance = "winner" 예측은 맞거나 틀릴 뿐입니다. 허용 오차를 지우세요
problem-predict-tolerance = 0보다 크고 1 이하인 비율이어야 하는데(0.2는 20포인트) { $got }입니다
problem-editable-exercise = 연습 문제 자체는 편집 가능하게 할 수 없습니다
problem-unknown-input = 알 수 없는 입력 { $path }. { $inputs } 중 하나여야 합니다
problem-fit-empty = 추정할 입력을 1~3개 적으세요. 예: ["product.value.mean"]
problem-too-many-inputs = 입력은 최대 { $max }개인데 { $got }개입니다
problem-cannot-fit = { $path }은(는) 추정할 수 없습니다: { $why }
problem-observed-empty = 관측을 적어도 하나 주세요: {"{"}"users": N, "adopters": K{"}"}
problem-too-many-observations = 관측은 최대 { $max }개인데 { $got }개입니다
problem-observed-no-users = 1 이상이어야 합니다(이 버전을 본 사람 수)
problem-adopters-over-users = users({ $users }) 이하여야 하는데 { $got }입니다
problem-retained-over-adopters = adopters({ $adopters }) 이하여야 하는데 { $got }입니다
problem-retained-needs-retention = 누가 남는지 예측하려면 retention 블록("retention": {"{"}"periods": 30, "notice": 0.5{"}"})이 필요합니다. docs/calibration.md를 보세요
problem-experience-pair = product.experience는 product.value와만 상관시킬 수 있는데 { $quantity }입니다(비용과의 상관은 가치를 따라갑니다)
problem-set-invalid = 시나리오를 잘못되게 만듭니다: { $problem }
problem-set-loses-fit = calibration.fit[{ $index }]에 숫자가 없게 됩니다: { $why }
problem-posterior-inputs = 추정한 입력을 순서대로 나열해야 합니다({ $inputs }). worthit calibrate를 다시 실행하세요
problem-posterior-draws = 표본이 1~{ $max }개 필요한데 { $got }개입니다
problem-draw-length = 입력마다 숫자 하나가 필요한데({ $inputs }개) { $got }개입니다
problem-draw-not-finite = 유한한 수여야 하는데 { $got }이(가) 있습니다
problem-calibration-missing = 없음: "fit"(추정할 입력)과 "observed"(users와 adopters)가 있는 calibration 블록을 추가하세요. docs/calibration.md를 보세요
problem-simulated-range = 시뮬레이션 인원은 1명에서 { $max }명 사이여야 하는데 { $got }명입니다
problem-not-a-path = 입력 경로가 아닙니다({ $why }). 예: product.value.mean 또는 segments[0].share
problem-path-no-name = 점 뒤에 이름이 없습니다
problem-path-unclosed-quote = 따옴표로 묶은 키가 닫히지 않았습니다
problem-path-quote-bracket = 따옴표로 묶은 키 뒤에는 ]가 와야 합니다
problem-path-unclosed-bracket = [가 닫히지 않았습니다
problem-path-index = 인덱스는 0 이상의 정수여야 합니다
problem-path-character = 예상치 못한 문자
problem-path-empty = 비어 있음
problem-not-a-number = 수가 아닙니다
problem-not-set = 설정되지 않아(null) 읽을 수가 없습니다
problem-is-not-number = { $found }이며 수가 아닙니다
problem-no-such-index = 없습니다: { $parent }에는 항목이 { $items }개 있고 0부터 셉니다
problem-no-such-step = 없습니다: { $parent }은(는) { $found }입니다
problem-no-such-key = 없습니다: { $parent }에 { $key }이(가) 없습니다(있는 것: { $has })
problem-expected-number-got = 수여야 하는데 { $found }입니다
problem-cannot-scale-sd = 설정할 수 없습니다: 이 분포의 sd가 { $sd }이어서 { $got }(으)로 늘리거나 줄일 수 없습니다(대신 min, mode, max를 설정하세요)
problem-target-share = 0에서 1 사이의 비율이어야 하는데 { $got }입니다
problem-not-an-input = 모델 입력이 아닙니다(사람들이 무엇을 느끼는지가 아니라 누구를 시뮬레이션하는지를 바꿉니다). 가치, 비용, 가중치 또는 효과를 구하세요
problem-solve-unfinished = 풀이가 끝까지 실행되지 않았습니다
problem-draw-count = 수가 { $got }개인데 입력은 { $inputs }개입니다
problem-no-draws = 실행할 표본이 없습니다
problem-type-null = null
problem-type-boolean = 불리언
problem-type-number = 수
problem-type-string = 문자열
problem-type-array = 배열
problem-type-list = 목록
problem-type-object = 객체
problem-format-scenario = 시나리오
problem-format-comparison = 비교
problem-here-scenario = 시나리오
problem-keys-nothing = 없음
problem-syntax-eof-list = 목록을 읽는 중에 끝났습니다
problem-syntax-eof-object = 객체를 읽는 중에 끝났습니다
problem-syntax-eof-string = 문자열을 읽는 중에 끝났습니다
problem-syntax-eof-value = 값을 읽는 중에 끝났습니다
problem-syntax-colon = `:`가 와야 합니다
problem-syntax-comma-bracket = `,` 또는 `]`가 와야 합니다
problem-syntax-comma-brace = `,` 또는 `{"}"}`가 와야 합니다
problem-syntax-ident = 식별자가 와야 합니다
problem-syntax-value = 값이 와야 합니다
problem-syntax-escape = 잘못된 이스케이프
problem-syntax-number = 잘못된 수
problem-syntax-range = 범위를 벗어난 수
problem-syntax-unicode = 잘못된 유니코드 코드 포인트
problem-syntax-control = 문자열 안에 제어 문자(\u0000-\u001F)가 있습니다
problem-syntax-key = 키는 문자열이어야 합니다
problem-syntax-trailing-comma = 끝에 쉼표가 남았습니다
problem-syntax-trailing = 끝에 문자가 남았습니다
problem-syntax-recursion = 중첩 한도를 넘었습니다
problem-found-string = 문자열 { $value }
problem-found-integer = 정수 { $value }
problem-found-float = 소수 { $value }
problem-found-boolean = 불리언 { $value }
problem-found-sequence = 배열{ $value }
problem-found-map = 객체{ $value }
problem-found-null = null{ $value }
problem-expected-number = 수
problem-expected-whole = 0 이상의 정수
problem-expected-string = 문자열
problem-expected-boolean = 불리언
problem-expected-sequence = 배열
problem-expected-map = 객체
problem-expected-object = 객체
problem-expected-dist = 분포(예: {"{"}"dist": "normal", "mean": 1.0, "sd": 0.5{"}"})
problem-expected-decision = 결정 규칙(예: {"{"}"rule": "beat_alternatives"{"}"})

panic-message = worthit 내부에서 문제가 생겨 페이지가 멈췄습니다. 페이지를 새로 고쳐 주세요. 다시 발생하면 다음 메시지를 알려 주세요: { $detail }
panic-in-worker = 시뮬레이션 워커에서: { $detail }

## time: 시간에 따른 채택. 편집기의 '시간' 섹션과 결과의 퍼널(전체 → 인지 → 채택).
## 용어: 외부 도달(p, 마케팅), 입소문(q), 전환(인지한 사람 중 채택한 비율).

editor-group-time = 시간
time-hint = 사람들은 마케팅과 이미 채택한 사람들을 통해 한 주 한 주 제품을 알게 되며, 처음 알게 되었을 때 한 번만 결정합니다.
time-on = 시간에 따른 채택 시뮬레이션
time-periods = 기간(주)
time-periods-hint = 시뮬레이션할 주 수, 1~520(10년).
time-p = 외부 도달(p)
time-p-hint = 마케팅: 매주, 아직 제품을 모르는 사람이 광고, 스토어, 언론을 통해 이 확률로 제품을 알게 됩니다.
time-q = 입소문(q)
time-q-hint = 매주, 아직 제품을 모르는 사람이 q × 지금까지의 채택 비율의 확률로 채택자에게서도 제품을 알게 됩니다.
time-social-proof = 사회적 증거
time-social-proof-hint = 다른 사람의 채택을 보면 의심이 줄어듭니다: 신뢰 비용이 이 비율 × 지금까지의 채택 비율만큼 줄어듭니다.
time-averages = 문헌 평균값 사용
time-averages-hint = p = 0.03, q = 0.38: 발표된 Bass 모형 적용 사례 213건의 평균입니다(Sultan, Farley & Lehmann 1990).

funnel-title = 도달과 전환
funnel-label = 전체 인원에서 제품을 알게 된 사람, 채택한 사람으로 이어지는 퍼널
funnel-people = 전체 인원
funnel-aware = 제품 인지
funnel-adopted = 채택
funnel-count-share = { $count } · { $share }
funnel-conversion = 인지한 사람 중 { $conversion }
funnel-verdict-reach = 병목은 도달(마케팅)입니다: { $period }번째 기간까지 제품을 알게 된 사람은 { $aware }뿐이지만 그중 { $conversion }가 채택합니다. 외부 도달(p)이나 입소문(q)을 늘리는 것이 가장 효과적입니다.
funnel-verdict-conversion = 병목은 전환(운영)입니다: { $aware }가 제품을 알게 되었지만 그중 { $conversion }만 채택합니다. 가치를 높이거나 비용을 줄이세요. 마케팅을 늘려도 효과가 적습니다.
funnel-verdict-both = 도달과 전환 모두 채택을 가로막습니다: { $period }번째 기간까지 제품을 알게 된 사람은 { $aware }뿐이고 그중 { $conversion }만 채택합니다.
funnel-verdict-neither = 도달도 전환도 병목이 아닙니다: { $aware }가 제품을 알게 되었고 그중 { $conversion }가 채택합니다.
funnel-verdict-no-reach = { $period }번째 기간까지 아무도 제품을 알게 되지 않았습니다: 병목은 전적으로 도달(마케팅)입니다. 외부 도달이 없으면(p = 0) 입소문은 시작될 수 없습니다.

## embed: the compact layout for iframes, the Embed dialog that writes
## the iframe snippet, and the notice about query parameters the page
## could not use. Parameter names (controls, lock, host) and origins such
## as https://lms.example.edu stay as they are.

embed-region = worthit 시뮬레이션
embed-open-full = 전체 worthit에서 열기
embed-open-full-hint = 이 시나리오를 모든 컨트롤이 있는 새 탭에서 엽니다.
embed-button = 임베드
embed-dialog = 이 시뮬레이션 임베드하기
embed-intro = 이 HTML을 강의 페이지나 LMS에 붙여 넣으세요. 아래 옵션대로 현재 시나리오를 보여 줍니다.
embed-intro-compare = 이 HTML을 강의 페이지나 LMS에 붙여 넣으세요. 아래 옵션대로 이 비교(A 대 B)를 보여 줍니다.
embed-controls = 사용할 수 있는 컨트롤
embed-controls-none = 없음: 결과만 표시
embed-lock-all = 모든 값 잠그기(볼 수는 있지만 바꿀 수는 없음)
embed-lang = 언어
embed-lang-visitor = 방문자의 브라우저 언어
embed-compare = 비교 모드(A 대 B)로 시작
embed-host = 호스트 페이지 출처(선택)
embed-host-hint = 이 출처만 worthit:load와 worthit:run 메시지를 보낼 수 있습니다. 예: https://lms.example.edu
embed-host-invalid = 출처가 아닙니다. 경로 없이 https://name.example 형식으로 쓰세요.
embed-fit = 내용에 맞게 프레임 높이 조절(짧은 스크립트 추가)
embed-code = 붙여 넣을 HTML
embed-copy = 복사
embed-copied = 복사했습니다.
embed-copy-manual = 브라우저가 복사를 허용하지 않았습니다. 텍스트를 선택하고 Ctrl+C 또는 ⌘C를 누르세요.
embed-preview = 미리 보기
embed-done = 완료
embed-predict = 결과를 보여 주기 전에 예측을 묻기
embed-lms = LMS용 다운로드
embed-lms-help = 이 시나리오의 SCORM 1.2 패키지로, Moodle, Canvas, Blackboard 등 학습 플랫폼에 올릴 수 있습니다. 완료 여부, 연습 목표에 따른 통과·실패, 예측 점수, 학습 시간을 보고합니다.
embed-lms-help-compare = 이 비교(A 대 B)의 SCORM 패키지로, Moodle, Canvas, Blackboard 등 학습 플랫폼에 올릴 수 있습니다. 비교 모드로 열리며 완료 여부, 예측 점수, 학습 시간을 보고합니다.
embed-lms-building = 패키지를 만드는 중…
embed-lms-done = 패키지를 다운로드했습니다.
# $reason: why, in English (a missing file of the page, for example).
embed-lms-failed = 패키지를 만들 수 없습니다: { $reason }
# The launch page of the LMS package (crates/lms): the frame's name and
# the notice when it is opened outside a learning platform.
lms-frame-title = worthit 시뮬레이션: { $title }
lms-no-lms = 학습 플랫폼을 찾지 못했습니다. 활동은 작동하지만 아무것도 기록되지 않습니다.
lms-comparison-title = { $a } 대 { $b }
# The iframe's accessible name in the host page; $title is the scenario's title.
embed-iframe-title = worthit 시뮬레이션: { $title }
embed-warning-title = 이 페이지 주소의 일부 설정을 무시했습니다.
# $name is embed or compare; $value is what the address says.
embed-warning-flag = “{ $name }={ $value }”은(는) 예/아니요 값이 아닙니다. 1 또는 0을 쓰세요.
embed-warning-control = “{ $name }”은(는) 컨트롤 그룹이 아닙니다.
embed-warning-lock = “{ $path }”은(는) product.costs.money 같은 시나리오 경로가 아닙니다.
embed-warning-preset = “{ $id }” 프리셋이 없습니다.
embed-warning-scenario-escape = 주소의 시나리오가 올바른 URI 인코딩이 아닙니다.
embed-warning-scenario = 주소의 시나리오가 올바르지 않습니다:
embed-warning-host = “{ $host }”은(는) https://lms.example.edu 같은 출처가 아니므로, worthit은 호스트 페이지에 메시지를 보내지 않고 받은 메시지도 따르지 않습니다.

## lab: the screenshot lab. A and B stay as they are.

compare-toggle = A/B 비교
compare-toggle-hint = 두 안을 나란히 편집하고, 같은 시뮬레이션 인원에서 어느 쪽이 이기는지 확인합니다.
compare-toggle-hint-kept = 두 안을 나란히 편집합니다. 이전에 만든 안 B가 그대로 보존되어 다시 나타납니다.
compare-title = A와 B 비교
compare-switch-label = 편집할 안
compare-edit-a = A 편집
compare-edit-b = B 편집
compare-variant-a = A: 기준안
compare-variant-b = B: 변형안
compare-b-people = B는 A와 같은 사람들과 같은 시드로 시뮬레이션되므로, 바꾼 부분만 차이를 만듭니다.
compare-diff-title = B에서 바뀐 점
compare-diff-count = B는 A와 { $count }곳이 다릅니다:
compare-diff-other = 기타
compare-same-yet = B는 아직 A의 복사본입니다. 비교하려면 B의 스크린샷, 주장 등을 바꿔 보세요.
compare-reset-b = A에서 B 다시 시작 (B의 변경 사항 삭제)

verdict-title = 결론: A 대 B
verdict-pill = B 대 A: { $points }%p · P(B가 더 나음) { $probability }
verdict-waiting = 같은 사람들로 A와 B를 시뮬레이션하는 중…
verdict-lift = B − A
verdict-points = { $points }%p
verdict-interval = 95% 구간 { $interval }%p
verdict-probability = P(B > A) { $probability }
verdict-barriers-title = 채택하지 않는 이유: A와 B
verdict-change = 변화(%p)
verdict-no-barriers = 두 안 모두 비용이 없습니다.
verdict-download-json = JSON 내려받기
verdict-download-csv = CSV 내려받기

strip-title = { $variant }의 스크린샷
strip-hint = 스토어에 보이는 순서대로. 카드를 끌거나, 카드를 선택한 뒤 방향 키를 눌러 옮기세요. 각 카드 아래: 그 장까지 보는 사람의 비율.
strip-empty = 스크린샷 없음: 가치는 설명 글에만 달려 있습니다.
strip-card-label = 스크린샷 { $position }/{ $count }: { $name }
strip-effect-value = 가치 { $value }
strip-effect-clarity = 명확성 { $change }%
strip-effect-trust = 신뢰 비용 { $value }
strip-repeat = 반복: { $weight }만 반영
strip-unknown-kind = 알 수 없는 종류: 효과가 없습니다.
strip-reach = { $share }가 여기까지 봄
strip-earlier = { $name }({ $position }번째) 앞으로 이동
strip-later = { $name }({ $position }번째) 뒤로 이동
strip-remove = { $name }({ $position }번째) 삭제
strip-moved = { $name }을(를) { $count }장 중 { $position }번째로 옮겼습니다.
strip-added = { $position }번째에 { $name }을(를) 추가했습니다.
strip-add-label = 추가할 스크린샷 종류
strip-add = 추가
strip-full = 스토어 페이지에는 스크린샷을 최대 10장까지 넣을 수 있습니다.

lab-single-label = 스크린샷 실험실
next-title = 다음 스크린샷은?
next-title-variant = { $variant }의 다음 스크린샷은?
next-intro = 현재 스크린샷 목록에서, 각 위치에 각 종류를 추가하면 채택률이 어떻게 바뀌는지 좋은 순서로 보여 줍니다.
next-note = 각 후보는 같은 { $users }명의 시뮬레이션 인원에서 현재 목록과 비교됩니다.
next-candidate = { $position }번째에 { $name }
next-lift = { $points }%p({ $interval }%p)
next-plausible = · 그럴듯한 효과 범위: { $interval }
next-robust = 최상위 후보는 그럴듯한 효과 크기의 { $share }에서 가장 좋습니다 (모든 기본 스크린샷 효과를 ±{ $spread } 변화, 시뮬레이션 인원 { $users }명으로 { $draws }회 추출). “그럴듯한 효과” 범위는 이 불확실성과 시뮬레이션 오차를 함께 담고, 그 앞의 구간은 시뮬레이션 오차만 담습니다.
next-robust-posterior = 최상위 후보는 적합한 입력값의 사후분포 표본 중 { $share }에서 가장 좋습니다 (시뮬레이션 인원 { $users }명으로 { $draws }회 추출). “그럴듯한 효과” 범위는 데이터가 남긴 불확실성과 시뮬레이션 오차를 함께 담고, 그 앞의 구간은 시뮬레이션 오차만 담습니다.
next-apply = 추가
next-apply-label = 추가: { $candidate }
next-show-all = { $count }개 모두 보기
next-show-fewer = 줄여 보기

claims-title = 주장 탐색기
claims-title-variant = { $variant }의 주장 탐색기
claims-intro = 가치 주장을 얼마나 크게 해야 할까요? 같은 시뮬레이션 인원에서 주장 강도별 채택률: 적당한 주장은 사람을 끌어들이고, 과장된 주장은 신뢰를 잃게 합니다.
claims-note = 각 점은 { $users }명을 시뮬레이션합니다.
claims-fewer-people = (곡선은 시나리오의 { $total }명 중 { $users }명을 시뮬레이션하므로 수치가 헤드라인과 조금 다를 수 있습니다.)
claims-current-headline = 현재 주장의 수치는 헤드라인의 수치입니다.
claims-use-best = 가장 좋은 주장 사용({ $claim })

lab-progress-label = 실험실 진행 상황
lab-progress-people = A와 B에서 { $total }명 중 { $done }명 시뮬레이션하는 중…
lab-progress-candidates = 스크린샷 후보 { $total }개 중 { $done }번째 시험 중…
lab-progress-claims = 주장 { $total }개 중 { $done }번째 시험 중…
lab-cancelled = 중지했습니다. 보이는 숫자는 이전 설정의 결과입니다.
lab-failed = 계산할 수 없습니다:

lab-link-damaged = 이 링크의 비교 데이터가 손상되었습니다. 링크가 잘리지 않았나요?
lab-link-bad-escape = 이 링크의 #comparison= 텍스트가 올바른 URI 인코딩이 아닙니다.
lab-link-invalid = 이 링크의 비교가 올바르지 않습니다.
lab-link-too-large = 이 링크의 비교가 너무 큽니다: 1 MiB를 넘습니다.

## exercise

exercise-label = 연습 문제
exercise-goal-adoption-at-least = 채택률을 { $target } 이상으로 높이세요
exercise-goal-adoption-at-most = 채택률을 { $target } 이하로 유지하세요
exercise-goal-segment-at-least = { $segment }의 채택률을 { $target } 이상으로 높이세요
exercise-goal-segment-at-most = { $segment }의 채택률을 { $target } 이하로 유지하세요
exercise-goal-retained-at-least = 유지 사용자를 { $target } 이상으로 늘리세요
exercise-goal-retained-at-most = 유지 사용자를 { $target } 이하로 유지하세요
exercise-goal-changing-only = { $controls }만 바꿔서 { $goal }.
exercise-list-and = { ", " }
exercise-status-waiting = 확인하는 중…
exercise-status-met = 목표 달성
exercise-status-not-met = 아직 달성하지 못함
exercise-status-predict-first = 먼저 예측을 입력하세요. 예측을 확정하면 결과가 나타납니다.
exercise-status-compare = 목표는 시나리오 하나에 대한 것이라 비교 모드에서는 확인하지 않습니다. 판정에 나온 A와 B의 채택률을 목표와 비교하거나, 비교 모드를 끄고 확인하세요.

## predict
# Predict, then reveal, then score (src/exercise/predict.rs). The
# prediction is a share of the people, typed as a percentage.
predict-title = 나의 예측
predict-question = 결과를 보기 전에: 사람들 중 몇 퍼센트가 이 제품을 채택할 것이라고 생각하나요?
predict-label = 채택률에 대한 나의 예측
# Shown after the input box, and read with it.
predict-unit = % (전체 사람 중)
predict-lock = 예측 확정
predict-help = 0에서 100 사이의 숫자를 입력하세요. 확정하면 바꿀 수 없으며, 이어서 결과가 나타나고 점수가 매겨집니다.
predict-invalid = 0에서 100 사이의 숫자를 입력하세요(예: 45 또는 45.5).
predict-waiting = 예측을 확정했습니다. 시뮬레이션 중…
predict-result-title = 나의 예측 점수
predict-yours = 나의 예측
predict-actual = 시뮬레이션 결과(95% 구간)
predict-error-points = 오차(퍼센트포인트)
predict-inside = 95% 구간 안에 있음
predict-inside-yes = 예
predict-inside-no = 아니요
predict-score = 점수
# $score: a number from 0 to 1, such as 0.75.
predict-score-value = { $score }점(만점 1점)
predict-rule = 시뮬레이션의 95% 구간 안이면 1점이고, 구간에서 멀어질수록 낮아져 { $tolerance }포인트 벗어나면 0점입니다.
# The live region's text after the reveal. $actual, $predicted: percentages;
# $interval: a range such as 42.8–43.4%; $error: signed points such as +6.9;
# $inside: "yes" or "no" (a selector); $score: 0 to 1.
predict-revealed = 채택률은 { $actual }입니다(95% 구간 { $interval }). 나의 예측은 { $predicted }로, 오차는 { $error }포인트이며 구간 { $inside ->
        [yes] 안에
       *[no] 밖에
    } 있습니다. 점수: { $score }점(만점 1점).
exercise-status-detail = 현재 { $current }, 목표 { $target }.
exercise-locked-note = 목표에 없는 컨트롤은 잠겨 있습니다.
exercise-same-numbers = 이 페이지의 공유 링크를 여는 모든 사람은 같은 { $users }명(시드 { $seed })을 시뮬레이션하여 같은 숫자를 얻습니다.
exercise-show-hint = 힌트 보기
exercise-hide-hint = 힌트 숨기기
exercise-reset = 연습 문제 초기화
exercise-leave = 연습 문제 나가기
exercise-start = 연습 문제 시작
exercise-offer = 이 프리셋에는 수업용 연습 문제가 있습니다: “{ $title }”.

exercise-control-title = 제목
exercise-control-seed = 시드
exercise-control-users = 인원
exercise-control-product = 제품
exercise-control-product-name = 제품 이름
exercise-control-product-value = 지각된 가치
exercise-control-product-claim = 주장하는 가치
exercise-control-product-credibility = 신뢰도
exercise-control-product-costs = 비용
exercise-control-cost-money = 금전 비용
exercise-control-cost-time = 시간 비용
exercise-control-cost-learning = 학습 비용
exercise-control-cost-trust = 신뢰 비용
exercise-control-cost-emotional = 감정 비용
exercise-control-cost-safety = 안전 비용
exercise-control-product-screenshots = 스크린샷
exercise-control-product-screenshot-effects = 스크린샷 효과
exercise-control-alternatives = 대안
exercise-control-segments = 대상 세그먼트
exercise-control-decision = 결정 규칙
exercise-control-diffusion = 시간 설정(도달과 입소문)
exercise-control-diffusion-periods = 기간 수
exercise-control-diffusion-p = 외부 도달(p)
exercise-control-diffusion-q = 입소문(q)
exercise-control-diffusion-social-proof = 사회적 증거
exercise-control-exercise = 연습 문제

## data: 관측된 수치로 시나리오 보정. 경로(product.value.mean,
## calibration.observed[0].adopters 등)는 그대로 둡니다. A와 B는 변형 이름입니다.
data-title = 내 데이터
data-lede = 실제 사람들의 행동에서 시작하세요. 이 제품을 본 사람과 채택한 사람이 몇 명인지 입력하면, worthit이 선택한 입력값을 그 수치에 맞추고 얼마나 확신할 수 있는지 알려 줍니다.
data-lede-variants = 실제 스토어 등록정보 실험에서 각 변형이 얻은 결과를 입력하세요. worthit이 두 수치에 맞춰 가치와 A와 B의 차이가 만드는 효과를 추정합니다.
data-mode-label = 수치의 출처
data-mode-one = 수치 하나
data-mode-arms = 지난 실험의 두 그룹
data-row-one = 관측값
data-row-arm = 그룹 { $arm }
data-row-variant = 변형 { $variant }
data-users = 본 사람 수
data-adopters = 채택한 사람 수
data-users-arm = 그룹 { $arm }: 본 사람 수
data-adopters-arm = 그룹 { $arm }: 채택한 사람 수
data-users-variant = { $variant }: 본 사람 수
data-adopters-variant = { $variant }: 채택한 사람 수
data-retained = 유지된 채택자 수 (선택)
data-retained-arm = 그룹 { $arm }: 유지된 채택자 수 (선택)
data-retained-variant = { $variant }: 유지된 채택자 수 (선택)
data-set-arm = 그룹 { $arm }: 달랐던 점(JSON, 경로 → 값; 없으면 비워 두기)
data-fit-legend = 추정할 입력값(최대 { $max }개)
data-fit-other = 다른 입력값(경로로 지정)
data-fit-add = 추가
data-field-mean = 평균
data-field-sd = 퍼짐(표준편차)
data-field-value = 값
data-input-value = 인지 가치, { $field }
data-input-claim = 가치 주장
data-input-experience = 경험한 가치, { $field }
data-input-use-cost = 사용 기간당 { $cost } 비용, { $field }
data-input-cost = { $cost } 비용, { $field }
data-input-effect-value = { $name } 스크린샷: 가치 효과
data-input-effect-trust = { $name } 스크린샷: 신뢰 효과
data-input-effect-clarity = { $name } 스크린샷: 명확성
data-run = 내 데이터에 맞추기
data-problems = 추정하지 않았으며 시나리오는 그대로입니다. 다음을 고쳐 주세요.
data-problem-required = { $field }: 숫자를 입력하세요.
data-problem-whole = { $field }: 사람 수는 정수로 입력하세요.
data-problem-negative = { $field }: 사람 수는 음수일 수 없습니다.
data-problem-no-users = { $field }: 적어도 한 명은 보았어야 합니다.
data-problem-over = { $field }: 채택한 사람이 본 사람보다 많을 수 없습니다.
data-problem-retained-over = { $field }: 유지된 채택자가 채택한 사람보다 많을 수 없습니다.
data-problem-set = { $field }: 경로 → 값 형태의 JSON 객체여야 합니다({ $reason }).
data-problem-unknown = { $field }: 시나리오에 이 경로의 입력값이 없습니다.
data-problem-not-numeric = { $field }: 이 입력값은 숫자가 아니어서 추정할 수 없습니다.
data-problem-no-fit = { $field }: 추정할 입력값을 하나 이상 고르세요.
data-problem-too-many = { $field }: 입력값은 최대 { $max }개까지 고를 수 있습니다.
data-problem-repeated = { $field }: 이 입력값을 두 번 골랐습니다.
data-problem-no-observation = { $field }: 관측 수치를 하나 이상 입력하세요.
data-fit-title = 추정한 입력값(중앙값과 95% 신용구간)
data-estimate = { $estimate } (95%: { $lo }~{ $hi })
data-posterior-title = 데이터가 각 입력값에 대해 말하는 것
data-legend-estimate = 중앙값과 95% 신용구간
data-legend-predicted = 예측 비율과 95% 구간
data-legend-observed = 관측 비율
data-check-title = 추정한 모델이 내 데이터를 재현할 수 있나요?
data-check-chart-title = 관측 비율과 예측 비율
data-check-row = 관측 { $n } (관측값 { $observed })
data-check-line = 관측 { $n }: { $users }명 중 { $adopters }명, { $observed } 관측; 추정한 모델의 예측은 { $predicted }({ $interval })입니다.
data-check-retained-row = 관측 { $n }, 계속 사용 (관측값 { $observed })
data-check-retained-line = 관측 { $n }의 유지: { $users }명 중 { $retained }명, { $observed }가 계속 사용; 추정한 모델의 예측은 { $predicted }({ $interval })입니다.
data-check-retained-predicted = 관측 { $n }의 유지: 추정한 모델은 이 사람들 중 { $predicted }가 채택하고 기간 끝까지 계속 사용한다고 예측합니다({ $interval }).
data-check-ok = 모든 관측 비율이 모델의 95% 예측구간 안에 있습니다.
data-check-misfit = 모델이 관측 { $list }을(를) 재현하지 못합니다. 가장 잘 맞춘 경우에도 관측 비율이 예측 범위를 벗어납니다. 시나리오에 빠진 중요한 요인이 있으니 결과를 신중히 보세요.
data-warning-cannot-reproduce = 모델이 관측 { $n }을(를) 재현하지 못합니다. 실제 채택률은 { $observed }인데 추정한 입력값으로는 { $interval }로 예측합니다. 추정에서 고정한 무언가가 현실과 다릅니다. 다른 입력값을 추정하거나 수치를 확인하세요.
data-warning-cannot-reproduce-retained = 모델이 관측 { $n }의 유지를 재현하지 못합니다. 실제로는 { $observed }가 채택하고 계속 사용하는데 추정한 입력값으로는 { $interval }로 예측합니다. 어떤 비용이 다시 드는지, 사용이 실제로 주는 가치를 확인하거나 그중 하나를 추정하세요.
data-warning-underdetermined = 입력값 { $inputs }개에 관측이 { $observations }개뿐입니다. 데이터로 모든 입력값을 정할 수 없어 일부 구간은 주로 정해지지 않은 범위를 보여 줍니다.
data-warning-confounded = 데이터로는 { $a }와(과) { $b }을(를) 구별할 수 없습니다(상관계수 { $correlation }). 둘의 조합만 정해집니다.
data-warning-flat = 데이터가 { $input }에 대해 알려 주는 것이 적습니다. 구간이 탐색 범위의 절반 이상을 덮습니다.
data-warning-edge = { $input }이(가) 허용 범위의 끝({ $bound })에 붙어 있습니다. 데이터는 범위를 넘는 값을 원할 수 있습니다.
data-warning-no-fit = 허용 범위 안의 어떤 값도 이 수치를 만들 수 없어 추정하지 않았습니다.
data-warning-monte-carlo = { $input }의 구간에 비해 시뮬레이션 자체의 잡음이 작지 않습니다. 더 많은 사람을 시뮬레이션하세요.
data-progress = 추정 중: 시뮬레이션한 사람 { $total }명 중 { $done }명…
data-interval-note = 여기의 구간은 매개변수 불확실성, 즉 데이터가 각 입력값에 대해 아직 열어 둔 범위입니다. 시뮬레이션 잡음은 이보다 훨씬 작습니다.
data-apply = 새 기준으로 사용
data-undo = 되돌리기
data-applied = 보정한 시나리오가 이제 기준입니다. 결과에 매개변수 불확실성이 포함됩니다.
lab-progress-evaluations = { $total }회 중 { $done }번째 계산 중…

effects-edit = 이 스크린샷 종류의 효과 편집
effects-label = { $name } 스크린샷의 효과
effects-value = 가치(점)
effects-clarity = 명확성 변화(%)
effects-trust = 신뢰 비용(점)
effects-default = 예시용 기본 효과입니다. 바꾸면 직접 입력한 값을 씁니다.
effects-own = 이 종류의 모든 스크린샷에 직접 입력한 효과를 씁니다.
effects-reset = 기본 효과로 되돌리기
effects-error = { $field }: 숫자를 입력하세요(명확성 변화는 100% 미만).

verdict-caveat = { $kinds }의 효과는 측정값이 아닌 예시용 기본값이므로, 판정은 이 값만큼만 믿을 수 있습니다. 스크린샷 카드에서 편집하거나 “내 데이터”에서 수치에 맞추세요.

solve-summary = 목표에 도달하려면 무엇이 필요할까요?
solve-input = 바꿀 입력값
solve-target = 목표 채택률(%)
solve-run = 값 찾기
solve-answer = { $input }이(가) { $value }이면 채택률이 { $share }에 이릅니다.
solve-not-monotone = 이 입력값에 따라 채택률이 한 방향으로만 움직이지 않습니다. 다른 값도 목표에 이를 수 있으며, 이 값은 현재 값에 가장 가까운 것입니다.
solve-unreachable = { $input }을(를) { $lo }에서 { $hi } 사이의 어떤 값으로 바꿔도 채택률이 { $target }에 이르지 않습니다. 이 범위에서 채택률은 { $reachable }입니다.
solve-apply = 이 값 적용
solve-problem-target = { $field }: 0에서 100% 사이의 비율을 입력하세요.

uncertainty-line = 매개변수 불확실성 포함: { $interval } (95%; 추정한 입력값만으로는 { $parameters }, 사후분포 표본 { $draws }개 기준). 위의 구간은 시뮬레이션 잡음만 반영합니다.
uncertainty-title = 시뮬레이션 잡음뿐 아니라 데이터가 추정한 입력값에 대해 열어 둔 범위까지 포함합니다
uncertainty-waiting = 매개변수 불확실성을 포함한 구간을 계산하는 중…
uncertainty-failed = 매개변수 불확실성을 포함한 구간을 계산할 수 없습니다:
what-if-extra-interval = 이번 실행에서 채택률 { $change }, 적합한 입력값의 불확실성을 포함하면 { $interval }
what-if-extra-retained = 유지된 채택자 { $change }
what-if-extra-summary-retained = 가정별 유지된 채택자 변화
what-if-extra-summary-interval = 적합된 입력의 불확실성을 반영한 가정별 변화
what-if-extra-summary-both = 적합된 입력의 불확실성을 반영한 가정별 변화와 유지된 채택자 변화
what-if-extra-note = “적합한 입력값의 불확실성을 포함하면”은 사후 표본 { $draws }개(각각 시뮬레이션 인원 { $people }명)에 걸친 가정 효과의 95% 구간입니다: 데이터가 적합한 입력값에 대해 남긴 불확실성과 시뮬레이션 오차를 함께 담습니다. 막대는 이번 실행의 효과이며, 그 오차는 시뮬레이션 오차뿐입니다.

plan-title = 테스트 계획
plan-intro = A({ $a })와 B({ $b })를 비교하는 스토어 등록정보 실험: 둘을 구별하려면 방문자가 몇 명 필요할까요?
plan-visitors = 변형당 방문자 수
plan-confidence = 신뢰수준
plan-power-target = 원하는 검정력
plan-power = 변형당 방문자 { $visitors }명일 때 테스트가 더 나은 변형을 승자로 판정할 확률
plan-needed = 검정력 { $power }에 필요한 변형당 방문자 수
plan-mde = 검정력 { $power }로 감지할 수 있는 최소 향상폭
plan-no-difference = 여기서는 A와 B의 채택률이 같아 방문자가 아무리 많아도 구별할 수 없습니다.
plan-assurance = 보증 확률: 변형당 방문자 { $visitors }명일 때 테스트가 { $winner }를 승자로 판정할 확률을, 적합한 입력값의 사후 표본 { $draws }개에 대해 평균한 값 (시뮬레이션 오차뿐 아니라 입력값의 불확실성까지 포함).
plan-assurance-with-prior = 보증 확률: 변형당 방문자 { $visitors }명일 때 테스트가 { $winner }를 승자로 판정할 확률을, 적합한 입력값과 예시용 스크린샷 효과의 표본 { $draws }개에 대해 평균한 값 (입력값의 불확실성과 시뮬레이션 오차 포함).
plan-assurance-needed = 변형당 방문자 { $visitors }명이면 보증 확률 { $power }에 도달합니다.
plan-assurance-unreachable = 방문자가 아무리 많아도 보증 확률 { $power }에 도달할 수 없습니다: 일부 표본에서는 다른 변형이 더 낫기 때문에 최대 { $max }까지만 가능합니다.
plan-assurance-too-many = 보증 확률 { $power }에는 변형당 방문자가 { $max }명보다 많이 필요합니다.
plan-problem-visitors = { $field }: 방문자 수를 1에서 { $max } 사이의 정수로 입력하세요.
plan-note = 스토어 등록정보 실험과 같은 양측 두 비율 검정입니다. 비율은 모델의 값이므로 계획은 입력값만큼만 믿을 수 있습니다. 먼저 “내 데이터”에서 수치에 맞추세요.
verdict-robust = 기본 효과를 각각 ±{ $spread } 범위에서 바꿔 보면 그럴듯한 효과 크기의 { $share }에서 B가 이깁니다(표본 { $draws }개에서 향상폭 { $interval }; 이 범위는 효과의 불확실성과 시뮬레이션 잡음을 함께 반영합니다).

exercise-solve-hint = 계산된 힌트: { $input }을(를) 약 { $value }(으)로 하면 { $target }에 이릅니다.
exercise-solve-hint-none = 계산된 힌트: { $input }만 바꿔서는 목표에 이를 수 없습니다. 다른 것도 바꿔 보세요.
boot-load-failed-embedded = worthit이 파일을 불러오지 못했습니다. worthit을 호스팅하는 서버는 .js, .wasm, .css, .ftl 파일에 Access-Control-Allow-Origin: * 헤더를 보내야 합니다. 이 프레임은 불투명한 출처에서 파일을 불러오기 때문입니다(docs/embedding.md의 Headers 참고).
boot-load-failed-page = worthit이 파일을 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요.
## 유지

label-title-retention = 채택 후 누가 남는가
label-axis-periods-since-adoption = 채택 후 기간
label-legend-still-using = 계속 사용 중
label-legend-adopted = 채택
label-legend-retained = 유지된 채택자
label-legend-best-retained-claim = 유지 최대 주장 { $claim }
retention-headline = { $periods }개 기간 후 전체 사람 중 { $share }가 채택하고 계속 사용합니다(95% 구간 { $interval }).
retention-loss =
    { $larger ->
        [expectation] 이탈의 대부분은 기대 때문입니다: { $expectation }는 주장과 스크린샷을 보고 채택했지만 사용해 보니 기대에 못 미쳐 떠났고, 반복 비용 때문에 떠난 사람은 { $recurring }입니다.
       *[recurring] 이탈의 대부분은 반복 비용 때문입니다: { $recurring }는 사용하면서 계속 드는 비용 때문에 떠났고, 사용이 주장과 스크린샷에 못 미쳐 떠난 사람은 { $expectation }입니다.
    }
retention-no-loss = 채택한 사람 모두가 { $periods }개 기간 후에도 계속 사용합니다.
chart-retention = 전체 사람 중 채택하고 계속 사용하는 비율을 채택 후 기간별로 보여 줍니다(실선). 채택 비율 { $adopted }(점선)와 비교하면 { $periods }개 기간 후 { $retained }가 계속 사용합니다.
lab-claim-best-retained =
    { $position ->
        [smaller] 유지된 채택자는 더 작은 주장 { $claim }에서 가장 많습니다: { $share }가 계속 사용하며, 채택은 { $adoption_claim }에서 가장 많습니다.
       *[same] 유지된 채택자는 주장 { $claim }에서 가장 많습니다: { $share }가 계속 사용하며, 채택은 { $adoption_claim }에서 가장 많습니다.
    }
headline-retained-verb = 계속 사용
headline-retained-label = 유지된 채택자: 전체 사람 중 채택하고 { $periods }개 기간 후에도 계속 사용하는 비율
headline-retained-ci-title = 95% 구간(Wilson, 몬테카를로 오차만 포함)
dropoff-title = 누가 남는가
dropoff-label = 전체 채택자에서 계속 사용하는 사람까지, 그리고 나머지가 떠난 이유
dropoff-adopted = 채택
dropoff-retained = { $periods }개 기간 후에도 계속 사용
dropoff-expectation = 떠남: 사용이 주장과 스크린샷에 못 미침
dropoff-recurring = 떠남: 계속 드는 비용이 가치보다 큼
funnel-still-using = 계속 사용 중
verdict-retained-title = 유지된 채택자(스토어 등록정보 실험의 두 번째 지표)
verdict-retained-share = 유지
verdict-installs-lift = 채택자(설치): B − A
verdict-retained-lift = 유지된 채택자: B − A
editor-group-retention = 누가 남는가
retention-hint = 채택한 뒤 사람들은 제품을 사용하며 실제 가치를 확인합니다. 매 기간 경험한 가치와 반복되는 비용을 비교해 다시 결정하고, 실망한 사용자는 떠납니다.
retention-on = 채택 후 누가 남는지 시뮬레이션
retention-periods = 사용 기간 수
retention-periods-hint = 채택 후 각 사용자를 따라갈 기간 수, 1~520. 유지된 채택자는 마지막 기간 후에도 계속 사용하는 사람입니다.
retention-notice = 기간별 인지 확률
retention-notice-hint = 실망한 사용자가 매 기간 이를 알아채고 떠날 확률: 1이면 바로 떠나고, 낮을수록 습관 때문에 더 오래 머뭅니다.
retention-recurring = 사용 중 다시 드는 비용
retention-recurring-hint = 체크한 비용은 사용 기간마다 다시 들고, 나머지(기본은 학습 비용)는 채택 전에 한 번만 듭니다.
retention-use-costs = 사용 기간당 비용
retention-use-costs-hint = 다시 드는 비용 중, 사용 기간마다 실제로 드는 비용이 채택 전에 인지한 것과 다를 때 설정합니다(무료 체험 뒤의 구독료, 게임을 실제로 하는 데 드는 시간).
retention-use-cost-hint = 사용 기간당 비용으로, 같은 사람이 인지한 비용에서 추출합니다. 더 많이 예상한 사람이 더 많이 냅니다.
retention-use-cost-as-perceived = 인지한 대로
retention-experience-on = 실제 경험이 첫인상과 다름
retention-experience-title = 경험한 가치
retention-experience-hint = 제품을 사용할 때 실제로 얻는 가치. 설정하지 않으면 주장과 스크린샷의 효과를 뺀 인지 가치(같은 사람의 추출값)가 됩니다.
retention-experience-rho = 경험이 첫인상을 따르는 정도 (rho)
retention-experience-rho-hint = 1: 더 많이 기대한 사람이 더 많이 얻습니다(같은 추출값). 낮을수록 사용에서 얻는 놀라움이 기대와 무관해집니다. 0: 둘은 서로 관계가 없습니다.
exercise-control-retention = 유지 설정
exercise-control-retention-periods = 사용 기간 수
exercise-control-retention-notice = 기간별 인지 확률
exercise-control-retention-recurring = 다시 드는 비용
exercise-control-retention-costs = 사용 기간마다 드는 비용
exercise-control-product-experience = 경험한 가치
table-still-using = 계속 사용 중
## Correlated perceptions and survey import

input-correlation = { $a } ↔ { $b } 상관
editor-group-correlations = 인식은 어떻게 함께 움직이나
editor-correlations-hint = 한 가지 비용을 크게 느끼는 사람은 다른 비용도 크게 느끼는 경우가 많습니다. 각 단어는 상관계수를 뜻합니다: 강하게 0.6, 조금 0.3, 전혀 0, 반대로 −0.3. 옆의 숫자가 정확한 값입니다(−1에서 1).
editor-correlations-empty = 아직 짝이 없습니다: 각 인식은 따로 뽑힙니다.
editor-corr-sentence = { $who } 사람은 또한 { $also }:
editor-corr-who-value = 가치를 높게 보는
editor-corr-who-money = 비싸다고 느끼는
editor-corr-who-time = 시간이 너무 든다고 느끼는
editor-corr-who-learning = 배우기 어렵다고 느끼는
editor-corr-who-trust = 믿지 않는
editor-corr-who-emotional = 마음이 힘들다고 느끼는
editor-corr-who-safety = 안전을 걱정하는
editor-corr-who-experience = 써 보니 좋다고 느끼는
editor-corr-also-value = 가치를 높게 본다
editor-corr-also-money = 비싸다고 느낀다
editor-corr-also-time = 시간이 너무 든다고 느낀다
editor-corr-also-learning = 배우기 어렵다고 느낀다
editor-corr-also-trust = 믿지 않는다
editor-corr-also-emotional = 마음이 힘들다고 느낀다
editor-corr-also-safety = 안전을 걱정한다
editor-corr-also-experience = 써 보니 좋다고 느낀다
editor-corr-strongly = 강하게
editor-corr-a-little = 조금
editor-corr-not-at-all = 전혀 아니다
editor-corr-opposite = 반대로
editor-corr-about = 약 “{ $word }”
editor-corr-rho = 정확한 상관계수
editor-corr-remove = { $pair } 짝 삭제
editor-corr-add-label = 짝 추가
editor-corr-add = 추가
editor-corr-none-left = 가치와 있는 비용의 모든 짝이 이미 있습니다.
editor-corr-pair = { $a } ↔ { $b }
editor-corr-refused = 적용하지 않았습니다. 시나리오는 그대로입니다: { $message }
survey-title = 설문 가져오기
survey-intro = 응답자의 0–10점 평가로 사용자 집단을 맞춥니다: value 열과 money, time, learning, trust, emotional, safety 중 원하는 열이 있는 CSV(segment와 adopted 열은 선택). docs/survey.md에 바로 쓸 수 있는 설문지가 있습니다.
survey-privacy = 파일은 브라우저 안에서만 읽히고 어디로도 보내지지 않습니다. 맞춘 시나리오에는 응답자의 행이 하나도 없고 평균, 퍼짐, 비율, 상관계수만 있습니다.
survey-choose = CSV 파일 선택
survey-drop = 또는 여기에 끌어다 놓기(페이지 어디에 놓아도 됩니다)
survey-reading = { $name } 맞추는 중…
survey-applied = 맞춘 시나리오가 편집기에 들어갔습니다.
survey-undo = 가져오기 취소
survey-undone = 가져오기를 취소했습니다: 이전 시나리오로 돌아왔습니다.
survey-refused = { $name }을(를) 가져오지 않았습니다. 열린 시나리오는 그대로입니다:
survey-unreadable = 가져오기 결과를 읽을 수 없습니다.
survey-fitted = { $name }에서 맞춤: 응답자 { $rows }명 중 { $used }명 사용({ $ms }ms, 이 브라우저에서).
survey-adoption-respondents = 응답자 자신의 채택률: { $share }(95% 구간 { $interval }, 응답자 { $count }명).
survey-adoption-simulated = 맞춘 시나리오로 시뮬레이션한 채택률: { $share }(95% 구간 { $interval }, 몬테카를로 오차만).
survey-adoption-no-column = 파일에 adopted 열이 없어 시뮬레이션 결과와 비교할 응답자 비율이 없습니다.
survey-columns-caption = 맞춘 분포(AIC가 더 낮은 모양)
survey-col-column = 평가
survey-col-shape = 모양
survey-col-mean = 평균
survey-col-sd = 퍼짐
survey-segments = 세그먼트 질문의 답마다 세그먼트 하나:
survey-segment-item = { $name }: 응답자 { $count }명({ $share })
survey-correlations = 시나리오에 남긴 상관:
survey-correlations-none = 남길 만큼 강한 상관이 없습니다.
survey-ignored = 무시한 열: { $columns }
survey-skipped = 잘못된 칸 때문에 { $skipped }개 행을 건너뛰었습니다:
survey-more-cells = … 외 { $count }개

## 번들 프리셋의 텍스트: 이름과 연습 문제 (issue 16)


preset-content-account-product = 우리 계정
preset-content-account-alternative-0 = 이미 팔로우하는 계정
preset-content-account-segment-0 = 바쁜 직장인
preset-content-account-segment-1 = 학생
preset-content-account-segment-2 = 업계 관계자
preset-content-account-exercise-title = 시간을 들일 가치
preset-content-account-exercise-instructions = 이 계정은 무료지만, 사람들이 이미 팔로우하는 피드와 시간·관심을 두고 경쟁하고, 바쁜 직장인은 시간을 1.6배로 무겁게 여깁니다. 시간 비용과 감정 비용만 바꿔서(더 짧은 게시물, 차분한 어조, 분명한 게시 일정) 채택률 45%에 도달하세요.
preset-content-account-exercise-hint = 장벽 차트에서 시간이 가장 큰 장벽으로 나옵니다. 시간 비용(1.5 → 0.8)과 감정 비용(0.8 → 0.4)을 함께 대략 절반으로 줄이면 도달합니다.

preset-finance-extreme-claim-product = 우리 저축 앱
preset-finance-extreme-claim-alternative-0 = 은행 예금 계좌
preset-finance-extreme-claim-segment-0 = 신중한 저축자
preset-finance-extreme-claim-segment-1 = 수익 추구자
preset-finance-extreme-claim-exercise-title = 주장을 누그러뜨리기
preset-finance-extreme-claim-exercise-instructions = 이 앱은 연 20% 수익률을 약속하는데, 사람들이 믿는 수준을 훨씬 넘습니다(기대 가치 4에 대해 주장 9점). 과장된 주장은 역효과를 냅니다. 신뢰 비용이 초과분의 제곱으로 커져서 신중한 저축자는 거의 채택하지 않습니다. 주장만 바꿔서 채택률을 다시 32% 이상으로 올리세요.
preset-finance-extreme-claim-exercise-hint = 주장을 4점에서 9점 사이(연 0%~20%)로 바꿔 보며 채택률을 지켜보세요. 올라갔다가 내려가는 뒤집힌 U자입니다. 사람들이 이미 기대하는 것보다 조금 높은 주장(약 5점, 연 4% 수익률)이 가장 잘 통합니다.

preset-finance-modest-claim-product = 우리 저축 앱
preset-finance-modest-claim-alternative-0 = 은행 예금 계좌
preset-finance-modest-claim-segment-0 = 신중한 저축자
preset-finance-modest-claim-segment-1 = 수익 추구자
preset-finance-modest-claim-exercise-title = 신중한 저축자의 마음 얻기
preset-finance-modest-claim-exercise-instructions = 적당한 수익률 주장은 수익 추구자에게는 통하지만, 신중한 저축자는 다섯 명 중 한 명 정도만 채택합니다. 신중한 저축자는 신뢰를 1.4배, 안전을 1.5배로 무겁게 여깁니다. 신뢰 비용과 안전 비용만 바꿔서(인가 배지, 예금자 보호, 후기를 떠올려 보세요) 신중한 저축자의 40% 이상을 얻으세요.
preset-finance-modest-claim-exercise-hint = 이 세그먼트에는 두 비용이 모두 중요합니다. 각각 절반으로 줄여 보세요: 신뢰 1.2 → 0.6, 안전 1.0 → 0.5.

preset-game-character-art-product = 우리 게임
preset-game-character-art-alternative-0 = 이미 설치한 게임
preset-game-character-art-segment-0 = 캐주얼 플레이어
preset-game-character-art-segment-1 = 코어 게이머
preset-game-character-art-exercise-title = 아트만 말고 게임을 보여 주세요
preset-game-character-art-exercise-instructions = 스토어 페이지를 본 사람 10명 중 약 3명만 이 무료 게임을 설치합니다. 대부분은 처음 두세 장의 스크린샷만 보고, 캐릭터 아트만으로는 가치가 모호합니다. 스크린샷만 바꿔서(어떤 종류를 어떤 순서로) 채택률 45%에 도달하세요.
preset-game-character-art-exercise-hint = 실제 플레이 스크린샷과 성장 시스템 스크린샷을 맨 앞에 두세요. 두 장만 보고 멈추는 사람도 게임에서 무엇을 하게 될지 바로 알 수 있어야 합니다.

preset-game-gameplay-product = 우리 게임
preset-game-gameplay-alternative-0 = 이미 설치한 게임
preset-game-gameplay-segment-0 = 캐주얼 플레이어
preset-game-gameplay-segment-1 = 코어 게이머
preset-game-gameplay-exercise-title = 무료라고 비용이 0은 아닙니다
preset-game-gameplay-exercise-instructions = 이 게임은 무료이고 스크린샷도 실제 플레이를 보여 주지만, 여전히 10명 중 4명은 그냥 지나갑니다. 금전 비용은 0이지만 다운로드 시간, 학습, 신뢰는 0이 아닙니다. 비용만 바꿔서 채택률 75%에 도달하세요.
preset-game-gameplay-exercise-hint = 캐주얼 플레이어는 시간을 1.3배, 학습을 1.5배로 무겁게 여깁니다. 다운로드 용량을 줄이면 시간 비용을 절반으로(1.2 → 0.6), 좋은 튜토리얼은 학습 비용을 절반으로(0.8 → 0.4) 줄일 수 있습니다.

preset-game-installs-vs-users-art-product = 우리 게임
preset-game-installs-vs-users-art-alternative-0 = 이미 설치한 게임
preset-game-installs-vs-users-art-segment-0 = 캐주얼 플레이어
preset-game-installs-vs-users-art-segment-1 = 코어 게이머
preset-game-installs-vs-users-art-exercise-title = 설치가 곧 사용자는 아닙니다
preset-game-installs-vs-users-art-exercise-instructions = 이 스토어 페이지는 실제 게임보다 더 좋아 보이는 화려한 캐릭터 아트를 앞세웁니다. 설치는 얻지만, 그 약속을 보고 설치한 사람들은 다른 게임을 만나고 떠납니다. 30주 뒤에도 플레이하는 사람은 전체 방문자의 절반도 안 됩니다. 스크린샷만 바꿔서 방문자의 55% 이상이 설치하고 끝까지 계속 플레이하게 하세요.
preset-game-installs-vs-users-art-exercise-hint = 플레이가 어떤지 먼저 보여 주세요. 앞의 두 자리에 게임 플레이 스크린샷과 성장 시스템 스크린샷을 두면 게임이 지킬 수 있는 기대를 만듭니다. 설치와 유지된 채택자를 비교해 보세요. 게임 플레이 페이지는 아트 페이지보다 설치는 조금 더 얻을 뿐이지만, 사용자는 훨씬 더 많이 남깁니다.
preset-finance-claim-installs-vs-users-product = 우리 저축 앱
preset-finance-claim-installs-vs-users-alternative-0 = 은행 예금 계좌
preset-finance-claim-installs-vs-users-segment-0 = 신중한 저축자
preset-finance-claim-installs-vs-users-segment-1 = 수익 추구자
preset-finance-claim-installs-vs-users-exercise-title = 설치가 아니라 사용자를 위한 주장
preset-finance-claim-installs-vs-users-exercise-instructions = 이 저축 앱은 8% 수익률을 주장합니다. 더 과감한 주장은 의심이 커지기 전까지 설치를 늘리지만, 그렇게 얻은 사람들은 그 수익률을 기대했고, 사용하면서 실제 수익률을 보면 떠납니다. 그래서 사용자를 가장 많이 남기는 주장은 설치를 가장 많이 얻는 주장보다 작습니다. 설치를 최대로 만드는 주장(약 3%)조차 더 작은 주장보다 남는 사용자가 적습니다. 주장만 바꿔서 전체 방문자의 27% 이상이 채택하고 12개월 뒤에도 앱을 계속 쓰게 하세요.
preset-finance-claim-installs-vs-users-exercise-hint = 실험실의 주장 탐색기는 설치가 가장 많은 주장과 유지된 채택자가 가장 많은 주장을 모두 표시합니다. 주장을 4.25(수익률 1%)로 해 보세요. 3%일 때보다 설치는 적지만 남는 사용자는 더 많습니다.

preset-game-installs-vs-users-gameplay-product = 우리 게임
preset-game-installs-vs-users-gameplay-alternative-0 = 이미 설치한 게임
preset-game-installs-vs-users-gameplay-segment-0 = 캐주얼 플레이어
preset-game-installs-vs-users-gameplay-segment-1 = 코어 게이머
preset-game-installs-vs-users-gameplay-exercise-title = 얻은 사용자를 지키세요
preset-game-installs-vs-users-gameplay-exercise-instructions = 실제 플레이를 보여 주는 스토어 페이지를 가진 같은 게임입니다. 화려한 아트 페이지보다 설치를 조금 더 얻고 훨씬 더 많이 지킵니다. 보이는 그대로를 얻기 때문에, 설치한 사람 거의 모두가 30주 뒤에도 플레이합니다. 남은 것은 설치하지 않는 사람들을 얻는 일입니다. 비용만 바꿔서 전체 방문자의 65% 이상이 설치하고 끝까지 계속 플레이하게 하세요.
preset-game-installs-vs-users-gameplay-exercise-hint = 시간, 신뢰, 안전, 돈은 플레이하는 동안 계속 다시 치르는 비용이고(retention.recurring), 학습은 한 번만 치릅니다. 시간 비용을 1.2에서 0.6으로 낮추면(더 짧은 세션, 더 작은 다운로드) 설치를 얻고 지킬 수 있습니다.

preset-game-launch-year-product = 우리 게임
preset-game-launch-year-alternative-0 = 이미 설치한 게임
preset-game-launch-year-segment-0 = 캐주얼 플레이어
preset-game-launch-year-segment-1 = 코어 게이머
preset-game-launch-year-exercise-title = 도달이 한계는 아닙니다
preset-game-launch-year-exercise-instructions = 1년이 지나면 거의 모두가 이 게임을 들어 봤지만, 설치하는 사람은 10명 중 6명 정도뿐입니다. 도달과 입소문(시간 설정)과 비용을 바꿀 수 있습니다. 연말까지 채택률 70%에 도달하세요.
preset-game-launch-year-exercise-hint = 마케팅(p)이나 입소문(q)을 늘리면 사람들이 게임을 더 일찍 알게 될 뿐, 그들의 결정은 바뀌지 않습니다. 캐주얼 플레이어를 붙잡는 비용을 낮추세요: 다운로드 시간(1.2 → 0.6)과 학습(0.8 → 0.4).

preset-paid-tool-vs-free-leader-product = 우리 도구(유료)
preset-paid-tool-vs-free-leader-alternative-0 = 무료 시장 선두 주자
preset-paid-tool-vs-free-leader-segment-0 = 프리랜서
preset-paid-tool-vs-free-leader-segment-1 = 소규모 팀
preset-paid-tool-vs-free-leader-segment-2 = 학생
preset-paid-tool-vs-free-leader-exercise-title = 학생이 좋다고 할 만한 가격
preset-paid-tool-vs-free-leader-exercise-instructions = 학생은 돈을 2.5배로 무겁게 여기기 때문에, 무료 선두 주자 대신 유료 도구를 고르는 학생은 거의 없습니다. 비용만 바꿔서 학생의 20% 이상을 얻으세요.
preset-paid-tool-vs-free-leader-exercise-hint = 학생에게는 가격이 결정적인 장벽입니다. 금전 비용을 2.0에서 0.5로 낮추는 학생 할인이면 됩니다.

## 간결한 임베드, 활동 만들기, 설문 문항 (issue 16)

embed-warning-layout = “{ $layout }”은(는) 레이아웃이 아닙니다. compact 또는 full을 쓰세요.
embed-more = 차트와 도구 더 보기
embed-summary-more = 자세한 이유
header-build = 활동 만들기
builder-title = 활동 만들기
builder-back = 시뮬레이터로 돌아가기
builder-form-title = 학생이 받는 것
builder-intro = 시나리오, 학생이 쓸 수 있는 컨트롤, 고정할 값, 언어와 과제를 고르세요. 미리 보기는 링크가 여는 화면 그대로입니다.
builder-source = 시나리오
builder-source-current = 열어 두었던 시나리오
builder-no-current = 열린 시나리오가 없습니다. 프리셋을 고르세요.
builder-bad-link = { $problem } 대신 기본 프리셋으로 활동을 시작합니다.
builder-controls = 학생에게 보이는 컨트롤
builder-locks = 잠긴 입력값
builder-locks-help = 잠긴 입력값은 보이지만 바꿀 수 없습니다. 값을 입력하면 그 값으로 잠그고, 비워 두면 시나리오의 값을 유지합니다.
builder-lock-value = { $name }의 값
builder-lock-segment-share = { $name }의 비율
builder-modes = 여는 방식
builder-embed = 강의 페이지의 iframe용(간결한 레이아웃)
builder-full-layout = 전체 페이지처럼 모든 카드(layout=full)
builder-predict = 결과를 보여 주기 전에 예측을 묻기
builder-exercise-legend = 연습 문제
builder-exercise = 학생이 도달할 목표 추가
builder-metric = 판정할 수치
builder-metric-adoption = 채택률
builder-metric-segment = 한 세그먼트의 채택률
builder-metric-retained = 유지된 채택자
builder-segment = 세그먼트
builder-op = 목표
builder-op-at-least = 이상
builder-op-at-most = 이하
builder-target = 목표치(%)
builder-bad-target = 목표치가 숫자가 아닙니다.
builder-bad-number = 잠긴 값이 숫자가 아닙니다.
builder-ex-title = 제목
builder-instructions = 안내
builder-hint = 힌트(선택)
builder-out-title = 활동
builder-problems = 아직 활동을 만들 수 없습니다:
builder-link = 학생용 링크
builder-open = 열기
builder-copy = 링크 복사
builder-frame-title = worthit 활동: { $title }
builder-qr-label = 학생용 링크의 QR 코드
builder-qr-caption = 프로젝터로 보여 주세요. 학생들이 휴대폰으로 스캔합니다.
builder-qr-too-long = 이 링크는 QR 코드로 만들기에 너무 깁니다. 변경 없는 프리셋에서 시작하거나 링크를 공유하세요.
builder-lms-title = LMS용
builder-lms-help = LMS용 패키지(SCORM)는 시뮬레이터의 임베드 대화상자에서 만듭니다. iframe 옵션 없이 링크를 열고 임베드를 고르세요.
builder-preview = 미리 보기
builder-preview-title = 학생이 여는 활동의 미리 보기
survey-questionnaire = 설문 문항(각 줄을 질문으로 복사하고 대괄호 속 이름은 그대로 두세요)
survey-q-value = { $product }은(는) 당신에게 얼마나 가치가 있나요? 0 = 전혀 없음, 10 = 매우 큼 [value]
survey-q-money = 가격이 얼마나 부담되나요? 0 = 전혀 부담 없음, 10 = 매우 부담됨 [money]
survey-q-time = 다운로드, 설치, 기다리는 시간과 번거로움이 얼마나 큰가요? 0 = 전혀 없음, 10 = 매우 큼 [time]
survey-q-learning = 사용법을 익히는 데 얼마나 힘이 드나요? 0 = 전혀 들지 않음, 10 = 매우 많이 듦 [learning]
survey-q-trust = 말한 대로 작동하지 않을까 봐 얼마나 의심되나요? 0 = 전혀 의심하지 않음, 10 = 매우 의심함 [trust]
survey-q-emotional = 사용하면 마음이 얼마나 불편할 것 같나요(불안, 민망함, 습관 바꾸기)? 0 = 전혀 불편하지 않음, 10 = 매우 불편함 [emotional]
survey-q-safety = 개인정보, 보안, 돈 문제로 얼마나 걱정되나요? 0 = 전혀 걱정 없음, 10 = 매우 걱정됨 [safety]
survey-q-segment = 다음 중 당신을 가장 잘 설명하는 것은? (선택지) [segment]
survey-q-adopted = 지금 { $product }을(를) 사용하고 있나요? 예 / 아니요 [adopted]

## ---- Survey import, store-test plan, "Your data" errors (errors-dups) ----
problem-survey-empty = 파일이 비어 있습니다. 머리글 행이 필요합니다
problem-survey-no-value-column = 이름이 value인 열이 없습니다(찾은 열: { $headers }). 가치 평점 열의 이름을 value로 바꾸세요
problem-survey-duplicate-column = 두 열이 { $name }을(를) 나타냅니다: { $first }, { $second }. 하나의 이름을 바꾸세요
problem-survey-bad-rows = { $bad }개 행에 잘못된 칸이 있고 쓸 수 있는 행은 { $good }개뿐이라 파일을 가져오지 않았습니다
problem-survey-more-cells = … 외 { $count }개
problem-survey-cell = { $line }행, { $column } 열: { $reason }
problem-survey-cell-text = { $line }행, { $column } 열: { $text } { $reason }
problem-survey-too-few-rows = 쓸 수 있는 응답자가 { $rows }명뿐입니다. 최소 { $min }명이 필요합니다
problem-survey-segment-too-few-rows = 세그먼트 { $segment }의 쓸 수 있는 응답자는 { $rows }명입니다. 맞추려면 최소 { $min }명이 필요합니다(다른 세그먼트와 합치세요)
problem-survey-too-many-segments = 세그먼트 열에 서로 다른 값이 { $count }개 있습니다. 최대 { $max }개까지입니다
problem-survey-fitted-invalid = 맞춘 시나리오가 올바르지 않습니다: { $problem }
problem-cell-missing = 값이 없습니다(행이 너무 짧음)
problem-cell-not-utf8 = 올바른 UTF-8 텍스트가 아닙니다
problem-cell-empty = 비어 있습니다
problem-cell-not-yes-no = 0 또는 1(예 또는 아니요)이 아닙니다
problem-cell-not-a-number = 숫자가 아닙니다
problem-cell-out-of-range = -{ $max }에서 { $max } 사이의 숫자가 아닙니다
problem-cell-negative-cost = 음수인데, 비용은 음수일 수 없습니다
problem-plan-unit = { $name }은(는) 0과 1 사이여야 하는데 { $got }입니다
problem-plan-unit-open = { $name }은(는) 0보다 크고 1보다 작아야 하는데 { $got }입니다
problem-plan-visitors = 방문자 수는 1에서 { $max } 사이여야 하는데 { $got }입니다
problem-not-an-object = 객체가 아닙니다: { $found }입니다
## ---- end of the errors-dups block ----

## Compare mode's predictions and the SCORM 2004 package (issue 16, helper predict-compare)
# Compare mode asks for the lift of B over A in percentage points, or which
# variant more people adopt (src/exercise/predict.rs). A and B are the
# variants' names and stay as they are.
predict-lift-question = 결과를 보기 전에: B가 A보다 채택률이 몇 퍼센트포인트 높을까요(또는 낮을까요)?
predict-lift-label = 상승폭(B − A)에 대한 나의 예측
predict-lift-unit = 퍼센트포인트
predict-lift-help = −100에서 100 사이의 숫자를 입력하세요. B가 A보다 못할 것 같으면 음수입니다. 확정하면 바꿀 수 없으며, 이어서 결과가 나타나고 점수가 매겨집니다.
predict-lift-invalid = −100에서 100 사이의 포인트 수를 입력하세요(예: 3 또는 −2.5).
predict-lift-points = { $points }포인트
predict-lift-actual = 시뮬레이션의 상승폭(95% 구간)
predict-revealed-lift = A 대비 B의 상승폭은 { $actual }포인트입니다(95% 구간 { $interval }). 나의 예측은 { $predicted }포인트로, 오차는 { $error }포인트이며 구간 { $inside ->
        [yes] 안에
       *[no] 밖에
    } 있습니다. 점수: { $score }점(만점 1점).
predict-winner-question = 결과를 보기 전에: A와 B 중 어느 쪽을 더 많은 사람이 채택할까요?
predict-winner-label = 나의 예측: 더 많은 사람이 채택하는 쪽
predict-winner-a = A
predict-winner-b = B
predict-winner-help = A 또는 B를 고르세요. 확정하면 바꿀 수 없으며, 이어서 결과가 나타나고 점수가 매겨집니다.
predict-winner-invalid = 먼저 A 또는 B를 고르세요.
predict-winner-actual = 더 많이 채택된 쪽
predict-winner-actual-value = { $variant }
predict-winner-tie = 없음: A와 B가 같습니다
predict-rule-winner = 더 많은 사람이 채택하는 쪽을 맞히면 1점, 아니면 0점입니다(둘이 같을 때도 0점).
predict-revealed-winner = { $actual ->
        [a] A를 더 많은 사람이 채택합니다.
        [b] B를 더 많은 사람이 채택합니다.
       *[tie] A와 B가 같습니다.
    } 나의 예측은 { $predicted ->
        [a] A
       *[b] B
    }였고, { $right ->
        [yes] 맞았습니다
       *[no] 틀렸습니다
    }. 점수: { $score }점(만점 1점).
predict-verdict-hidden = 예측을 확정하면 비교 결과가 나타납니다.
builder-predict-metric = 학생이 예측할 값(비교 모드)
builder-predict-lift = A 대비 B의 상승폭(포인트)
builder-predict-winner = 더 많은 사람이 채택하는 쪽
builder-predict-copy = 여기서는 B가 A의 복사본으로 시작하므로 학생의 첫 실행은 동률이 되고, B가 달라지기 전에는 예측할 것이 없습니다. 직접 만든 A 대 B를 예측하게 하려면 이 시나리오를 비교 모드로 열고 그곳에서 B를 바꾼 다음 “활동 만들기”를 다시 고르세요.
builder-predict-copy-open = 비교 모드로 열기
embed-lms-standard = 패키지 표준
embed-lms-scorm12 = SCORM 1.2
embed-lms-scorm2004 = SCORM 2004(제4판)
# Under the what-if chart of a run bigger than the what-ifs decide again
# (the engine's WHAT_IF_USERS). $people and $users are counts.
what-if-people = 가정 효과는 { $users }명 중 처음 { $people }명으로 계산했으며, 각 사람을 자신의 원래 결정과 비교합니다. 각 막대 옆의 ±는 시뮬레이션 오차만의 95% 범위로, 최대 { $noise }%p입니다. 입력값 자체의 불확실성은 포함하지 않습니다.
what-if-noise = 각 막대 옆의 ±는 시뮬레이션 오차만의 95% 범위로, 여기서는 최대 { $noise }%p입니다. 입력값 자체의 불확실성은 포함하지 않습니다.
