import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in 日本語 (Japanese): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const ja: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'IWFが発見したAI生成CSAM動画',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'インターネット・ウォッチ・ファウンデーション（IWF）がAI生成と判定した児童性的虐待コンテンツ（CSAM）の動画（年別）。',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'IWFは、2025年のAI生成動画を3,443本（2024年は13本）としています。出典はIWFの報告書「Harm without limits」（2026年3月24日）で、報告書が述べる2025年版年次報告書ではありません。IWFのブログの一つは3,440本に丸めており、報道では「260倍」とも書かれています。',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    '報告書の「+26,385%」は、この二つの数値から計算したものです：100 × (3,443 − 13) / 13 = 26,384.6。',
  'AI-generated CSAM images and videos found by the IWF': 'IWFが発見したAI生成CSAM画像・動画',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'IWFが発見した、AIで生成されたリアルな児童性的虐待の画像・動画。',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    '15,036という数値を示すIWFの文書はありません。IWFは2025年のリアルなAI生成画像・動画を8,029件（2024年比14%増）と報告しており、15,036は両年の合計と考えられます。',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF：2025年のリアルなAI生成画像・動画は8,029件で、2024年から14%増加。',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    '二年間の合計15,036はIWFが示した数値ではありません。2025年の8,029件はIWFが示しています。',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'この二つの行は期間が重なっています（2025年は2024–2025年に含まれます）。決して合計せず、時系列としても読まないでください。',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    '15,036が2024年と2025年の合計だとすると、IWFの2024年の件数は7,007件となり、8,029件はその14.6%増となります。IWFの「+14%」に近いものの、一致はしません。',
  'Category A share of AI and non-AI CSAM videos': 'AI生成・非AI生成のCSAM動画に占めるカテゴリーAの割合',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'IWFがカテゴリーA（英国法で最も深刻な区分）に分類した動画の割合。',
  'AI-generated videos': 'AI生成動画',
  'AI-generated CSAM videos': 'AI生成のCSAM動画',
  'Non-AI videos': '非AI生成動画',
  'non-AI CSAM videos': '非AI生成のCSAM動画',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    '同じIWFの2025年の報告書：AI生成動画3,443本のうち65%（2,233本）がカテゴリーAで、非AI生成動画では43%でした。',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'AI生成の割合はIWFの件数（3,443本中2,233本）から計算し、IWFと同じ方法で丸めています。非AI生成の割合はIWFが件数なしで示しています。',
  'Victims depicted as girls in CSAM': 'CSAMで女児として描写された被害者',
  'Share of the victims depicted who are girls.': '描写された被害者のうち女児の割合。',
  'Victims depicted as girls (as the report states)': '女児として描写された被害者（報告書の記載どおり）',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'AI生成CSAMで描写された被害者（報告書の記載どおり。IWFの2021年のすべての画像・動画についての割合）',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '女児97%は、IWFの2021年の、すべての画像・動画についての数値で、AI生成のものについての数値ではありません。AI生成の画像・動画について、IWFは2024年に女児98%、2025年に94%としています。',
  'Victims depicted as girls in AI imagery, 2025': 'AI生成の画像・動画で女児として描写された被害者（2025年）',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'IWFが2025年に判定したAI生成CSAMで描写された被害者',
  'Girls, AI imagery, 2024': '女児、AI生成の画像・動画、2024年',
  'victims depicted in AI CSAM': 'AI生成CSAMで描写された被害者',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': '女児、AI生成の画像・動画、2025年',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    '2025年のAI生成の画像・動画についてのIWFの数値。確認では、この数値を示すIWFの文書は記録されていません。',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    '報告書の97%は、IWFの2021年のすべての画像・動画についての数値です。AIに関する行を参照してください。',
  'AI-generated CSAM in one dark-web forum': 'あるダークウェブ掲示板のAI生成CSAM',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'あるダークウェブ掲示板にひと月の間に投稿されたAI生成の児童性的虐待画像と、法律上、実在のCSAMと同様に扱われるほどリアルなものの割合。',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'あるダークウェブ掲示板にひと月の間に投稿されたAI生成CSAM画像',
  'Realistic enough to be prosecuted (as the report states)':
    '訴追の対象となるほどリアル（報告書の記載どおり）',
  'AI images in the forum, as the report states it': '掲示板のAI生成画像（報告書の記載どおり）',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'この調査はスタンフォード大学ではなくIWFのもの（2023年10月）です。違法と判定された2,978枚のうち2,562枚が、英国法で実在のCSAMと同様に扱われるほどリアルでした。割合は90%ではなく86%です。',
  'Realistic enough to be treated as real CSAM under UK law': '英国法で実在のCSAMと同様に扱われるほどリアル',
  'the 2,978 AI images the IWF assessed as criminal': 'IWFが違法と判定したAI生成画像2,978枚',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    '発行元と割合を訂正：20,254枚の画像と割合は、IWFの2023年10月の掲示板に関する報告書によるものです。関連するスタンフォード大学の調査結果は別のもので、学習用データセットLAION-5Bに含まれるCSAMの疑いのある画像3,226枚、うち1,008枚が外部で確認されたというものです（2023年12月）。',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    '発行元の件数：違法と判定された2,978枚のうちリアルなもの2,562枚。発行元の割合はこの件数から計算しています。',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    '分母について：投稿された20,254枚のうち、IWFが判定したのは11,108枚で、そのうち2,978枚が違法でした。割合は違法画像に対するもので、投稿されたすべての画像に対するものではありません。',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    '関連するスタンフォード大学の調査結果：Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI': '生成AIが関わるNCMECへのCyberTipline通報',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    '全米行方不明・被搾取児童センター（National Center for Missing & Exploited Children）が受け付けた、生成AIが関わるCyberTipline通報。',
  'NCMEC’s 2023 CyberTipline data.': 'NCMECの2023年のCyberTiplineデータ。',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    '報道（NYT、Bloomberg）によるNCMECの2024年の件数。',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'NCMEC自身による2025年1月～6月の生成AI関連の通報件数は440,419件です（2024年の同じ月は6,835件）。485,000件は報道（NYT）に出ている数値です。2025年1月～9月にNCMECが数えた件数は「百万件超」でした（NBC News経由）。報告書は485,000件のうち380,000件がAmazon AI Servicesからだとしていますが、報道によれば、これはAmazonがAIモデルの学習用に収集したデータの中から見つけた既知のCSAM約380,000件で、期間は示されていません。AI生成のものではなく、この件数にも含まれません。',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    '2023年と2024年の件数は確認済みです。2025年上半期については、NCMEC自身の数値は485,000件ではなく440,419件です。',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    '2025年上半期は2025年1月～6月のみです。通年ではなく、2024年上半期（NCMEC自身の数値で6,835件）と比べてください。',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'NCMECが数えているのは生成AIが関わるCyberTipline通報で、AI生成CSAMの通報だけではありません。',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    '2024年の67,000件（報道によるNCMECの数値）と、NCMEC自身による2024年1月～6月の6,835件が同じものを数えているかどうかは、どの発行元も示していません。',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    '生成AIが関わるNCMECへのCyberTipline通報（2024年・2025年の上半期）',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    '生成AIが関わるCyberTipline通報（各年1月～6月、NCMECの公表どおり）。',
  'NCMEC’s own figures.': 'NCMEC自身の数値。',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'AmazonがAIの学習データで見つけたと報告した既知のCSAM（約380,000件）',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    '報道によれば、AmazonがAIモデルの学習用に収集したデータの中から見つけた既知のCSAM約380,000件（ハッシュ照合による一致）で、期間は示されていません。報告書はこれをAmazon AI ServicesからのAI生成CSAMの通報として数えています。',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'AmazonがAIモデルの学習用に収集したデータの中から見つけた既知のCSAM約380,000件（ハッシュ照合による一致）で、AI生成のものではありません。報道は期間を示していません。',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    '報告書の「AI生成CSAMの通報全体の78%」は、学習データ中の既知のCSAMの件数を、生成AIが関わる通報の件数で割ったものです。両者は異なるものを数えています。',
  'The press gives about 380,000: the figure is rounded.': '報道の数値は約380,000件で、丸めた数値です。',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'OpenAIによるNCMECへのCyberTipline通報（2024年・2025年の上半期）',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'OpenAIがNCMECのCyberTiplineに行った通報（各年1月～6月）。一件の通報が多数のコンテンツを対象とすることがあり、コンテンツの数値では別に数えています。',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Wiredが報じたOpenAI自身の数値：2024年上半期は3,252件のコンテンツについて947件の通報、2025年上半期は74,559件のコンテンツについて75,027件の通報。',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    '報告書の「80倍」は通報件数を比べたものです：2025年上半期の75,027件に対し、2024年上半期は947件で、79.2倍です。通報の対象となったコンテンツの増加はこれより小さく、3,252件から74,559件へと22.9倍です。',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'OpenAIのCyberTipline通報に含まれるコンテンツ（2024年・2025年の上半期）',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'OpenAIがNCMECに行ったCyberTipline通報の対象となったコンテンツ（画像、動画、テキスト）（各年1月～6月）。',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    '報告書がAI企業三社によるものとするNCMECへの通報（未確認）',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    '報告書がOpenAI、Amazon AI、Anthropicによるものとする、NCMECへの通報件数。どの発行元の文書にも記載がなく、期間もなく、これらの企業のプラットフォームで作られたCSAMの通報であることを示すものもありません。',
  '+9,650% YoY': '前年比+9,650%',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    '報告書の主張：前年の件数が示されていないため、変化率を再計算できません。',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'NCMECの公表資料には見当たりません。2024年のCyberTipline通報件数の事業者別の数値である可能性があります。',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'NCMECの公表資料には見当たりません。2024年のCyberTipline通報件数の事業者別の数値である可能性があります。Anthropic自身の透明性レポートでは、2024年4月～2025年3月に通報した画像は859件です。',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'この三つの件数はいずれも発行元の文書で見つからず、期間もありません。報告書の記載どおりに表示しています。',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    '報告書の「新規通報者」は、Amazon AIについては疑わしいものです。企業としてのAmazonは以前からCyberTiplineに通報しており、「Amazon AI」は別の通報者名である可能性があります。',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'IWFが2024年に確認したCSAMウェブページのホスティング先',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'IWFが2024年に確認した児童性的虐待のウェブページの、ホスティングされていた国別の割合。',
  Netherlands: 'オランダ',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'IWFが確認したCSAMウェブページのホスティング国別の割合（2024年）。',
  'United States': 'アメリカ合衆国',
  Bulgaria: 'ブルガリア',
  'Hong Kong': '香港',
  Romania: 'ルーマニア',
  'European Union': '欧州連合',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    '報告書は、EUが世界の既知のCSAMの62%をホスティングしているとしています（IWF、2025年）。IWFの数値は2024年のもので、世界のすべてのCSAMではなく、IWFが対応したCSAMウェブページに占める割合です：EU諸国でホスティングされていたウェブページは181,112件（2023年は140,911件）。',
  'reports (webpages) the IWF confirmed as CSAM in 2024': 'IWFが2024年にCSAMと確認した通報（ウェブページ）',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    '報告書はこれらの割合を2025年のもの（IWF、2025年）としていますが、実際は確認済みCSAMウェブページについてのIWFの2024年の数値です（2024年に確認された通報は291,273件）。確認時点でIWFの2025年の国別表は確定していなかったため、ここでは2025年の割合は公表していません。',
  'Countries not listed have no data here, which is not the same as zero.':
    '記載のない国はここではデータがないということで、ゼロという意味ではありません。',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    '割合は、世界のすべてのCSAMではなく、IWFが2024年にCSAMと確認した291,273件のウェブページに対するものです。オランダとEUの割合はIWFの件数から計算しています。',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'リトアニアとポーランドは2024年に増加していましたが、正確な割合は確認で把握できませんでした。',
  'The legal response to AI-generated CSAM': 'AI生成CSAMへの法的対応',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'AI生成の児童性的虐待コンテンツに対処する米国と英国の法案・法律。',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'アメリカ合衆国（連邦）',
  'Signed into law': '署名・成立',
  'Platforms’ 48-hour removal duty applies': 'プラットフォームの48時間以内の削除義務が適用',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'AI生成のものを含め、同意のない性的画像の公開を犯罪とする。',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    '有効な要請から48時間以内に、そうした画像を削除することをプラットフォームに義務付ける。',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'AI生成のコンテンツを含む、同意のない性的画像を犯罪とし、プラットフォームに48時間以内の削除を義務付ける。',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    '2025年5月19日に署名。48時間以内の削除義務は2026年5月19日から適用。',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    '主に、被害者がプラットフォームを訴えられるようにするもの（確認で判明した法案の内容）。',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'プラットフォームの責任を強化し、AI生成CSAMを捜査する法執行機関の手段を拡大するもの。',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    '報告書のとおり審議中です：S.1829（第119議会）は上院司法委員会で承認されましたが、上院を通過していません。確認の結果、主に被害者がプラットフォームを訴えられるようにする法案であることがわかりました。',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': '上院で可決',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'AIで作られたものを含む、児童のわいせつな視覚的描写に関する刑法。',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'ホスティング事業者や決済事業者など、CSAMの拡散を可能にするインフラを対象とするもの。',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    '状況は確認済み：S.3021は2025年12月16日に上院で可決され、下院で審議中です。報告書の説明（「ホスティング事業者や決済事業者を対象とする」）は法案の条文で裏付けられません。条文は、AIで作られたものを含むわいせつな視覚的描写に関する刑法を定めるものです。',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026（報告書では「UK Crime and Policing Bill」）',
  'United Kingdom': 'イギリス',
  'Royal Assent': '国王の裁可（Royal Assent）',
  'Offence on AI models for CSAM in force': 'CSAM生成用AIモデルに関する犯罪規定の施行',
  'An offence on AI models made or adapted to generate CSAM.':
    'CSAMを生成するために作られた、または改変されたAIモデルに関する犯罪規定。',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    '虐待画像で学習させたLoRAモデルなど、CSAMの生成のために特別に設計・改変されたAIツールを犯罪とするもの。',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    '報告書は審議中の法案としていますが、この法案はCrime and Policing Act 2026（2026年4月29日に国王の裁可）となり、CSAMを生成するために作られた、または改変されたAIモデルに関する犯罪規定は2026年6月29日に施行されました。',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    '状況は2026年11月の確認時点のものです。報告書の状況は`seedStatus`に、その説明は`seedDescription`に残しています。',
  'The report names no source for its legal section: the sources here are those the check found.':
    '報告書は法律に関する部分の出典を示していません。ここでの出典は確認で見つかったものです。',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    '報告書のENFORCE Actの説明（ホスティング事業者や決済事業者）は法案の条文で裏付けられません。',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'IWFが発見したAI生成CSAM動画の増加率（2024年から2025年）',
  'increase in AI-generated CSAM videos': 'AI生成CSAM動画の増加率',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'IWFが2024年と2025年に発見したAI生成CSAM画像・動画の合計（報告書の記載どおり）',
  'total AI CSAM items found (2 years)': '発見されたAI生成CSAMの合計（2年間）',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    '生成AIが関わるNCMECへのCyberTipline通報（2025年上半期、1月～6月）',
  'NCMEC AI-CSAM reports (H1 2025)': 'NCMECへのAI生成CSAMの通報（2025年上半期）',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    '描写された被害者のうち女児の割合（報告書の記載どおり。IWFの2021年のすべてのCSAMについての割合）',
  'of AI CSAM victims depicted as girls': 'AI生成CSAMの被害者のうち女児として描写された割合',
};
