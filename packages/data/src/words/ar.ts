import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in العربية (Arabic): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const ar: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'مقاطع فيديو CSAM مولّدة بالذكاء الاصطناعي عثرت عليها IWF',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'مقاطع فيديو لمواد الاعتداء الجنسي على الأطفال (CSAM) قيّمتها مؤسسة مراقبة الإنترنت (Internet Watch Foundation) على أنها مولّدة بالذكاء الاصطناعي، حسب السنة.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'تذكر IWF أن عدد مقاطع الفيديو المولّدة بالذكاء الاصطناعي بلغ 3,443 في 2025 مقابل 13 في 2024، في تقريرها «Harm without limits» (24 مارس 2026)، لا في تقرير سنوي لعام 2025 كما يقول التقرير. وتقرّب إحدى مدونات IWF العدد إلى 3,440؛ وتكتب الصحافة أيضًا «260 ضعفًا».',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'نسبة «+26,385%» الواردة في التقرير محسوبة من هذين العددين: 100 × (3,443 − 13) / 13 = 26,384.6.',
  'AI-generated CSAM images and videos found by the IWF':
    'صور ومقاطع فيديو CSAM مولّدة بالذكاء الاصطناعي عثرت عليها IWF',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'صور ومقاطع فيديو واقعية للاعتداء الجنسي على الأطفال مولّدة بالذكاء الاصطناعي عثرت عليها IWF.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'لا توجد وثيقة لـ IWF تذكر الرقم 15,036. تفيد IWF بوجود 8,029 صورة ومقطع فيديو واقعيًا مولّدًا بالذكاء الاصطناعي في 2025، بزيادة 14% عن 2024؛ والرقم 15,036 هو على الأرجح مجموع السنتين.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: ‏8,029 صورة ومقطع فيديو واقعيًا مولّدًا بالذكاء الاصطناعي في 2025، بزيادة 14% عن 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'لا تذكر IWF المجموع البالغ 15,036 على مدى سنتين؛ لكنها تذكر العدد 8,029 لعام 2025.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'يتداخل الصفّان (2025 يقع ضمن 2024–2025): لا تجمعهما أبدًا، ولا تقرأهما أبدًا على أنهما سلسلة زمنية.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'إذا كان 15,036 هو مجموع 2024 و2025، فسيكون عدد IWF لعام 2024 هو 7,007، ويكون 8,029 أكثر منه بنسبة 14.6%: قريبًا من «+14%» التي تذكرها IWF، لكن ليس مطابقًا لها.',
  'Category A share of AI and non-AI CSAM videos':
    'حصة الفئة A من مقاطع فيديو CSAM المولّدة وغير المولّدة بالذكاء الاصطناعي',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'حصة مقاطع الفيديو التي صنّفتها IWF في الفئة A، وهي أشد الفئات خطورة بموجب القانون البريطاني.',
  'AI-generated videos': 'مقاطع فيديو مولّدة بالذكاء الاصطناعي',
  'AI-generated CSAM videos': 'مقاطع فيديو CSAM مولّدة بالذكاء الاصطناعي',
  'Non-AI videos': 'مقاطع فيديو غير مولّدة بالذكاء الاصطناعي',
  'non-AI CSAM videos': 'مقاطع فيديو CSAM غير مولّدة بالذكاء الاصطناعي',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'تقرير IWF نفسه لعام 2025: كانت 65% من مقاطع الفيديو المولّدة بالذكاء الاصطناعي البالغ عددها 3,443 (أي 2,233) من الفئة A، مقابل 43% من مقاطع الفيديو غير المولّدة بالذكاء الاصطناعي.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'حصة الذكاء الاصطناعي محسوبة من أعداد IWF (‏2,233 من 3,443 مقطع فيديو) ومقرّبة كما تقرّبها IWF؛ وتذكر IWF حصة المقاطع غير المولّدة بالذكاء الاصطناعي دون أعداد.',
  'Victims depicted as girls in CSAM': 'الضحايا المصوَّرون على أنهم فتيات في CSAM',
  'Share of the victims depicted who are girls.': 'حصة الفتيات من الضحايا المصوَّرين.',
  'Victims depicted as girls (as the report states)': 'الضحايا المصوَّرون على أنهم فتيات (كما يذكر التقرير)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'الضحايا المصوَّرون في CSAM المولّدة بالذكاء الاصطناعي، كما يذكر التقرير (حصة IWF لعام 2021 لجميع المواد)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    'نسبة 97% من الفتيات رقم لـ IWF يخص عام 2021 وجميع المواد، لا المواد المولّدة بالذكاء الاصطناعي. وبالنسبة إلى المواد المولّدة بالذكاء الاصطناعي، تذكر IWF أن 98% من الضحايا فتيات في 2024 و94% في 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'الضحايا المصوَّرون على أنهم فتيات في المواد المولّدة بالذكاء الاصطناعي، 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'الضحايا المصوَّرون في CSAM المولّدة بالذكاء الاصطناعي التي قيّمتها IWF في 2025',
  'Girls, AI imagery, 2024': 'فتيات، مواد مولّدة بالذكاء الاصطناعي، 2024',
  'victims depicted in AI CSAM': 'الضحايا المصوَّرون في CSAM المولّدة بالذكاء الاصطناعي',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'فتيات، مواد مولّدة بالذكاء الاصطناعي، 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'رقم IWF للمواد المولّدة بالذكاء الاصطناعي في 2025؛ لم يسجّل التحقق أي وثيقة لـ IWF تذكره.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'نسبة 97% الواردة في التقرير هي رقم IWF لعام 2021 لجميع المواد؛ انظر الصفوف الخاصة بالذكاء الاصطناعي.',
  'AI-generated CSAM in one dark-web forum': 'CSAM مولّدة بالذكاء الاصطناعي في منتدى واحد على الشبكة المظلمة',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'صور اعتداء جنسي على الأطفال مولّدة بالذكاء الاصطناعي نُشرت في منتدى واحد على الشبكة المظلمة خلال شهر واحد، وحصة الصور الواقعية بما يكفي لتُعامَل قانونًا معاملة CSAM الحقيقية.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'صور CSAM مولّدة بالذكاء الاصطناعي نُشرت في منتدى واحد على الشبكة المظلمة خلال شهر واحد',
  'Realistic enough to be prosecuted (as the report states)':
    'واقعية بما يكفي للملاحقة القضائية (كما يذكر التقرير)',
  'AI images in the forum, as the report states it':
    'الصور المولّدة بالذكاء الاصطناعي في المنتدى، كما يذكر التقرير',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'الدراسة لـ IWF (أكتوبر 2023)، لا لجامعة ستانفورد. من بين 2,978 صورة قُيّمت على أنها إجرامية، كانت 2,562 صورة واقعية بما يكفي لتُعامَل معاملة CSAM الحقيقية بموجب القانون البريطاني: أي 86%، لا 90%.',
  'Realistic enough to be treated as real CSAM under UK law':
    'واقعية بما يكفي لتُعامَل معاملة CSAM الحقيقية بموجب القانون البريطاني',
  'the 2,978 AI images the IWF assessed as criminal':
    'الصور المولّدة بالذكاء الاصطناعي البالغ عددها 2,978 التي قيّمتها IWF على أنها إجرامية',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'صُحّح الناشر والنسبة: الصور البالغ عددها 20,254 والحصة مأخوذة من تقرير IWF عن المنتدى الصادر في أكتوبر 2023. أما نتيجة ستانفورد ذات الصلة فمختلفة: 3,226 صورة يُشتبه في أنها CSAM في مجموعة بيانات التدريب LAION-5B، تحقّقت جهات خارجية من 1,008 منها (ديسمبر 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'أعداد الناشر: 2,562 صورة واقعية من أصل 2,978 قُيّمت على أنها إجرامية؛ وحصة الناشر محسوبة منها.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'المقامات: من بين 20,254 صورة منشورة، قيّمت IWF ‏11,108 صورة؛ كانت 2,978 منها إجرامية. الحصة هي من الصور الإجرامية، لا من جميع الصور المنشورة.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'نتيجة ذات صلة من ستانفورد: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'بلاغات CyberTipline إلى NCMEC المتعلقة بالذكاء الاصطناعي التوليدي',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'بلاغات CyberTipline المتعلقة بالذكاء الاصطناعي التوليدي التي تلقّاها المركز الوطني للأطفال المفقودين والمستغَلين (National Center for Missing & Exploited Children).',
  'NCMEC’s 2023 CyberTipline data.': 'بيانات CyberTipline لدى NCMEC لعام 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'عدد NCMEC لعام 2024، كما نقلته الصحافة (NYT، Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'الرقم الخاص بـ NCMEC للبلاغات المتعلقة بالذكاء الاصطناعي التوليدي من يناير إلى يونيو 2025 هو 440,419 (مقابل 6,835 في الأشهر نفسها من 2024)؛ أما 485,000 فيرد في تقارير صحفية (NYT). ومن يناير إلى سبتمبر 2025 أحصى NCMEC «أكثر من مليون» (عبر NBC News). ويقول التقرير إن 380,000 من الـ 485,000 جاءت من Amazon AI Services: والصحافة تذكر نحو 380,000 عنصر من CSAM معروفة مسبقًا عثرت عليها Amazon في بيانات جُمعت لتدريب نماذج الذكاء الاصطناعي، دون فترة زمنية. وهي ليست مواد مولّدة بالذكاء الاصطناعي وليست جزءًا من هذا العدد.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'عددا 2023 و2024 مؤكَّدان؛ أما للنصف الأول من 2025 فرقم NCMEC الخاص هو 440,419، لا 485,000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'يغطي النصف الأول من 2025 الفترة من يناير إلى يونيو 2025 فقط: قارنه بالنصف الأول من 2024 (‏6,835 في أرقام NCMEC الخاصة)، لا بسنة كاملة.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'يحصي NCMEC بلاغات CyberTipline المتعلقة بالذكاء الاصطناعي التوليدي، لا بلاغات CSAM المولّدة بالذكاء الاصطناعي فقط.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'لا يذكر أي ناشر ما إذا كانت البلاغات البالغ عددها 67,000 لعام 2024 (NCMEC، كما نقلته الصحافة) والـ 6,835 الخاصة بـ NCMEC من يناير إلى يونيو 2024 تحصي الشيء نفسه.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'بلاغات CyberTipline إلى NCMEC المتعلقة بالذكاء الاصطناعي التوليدي، النصف الأول من 2024 و2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'بلاغات CyberTipline المتعلقة بالذكاء الاصطناعي التوليدي، من يناير إلى يونيو من كل عام، كما نشرها NCMEC.',
  'NCMEC’s own figures.': 'أرقام NCMEC الخاصة.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'عناصر من CSAM معروفة مسبقًا قالت Amazon إنها عثرت عليها في بيانات تدريب الذكاء الاصطناعي (نحو 380,000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'نحو 380,000 عنصر من CSAM معروفة مسبقًا (تطابقات بصمات رقمية) عثرت عليها Amazon في بيانات جُمعت لتدريب نماذج الذكاء الاصطناعي، كما نقلت الصحافة، دون فترة زمنية. ويعدّها التقرير بلاغات عن CSAM مولّدة بالذكاء الاصطناعي من Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'نحو 380,000 عنصر من CSAM معروفة مسبقًا (تطابقات بصمات رقمية) عثرت عليها Amazon في بيانات جُمعت لتدريب نماذج الذكاء الاصطناعي، وليست مواد مولّدة بالذكاء الاصطناعي؛ ولا تذكر الصحافة فترة زمنية.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'عبارة التقرير «78% من جميع بلاغات CSAM المولّدة بالذكاء الاصطناعي» تقسم هذا العدد من CSAM المعروفة في بيانات التدريب على عدد البلاغات المتعلقة بالذكاء الاصطناعي التوليدي: والعددان يحصيان أشياء مختلفة.',
  'The press gives about 380,000: the figure is rounded.': 'تذكر الصحافة نحو 380,000: الرقم مقرَّب.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'بلاغات OpenAI إلى CyberTipline لدى NCMEC، النصف الأول من 2024 و2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'البلاغات التي قدّمتها OpenAI إلى CyberTipline لدى NCMEC، من يناير إلى يونيو من كل عام. قد يشمل البلاغ الواحد محتويات كثيرة، تُحصى على حدة في أرقام المحتويات.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'أرقام OpenAI الخاصة، كما نقلتها Wired: ‏947 بلاغًا عن 3,252 محتوى في النصف الأول من 2024، و75,027 بلاغًا عن 74,559 محتوى في النصف الأول من 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'عبارة التقرير «80×» تحصي البلاغات: 75,027 في النصف الأول من 2025 مقابل 947 في النصف الأول من 2024، أي 79.2 ضعفًا. أما المحتويات التي تناولتها فقد زادت أقل: من 3,252 إلى 74,559، أي 22.9 ضعفًا.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'المحتويات في بلاغات OpenAI إلى CyberTipline، النصف الأول من 2024 و2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'المحتويات (صور، مقاطع فيديو، نصوص) التي تناولتها بلاغات OpenAI إلى CyberTipline لدى NCMEC، من يناير إلى يونيو من كل عام.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'بلاغات إلى NCMEC ينسبها التقرير إلى ثلاث شركات ذكاء اصطناعي (غير مؤكَّدة)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'أعداد بلاغات إلى NCMEC ينسبها التقرير إلى OpenAI وAmazon AI وAnthropic. لا تتضمنها أي وثيقة لناشر، وليست لها فترة زمنية، ولا شيء يبيّن أنها بلاغات عن CSAM أُنشئت باستخدام منصات هذه الشركات.',
  '+9,650% YoY': '+9,650% على أساس سنوي',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'ادعاء التقرير: لا يذكر أي عدد للسنة السابقة، لذا لا يمكن إعادة حساب التغيّر.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'لم يُعثر عليه في أي منشور لـ NCMEC؛ ربما أعداد CyberTipline لعام 2024 لكل مزوّد.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'لم يُعثر عليه في أي منشور لـ NCMEC؛ ربما أعداد CyberTipline لعام 2024 لكل مزوّد. ويذكر تقرير الشفافية الخاص بـ Anthropic ‏859 صورة أُبلغ عنها من أبريل 2024 إلى مارس 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'لم يُعثر على أي من هذه الأعداد الثلاثة في وثيقة لناشر، وليست لها فترة زمنية: تُعرض كما يذكرها التقرير.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'وصف التقرير لـ Amazon AI بأنها «مُبلِّغ جديد» مشكوك فيه: فقد سبق لـ Amazon بوصفها شركة أن قدّمت بلاغات إلى CyberTipline؛ وقد يكون «Amazon AI» اسم مُبلِّغ مستقلًا.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'أين استُضيفت صفحات الويب التي تحتوي على CSAM والتي أكّدتها IWF في 2024',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'حصة صفحات الويب التي تحتوي على اعتداء جنسي على الأطفال والتي أكّدتها IWF في 2024، حسب البلد الذي استُضيفت فيه.',
  Netherlands: 'هولندا',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'حصة صفحات الويب المؤكَّدة التي تحتوي على CSAM حسب بلد الاستضافة، IWF ‏2024.',
  'United States': 'الولايات المتحدة',
  Bulgaria: 'بلغاريا',
  'Hong Kong': 'هونغ كونغ',
  Romania: 'رومانيا',
  'European Union': 'الاتحاد الأوروبي',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'يقول التقرير إن الاتحاد الأوروبي يستضيف 62% من CSAM المعروفة في العالم (IWF، 2025). ورقم IWF يخص عام 2024، وهو حصة من صفحات الويب التي تحتوي على CSAM والتي اتخذت IWF إجراءً بشأنها: 181,112 صفحة ويب مستضافة في دول الاتحاد الأوروبي (140,911 في 2023)، لا من جميع CSAM في العالم.',
  'reports (webpages) the IWF confirmed as CSAM in 2024': 'بلاغات (صفحات ويب) أكّدت IWF أنها CSAM في 2024',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'يؤرّخ التقرير هذه الحصص بعام 2025 (IWF، 2025): وهي أرقام IWF لعام 2024 عن صفحات الويب المؤكَّدة التي تحتوي على CSAM (‏291,273 بلاغًا أُكّد في 2024). ولم يكن جدول IWF للبلدان لعام 2025 نهائيًا عند التحقق، لذا لا تُنشر هنا أي حصص لعام 2025.',
  'Countries not listed have no data here, which is not the same as zero.':
    'البلدان غير المدرجة ليست لها بيانات هنا، وهذا لا يعني صفرًا.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'الحصص هي من 291,273 صفحة ويب أكّدت IWF أنها CSAM في 2024، لا من جميع CSAM في العالم؛ وحصتا هولندا والاتحاد الأوروبي محسوبتان من أعداد IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'كانت حصتا ليتوانيا وبولندا في ارتفاع في 2024؛ ولم يرصد التحقق حصتيهما الدقيقتين.',
  'The legal response to AI-generated CSAM': 'الاستجابة القانونية لـ CSAM المولّدة بالذكاء الاصطناعي',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'مشاريع قوانين وقوانين في الولايات المتحدة والمملكة المتحدة تتناول مواد الاعتداء الجنسي على الأطفال المولّدة بالذكاء الاصطناعي.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'الولايات المتحدة (اتحادي)',
  'Signed into law': 'وُقّع ليصبح قانونًا',
  'Platforms’ 48-hour removal duty applies': 'يسري واجب المنصات بالإزالة خلال 48 ساعة',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'يجرّم نشر الصور الحميمة دون موافقة، بما فيها الصور المولّدة بالذكاء الاصطناعي.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'يُلزم المنصات بإزالة هذه الصور خلال 48 ساعة من تلقي طلب صحيح.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'يجرّم الصور الحميمة دون موافقة، بما فيها المحتوى المولّد بالذكاء الاصطناعي؛ ويُلزم المنصات بالإزالة خلال 48 ساعة.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'وُقّع في 19 مايو 2025؛ ويسري واجب الإزالة خلال 48 ساعة اعتبارًا من 19 مايو 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'يتيح أساسًا للضحايا مقاضاة المنصات (كما وجد التحقق مشروع القانون).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'من شأنه أن يشدّد مسؤولية المنصات ويوسّع أدوات جهات إنفاذ القانون للتحقيق في CSAM المولّدة بالذكاء الاصطناعي.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'معلّق، كما يقول التقرير: أحالت اللجنة القضائية في مجلس الشيوخ مشروع القانون S.1829 (الكونغرس الـ 119) ولم يُقرّه مجلس الشيوخ. ووجد التحقق أنه يتيح أساسًا للضحايا مقاضاة المنصات.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'أقرّه مجلس الشيوخ',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'قانون جنائي بشأن التصويرات المرئية الفاحشة للأطفال، بما فيها المصنوعة بالذكاء الاصطناعي.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'يستهدف البنية التحتية التي تتيح توزيع CSAM، بما فيها مزوّدو الاستضافة ومعالجو المدفوعات.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'الوضع مؤكَّد: أقرّ مجلس الشيوخ S.3021 في 16 ديسمبر 2025، وهو معلّق في مجلس النواب. أما وصف التقرير («يستهدف مزوّدي الاستضافة ومعالجي المدفوعات») فلا يؤيده نص مشروع القانون، الذي يتناول القانون الجنائي بشأن التصويرات المرئية الفاحشة، بما فيها المصنوعة بالذكاء الاصطناعي.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 (في التقرير: «UK Crime and Policing Bill»)',
  'United Kingdom': 'المملكة المتحدة',
  'Royal Assent': 'الموافقة الملكية (Royal Assent)',
  'Offence on AI models for CSAM in force': 'سريان الجريمة المتعلقة بنماذج الذكاء الاصطناعي المعدّة لـ CSAM',
  'An offence on AI models made or adapted to generate CSAM.':
    'جريمة تتعلق بنماذج الذكاء الاصطناعي المصنوعة أو المعدّلة لتوليد CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'من شأنه أن يجرّم أدوات الذكاء الاصطناعي المصمّمة أو المعدّلة خصيصًا لتوليد CSAM، بما فيها نماذج LoRA المدرَّبة على صور الاعتداء.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'يذكر التقرير مشروع قانون قيد النظر؛ وقد أصبح Crime and Policing Act 2026 (الموافقة الملكية في 29 أبريل 2026)، ودخلت جريمته المتعلقة بنماذج الذكاء الاصطناعي المصنوعة أو المعدّلة لتوليد CSAM حيّز النفاذ في 29 يونيو 2026.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'الأوضاع كما وجدها التحقق في نوفمبر 2026؛ وأوضاع التقرير محفوظة في `seedStatus` وأوصافه في `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'لا يذكر التقرير أي مصدر لقسمه القانوني: المصادر هنا هي التي وجدها التحقق.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'وصف التقرير لـ ENFORCE Act (مزوّدو الاستضافة ومعالجو المدفوعات) لا يؤيده نص مشروع القانون.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'زيادة في مقاطع فيديو CSAM المولّدة بالذكاء الاصطناعي التي عثرت عليها IWF، من 2024 إلى 2025',
  'increase in AI-generated CSAM videos': 'زيادة في مقاطع فيديو CSAM المولّدة بالذكاء الاصطناعي',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'صور ومقاطع فيديو CSAM مولّدة بالذكاء الاصطناعي عثرت عليها IWF في 2024 و2025 معًا، كما يذكر التقرير',
  'total AI CSAM items found (2 years)': 'إجمالي عناصر CSAM المولّدة بالذكاء الاصطناعي التي عُثر عليها (سنتان)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'بلاغات CyberTipline إلى NCMEC المتعلقة بالذكاء الاصطناعي التوليدي، النصف الأول من 2025 (يناير إلى يونيو)',
  'NCMEC AI-CSAM reports (H1 2025)': 'بلاغات CSAM المولّدة بالذكاء الاصطناعي إلى NCMEC (النصف الأول من 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'من الضحايا المصوَّرين فتيات، كما يذكر التقرير (حصة IWF لعام 2021 لجميع CSAM)',
  'of AI CSAM victims depicted as girls': 'من ضحايا CSAM المولّدة بالذكاء الاصطناعي مصوَّرون على أنهم فتيات',
};
