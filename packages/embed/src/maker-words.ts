/*
 * The chart maker's own words (maker.html), by language. The maker speaks the eleven catalogue languages
 * (English, Arabic, German, Spanish, French, Italian, Japanese, Dutch, Polish, Portuguese, Swedish); a browser
 * in any other language gets English.
 */

export interface MakerWords {
  heading: string;
  /** Between a column's name and what it became (`Jahr: …`), as the language writes a colon. */
  colon: string;
  intro: string;
  figures: string;
  paste: string;
  figuresHint: string;
  describe: string;
  keyColumn: string;
  valueColumn: string;
  otherColumns: string;
  /** The heading over the table of figures read, where each can get a check. */
  checksHeading: string;
  /** Under that heading. */
  checksHint: string;
  /** The column of each figure's check, and its control's label. */
  check: string;
  /** A figure without a check (the control's first choice). */
  checkNone: string;
  /** What a check can find, as a reader sees it. */
  statuses: Record<'confirmed' | 'corrected' | 'different-count' | 'unverified', string>;
  /** The note written for a check when the person writes none, by what it found. */
  defaultNotes: Record<'confirmed' | 'corrected' | 'different-count' | 'unverified', string>;
  /** The publisher's own figure, where it differs. */
  publisherFigure: string;
  /** A check's own note. */
  checkNote: string;
  /** Shown when the table lists only the first rows. */
  moreRows: (count: string) => string;
  file: string;
  chart: string;
  chartHint: string;
  kinds: Record<string, string>;
  notFitting: string;
  title: string;
  subtitle: string;
  unit: string;
  unitHint: string;
  source: string;
  sourceTitle: string;
  notes: string;
  notesHint: string;
  language: string;
  theme: string;
  themes: Record<'auto' | 'light' | 'dark', string>;
  region: string;
  regions: Record<'world' | 'europe', string>;
  height: string;
  heightHint: string;
  preview: string;
  desktop: string;
  phone: string;
  read: string;
  empty: string;
  /** `category`: the count's plural category in the maker's language (Intl.PluralRules). */
  rows: (count: string, category: Intl.LDMLPluralRule, kind: string) => string;
  problems: (count: string, category: Intl.LDMLPluralRule) => string;
  noChart: string;
  publish: string;
  embedCode: string;
  embedHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  iframePage: string;
  iframeHint: string;
  download: string;
  iframeCode: string;
  images: string;
  restore: string;
  restoreHint: string;
  restoreButton: string;
  restoreFile: string;
  restored: string;
  notRestored: string;
  draft: string;
  draftHint: string;
}

const en: MakerWords = {
  colon: ': ',
  heading: 'Make a chart',
  intro:
    'Your figures stay on this computer: this page sends them nowhere and keeps nothing unless you ask it to.',
  figures: 'Your figures',
  paste: 'Paste them here',
  describe: 'Your chart',
  keyColumn: 'the periods, names or countries',
  valueColumn: 'the figures drawn',
  otherColumns: 'not drawn',
  checksHeading: 'Your figures, and your checks',
  checksHint:
    'If you checked a figure against the document of the organisation that published it, say what you found. Readers see it next to the figure, in the data table and in the CSV.',
  check: 'Check',
  checkNone: 'Not checked',
  statuses: {
    confirmed: 'Confirmed',
    corrected: 'Corrected',
    'different-count': 'Counts something else',
    unverified: 'Not verified',
  },
  defaultNotes: {
    confirmed: 'The publisher’s own document gives this figure.',
    corrected: 'The publisher’s own document gives a different figure; both are shown.',
    'different-count': 'The publisher’s figure counts something else than this label says.',
    unverified: 'No document of the publisher with this figure was found.',
  },
  publisherFigure: 'The publisher’s figure',
  checkNote: 'Note on the check',
  moreRows: (count) => `The first ${count} rows are listed.`,
  figuresHint:
    'Paste them from Excel, LibreOffice or Google Sheets with their header row, or choose a CSV file. The first column is the period, country or name; the next holds the figures.',
  file: 'Or choose a CSV file',
  chart: 'Chart',
  chartHint: 'Only the charts that can show these figures are offered.',
  kinds: {
    'ncmec-timeline': 'Columns over time',
    surge: 'Columns over time, with the rise',
    'provider-bars': 'Bars, one per organisation',
    'hosting-map': 'Map, by country',
    severity: 'Shares compared',
    share: 'Shares of a whole',
    'stat-card': 'One figure, large',
  },
  notFitting: 'does not fit these figures',
  title: 'Title',
  subtitle: 'Subtitle',
  unit: 'Unit',
  unitHint: 'What is counted, such as reports or URLs.',
  source: 'Source: who published the figures',
  sourceTitle: 'Source: the document',
  notes: 'Notes',
  notesHint: 'One per line, shown under the chart.',
  language: 'Language of the chart',
  theme: 'Colours',
  themes: { auto: 'Like the reader’s device', light: 'Light', dark: 'Dark' },
  region: 'Map area',
  regions: { world: 'World', europe: 'Europe' },
  height: 'Height in pixels',
  heightHint: 'Leave empty for the chart’s own height.',
  preview: 'Preview',
  desktop: 'On a wide page (640 pixels)',
  phone: 'On a phone (320 pixels)',
  read: 'How your figures were read',
  empty: 'Paste your figures to begin.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'row' : 'rows'} read; the chart is drawn as “${kind}”.`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'problem' : 'problems'} in your figures: the preview lists them with their rows and columns.`,
  noChart: 'None of the charts can show these figures: see the problems in the preview.',
  publish: 'Put it on your site',
  embedCode: 'Embed code',
  embedHint:
    'For a page that allows scripts (WordPress with a custom HTML block, plain HTML). The figures are inside the code.',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'This page may not use the clipboard: the code is selected, copy it yourself.',
  iframePage: 'Iframe page',
  iframeHint:
    'For a CMS that allows only iframes. Upload my-chart.html to the site that hosts the Safeguard Charts folder, then use this iframe code with the file’s address instead of my-chart.html. Add frame-parent.js to your site’s template once, so the frame takes the chart’s height.',
  download: 'Download my-chart.html',
  iframeCode: 'Iframe code',
  images: 'The buttons under each preview download the chart as a PNG or SVG image and its figures as CSV.',
  restore: 'Edit a chart you made',
  restoreHint: 'Paste its embed code, or open its iframe page file.',
  restoreButton: 'Edit this chart',
  restoreFile: 'Or open an iframe page file',
  restored: 'The chart was loaded into the form.',
  notRestored: 'No chart was found in this code.',
  draft: 'Keep my draft in this browser',
  draftHint: 'Stored only in this browser on this computer; switch it off to delete it.',
};

const de: MakerWords = {
  colon: ': ',
  heading: 'Diagramm erstellen',
  intro:
    'Ihre Zahlen bleiben auf diesem Computer: Diese Seite sendet sie nirgendwohin und speichert nichts, wenn Sie es nicht wünschen.',
  figures: 'Ihre Zahlen',
  paste: 'Hier einfügen',
  describe: 'Ihr Diagramm',
  keyColumn: 'die Zeiträume, Namen oder Länder',
  valueColumn: 'die gezeichneten Zahlen',
  otherColumns: 'nicht gezeichnet',
  checksHeading: 'Ihre Zahlen und Ihre Prüfungen',
  checksHint:
    'Wenn Sie eine Zahl am Dokument der Organisation geprüft haben, die sie veröffentlicht hat, sagen Sie, was Sie gefunden haben. Leser sehen es neben der Zahl, in der Datentabelle und in der CSV-Datei.',
  check: 'Prüfung',
  checkNone: 'Nicht geprüft',
  statuses: {
    confirmed: 'Bestätigt',
    corrected: 'Korrigiert',
    'different-count': 'Zählt etwas anderes',
    unverified: 'Nicht bestätigt',
  },
  defaultNotes: {
    confirmed: 'Das eigene Dokument der herausgebenden Stelle nennt diese Zahl.',
    corrected: 'Das eigene Dokument der herausgebenden Stelle nennt eine andere Zahl; beide werden gezeigt.',
    'different-count': 'Die Zahl der herausgebenden Stelle zählt etwas anderes, als diese Beschriftung sagt.',
    unverified: 'Es wurde kein Dokument der herausgebenden Stelle mit dieser Zahl gefunden.',
  },
  publisherFigure: 'Zahl der herausgebenden Stelle',
  checkNote: 'Anmerkung zur Prüfung',
  moreRows: (count) => `Die ersten ${count} Zeilen sind aufgeführt.`,
  figuresHint:
    'Fügen Sie sie aus Excel, LibreOffice oder Google Tabellen mit der Kopfzeile ein, oder wählen Sie eine CSV-Datei. Die erste Spalte ist der Zeitraum, das Land oder der Name, die nächste enthält die Zahlen.',
  file: 'Oder eine CSV-Datei wählen',
  chart: 'Diagramm',
  chartHint: 'Angeboten werden nur die Diagramme, die diese Zahlen zeigen können.',
  kinds: {
    'ncmec-timeline': 'Säulen im Zeitverlauf',
    surge: 'Säulen im Zeitverlauf, mit dem Anstieg',
    'provider-bars': 'Balken, einer je Organisation',
    'hosting-map': 'Karte, nach Ländern',
    severity: 'Anteile im Vergleich',
    share: 'Anteile an einem Ganzen',
    'stat-card': 'Eine Zahl, groß',
  },
  notFitting: 'passt nicht zu diesen Zahlen',
  title: 'Titel',
  subtitle: 'Untertitel',
  unit: 'Einheit',
  unitHint: 'Was gezählt wird, etwa Meldungen oder URLs.',
  source: 'Quelle: wer die Zahlen veröffentlicht hat',
  sourceTitle: 'Quelle: das Dokument',
  notes: 'Anmerkungen',
  notesHint: 'Eine je Zeile, unter dem Diagramm gezeigt.',
  language: 'Sprache des Diagramms',
  theme: 'Farben',
  themes: { auto: 'Wie das Gerät der Leser', light: 'Hell', dark: 'Dunkel' },
  region: 'Kartenausschnitt',
  regions: { world: 'Welt', europe: 'Europa' },
  height: 'Höhe in Pixeln',
  heightHint: 'Leer lassen für die eigene Höhe des Diagramms.',
  preview: 'Vorschau',
  desktop: 'Auf einer breiten Seite (640 Pixel)',
  phone: 'Auf einem Telefon (320 Pixel)',
  read: 'So wurden Ihre Zahlen gelesen',
  empty: 'Fügen Sie Ihre Zahlen ein, um zu beginnen.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'Zeile' : 'Zeilen'} gelesen; das Diagramm wird als „${kind}“ gezeichnet.`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'Problem' : 'Probleme'} in Ihren Zahlen: Die Vorschau nennt sie mit Zeile und Spalte.`,
  noChart: 'Keines der Diagramme kann diese Zahlen zeigen: Die Probleme stehen in der Vorschau.',
  publish: 'Auf Ihre Website bringen',
  embedCode: 'Einbettungscode',
  embedHint:
    'Für Seiten, die Skripte erlauben (WordPress mit einem HTML-Block, einfaches HTML). Die Zahlen stehen im Code.',
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copyFailed:
    'Diese Seite darf die Zwischenablage nicht nutzen: Der Code ist markiert, kopieren Sie ihn selbst.',
  iframePage: 'Iframe-Seite',
  iframeHint:
    'Für ein CMS, das nur Iframes erlaubt. Laden Sie my-chart.html auf die Website, die den Ordner von Safeguard Charts bereitstellt, und setzen Sie in diesem Iframe-Code die Adresse der Datei statt my-chart.html ein. Fügen Sie frame-parent.js einmal in die Vorlage Ihrer Website ein, damit der Iframe die Höhe des Diagramms übernimmt.',
  download: 'my-chart.html herunterladen',
  iframeCode: 'Iframe-Code',
  images:
    'Die Schaltflächen unter jeder Vorschau laden das Diagramm als PNG- oder SVG-Bild und seine Zahlen als CSV herunter.',
  restore: 'Ein erstelltes Diagramm bearbeiten',
  restoreHint: 'Fügen Sie seinen Einbettungscode ein, oder öffnen Sie seine Iframe-Seite.',
  restoreButton: 'Dieses Diagramm bearbeiten',
  restoreFile: 'Oder eine Iframe-Seite öffnen',
  restored: 'Das Diagramm wurde in das Formular geladen.',
  notRestored: 'In diesem Code wurde kein Diagramm gefunden.',
  draft: 'Meinen Entwurf in diesem Browser behalten',
  draftHint: 'Nur in diesem Browser auf diesem Computer gespeichert; ausschalten, um ihn zu löschen.',
};

/** A counted phrase's form for a plural category, else its `other` form. */
const pluralForm = (
  category: Intl.LDMLPluralRule,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string => forms[category] ?? forms.other;

const ar: MakerWords = {
  colon: ': ',
  heading: 'إنشاء مخطط',
  intro: 'تبقى أرقامك على هذا الحاسوب: لا ترسلها هذه الصفحة إلى أي مكان، ولا تحتفظ بشيء إلا إذا طلبت ذلك.',
  figures: 'أرقامك',
  paste: 'الصقها هنا',
  describe: 'مخططك',
  keyColumn: 'الفترات أو الأسماء أو البلدان',
  valueColumn: 'الأرقام المرسومة',
  otherColumns: 'لا يُرسم',
  checksHeading: 'أرقامك والتحقق منها',
  checksHint:
    'إذا تحققت من رقم في وثيقة المنظمة التي نشرته، فاذكر ما وجدته. يرى القراء ذلك بجانب الرقم، وفي جدول البيانات، وفي ملف CSV.',
  check: 'التحقق',
  checkNone: 'دون تحقق',
  statuses: {
    confirmed: 'مؤكَّد',
    corrected: 'مصحَّح',
    'different-count': 'يحصي شيئًا آخر',
    unverified: 'غير متحقَّق منه',
  },
  defaultNotes: {
    confirmed: 'تذكر وثيقة الجهة الناشرة نفسها هذا الرقم.',
    corrected: 'تذكر وثيقة الجهة الناشرة نفسها رقمًا مختلفًا؛ ويُعرض الرقمان كلاهما.',
    'different-count': 'يحصي رقم الجهة الناشرة شيئًا غير ما تقوله هذه التسمية.',
    unverified: 'لم يُعثر على وثيقة من الجهة الناشرة فيها هذا الرقم.',
  },
  publisherFigure: 'رقم الجهة الناشرة',
  checkNote: 'ملاحظة على التحقق',
  moreRows: (count) => `تُعرض الصفوف الـ${count} الأولى فقط.`,
  figuresHint:
    'الصقها من Excel أو LibreOffice أو جداول بيانات Google مع صف العناوين، أو اختر ملف CSV. العمود الأول هو الفترة أو البلد أو الاسم، والعمود التالي فيه الأرقام.',
  file: 'أو اختر ملف CSV',
  chart: 'المخطط',
  chartHint: 'لا تظهر إلا المخططات التي تستطيع عرض هذه الأرقام.',
  kinds: {
    'ncmec-timeline': 'أعمدة عبر الزمن',
    surge: 'أعمدة عبر الزمن مع إبراز الارتفاع',
    'provider-bars': 'أشرطة، شريط لكل منظمة',
    'hosting-map': 'خريطة حسب البلد',
    severity: 'مقارنة الحصص',
    share: 'حصص من مجموع',
    'stat-card': 'رقم واحد بحجم كبير',
  },
  notFitting: 'لا يناسب هذه الأرقام',
  title: 'العنوان',
  subtitle: 'العنوان الفرعي',
  unit: 'الوحدة',
  unitHint: 'ما يُحصى، مثل البلاغات أو عناوين URL.',
  source: 'المصدر: الجهة التي نشرت الأرقام',
  sourceTitle: 'المصدر: الوثيقة',
  notes: 'ملاحظات',
  notesHint: 'ملاحظة واحدة في كل سطر، تظهر تحت المخطط.',
  language: 'لغة المخطط',
  theme: 'الألوان',
  themes: { auto: 'حسب جهاز القارئ', light: 'فاتح', dark: 'داكن' },
  region: 'نطاق الخريطة',
  regions: { world: 'العالم', europe: 'أوروبا' },
  height: 'الارتفاع بالبكسل',
  heightHint: 'اتركه فارغًا ليأخذ المخطط ارتفاعه الخاص.',
  preview: 'معاينة',
  desktop: 'في صفحة عريضة (640 بكسل)',
  phone: 'في هاتف (320 بكسل)',
  read: 'كيف قُرئت أرقامك',
  empty: 'الصق أرقامك للبدء.',
  rows: (count, category, kind) =>
    `${pluralForm(category, {
      zero: 'لم يُقرأ أي صف',
      one: 'تمت قراءة صف واحد',
      two: 'تمت قراءة صفين',
      few: `تمت قراءة ${count} صفوف`,
      many: `تمت قراءة ${count} صفًا`,
      other: `تمت قراءة ${count} صف`,
    })}، ويُرسم المخطط على هيئة «${kind}».`,
  problems: (count, category) =>
    `في أرقامك ${pluralForm(category, {
      one: 'مشكلة واحدة',
      two: 'مشكلتان',
      few: `${count} مشكلات`,
      other: `${count} مشكلة`,
    })}: تعرضها المعاينة مع صفوفها وأعمدتها.`,
  noChart: 'لا يستطيع أي من المخططات عرض هذه الأرقام: انظر المشكلات في المعاينة.',
  publish: 'النشر على موقعك',
  embedCode: 'رمز التضمين',
  embedHint:
    'لصفحة تسمح بالنصوص البرمجية (WordPress مع مكوّن HTML مخصّص، أو HTML عادي). الأرقام موجودة داخل الرمز.',
  copy: 'نسخ',
  copied: 'تم النسخ.',
  copyFailed: 'لا يُسمح لهذه الصفحة باستخدام الحافظة: الرمز محدَّد، فانسخه بنفسك.',
  iframePage: 'صفحة iframe',
  iframeHint:
    'لنظام إدارة محتوى (CMS) لا يسمح إلا بإطارات iframe. ارفع my-chart.html إلى الموقع الذي يستضيف مجلد Safeguard Charts، ثم استخدم رمز iframe هذا مع عنوان الملف بدلًا من my-chart.html. أضف frame-parent.js إلى قالب موقعك مرة واحدة، ليأخذ الإطار ارتفاع المخطط.',
  download: 'تنزيل my-chart.html',
  iframeCode: 'رمز iframe',
  images: 'تنزّل الأزرار الموجودة تحت كل معاينة المخطط صورةً بصيغة PNG أو SVG، وأرقامه بصيغة CSV.',
  restore: 'تعديل مخطط أنشأته',
  restoreHint: 'الصق رمز التضمين الخاص به، أو افتح ملف صفحة iframe الخاص به.',
  restoreButton: 'تعديل هذا المخطط',
  restoreFile: 'أو افتح ملف صفحة iframe',
  restored: 'تم تحميل المخطط في النموذج.',
  notRestored: 'لم يُعثر على أي مخطط في هذا الرمز.',
  draft: 'الاحتفاظ بمسودتي في هذا المتصفح',
  draftHint: 'تُحفظ في هذا المتصفح على هذا الحاسوب فقط؛ أوقف هذا الخيار لحذفها.',
};

const es: MakerWords = {
  colon: ': ',
  heading: 'Crear un gráfico',
  intro:
    'Sus cifras se quedan en este equipo: esta página no las envía a ningún sitio y no guarda nada salvo que usted lo pida.',
  figures: 'Sus cifras',
  paste: 'Péguelas aquí',
  describe: 'Su gráfico',
  keyColumn: 'los periodos, nombres o países',
  valueColumn: 'las cifras representadas',
  otherColumns: 'no se representa',
  checksHeading: 'Sus cifras y sus verificaciones',
  checksHint:
    'Si ha verificado una cifra en el documento de la organización que la publicó, indique lo que encontró. Los lectores lo ven junto a la cifra, en la tabla de datos y en el CSV.',
  check: 'Verificación',
  checkNone: 'Sin verificación',
  statuses: {
    confirmed: 'Confirmado',
    corrected: 'Corregido',
    'different-count': 'Cuenta otra cosa',
    unverified: 'No verificado',
  },
  defaultNotes: {
    confirmed: 'El propio documento del editor da esta cifra.',
    corrected: 'El propio documento del editor da una cifra distinta; se muestran las dos.',
    'different-count': 'La cifra del editor cuenta algo distinto de lo que dice esta etiqueta.',
    unverified: 'No se encontró ningún documento del editor con esta cifra.',
  },
  publisherFigure: 'Cifra del editor',
  checkNote: 'Nota sobre la verificación',
  moreRows: (count) => `Se muestran las primeras ${count} filas.`,
  figuresHint:
    'Péguelas desde Excel, LibreOffice u Hojas de cálculo de Google con su fila de encabezado, o elija un archivo CSV. La primera columna es el periodo, el país o el nombre; la siguiente contiene las cifras.',
  file: 'O elija un archivo CSV',
  chart: 'Gráfico',
  chartHint: 'Solo se ofrecen los gráficos que pueden mostrar estas cifras.',
  kinds: {
    'ncmec-timeline': 'Columnas a lo largo del tiempo',
    surge: 'Columnas a lo largo del tiempo, con el aumento',
    'provider-bars': 'Barras, una por organización',
    'hosting-map': 'Mapa, por país',
    severity: 'Proporciones comparadas',
    share: 'Partes de un total',
    'stat-card': 'Una cifra, en grande',
  },
  notFitting: 'no se ajusta a estas cifras',
  title: 'Título',
  subtitle: 'Subtítulo',
  unit: 'Unidad',
  unitHint: 'Lo que se cuenta, como denuncias o URL.',
  source: 'Fuente: quién publicó las cifras',
  sourceTitle: 'Fuente: el documento',
  notes: 'Notas',
  notesHint: 'Una por línea; se muestran debajo del gráfico.',
  language: 'Idioma del gráfico',
  theme: 'Colores',
  themes: { auto: 'Como el dispositivo del lector', light: 'Claro', dark: 'Oscuro' },
  region: 'Zona del mapa',
  regions: { world: 'Mundo', europe: 'Europa' },
  height: 'Altura en píxeles',
  heightHint: 'Déjela vacía para usar la altura propia del gráfico.',
  preview: 'Vista previa',
  desktop: 'En una página ancha (640 píxeles)',
  phone: 'En un teléfono (320 píxeles)',
  read: 'Cómo se han leído sus cifras',
  empty: 'Pegue sus cifras para empezar.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'fila leída' : category === 'many' ? 'de filas leídas' : 'filas leídas'}; el gráfico se dibuja como «${kind}».`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'problema' : category === 'many' ? 'de problemas' : 'problemas'} en sus cifras: la vista previa los enumera con sus filas y columnas.`,
  noChart: 'Ninguno de los gráficos puede mostrar estas cifras: vea los problemas en la vista previa.',
  publish: 'Publicarlo en su sitio web',
  embedCode: 'Código para insertar',
  embedHint:
    'Para una página que admite scripts (WordPress con un bloque HTML personalizado, HTML simple). Las cifras están dentro del código.',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'Esta página no puede usar el portapapeles: el código está seleccionado, cópielo usted.',
  iframePage: 'Página iframe',
  iframeHint:
    'Para un CMS que solo admite iframes. Suba my-chart.html al sitio que aloja la carpeta de Safeguard Charts y use este código iframe con la dirección del archivo en lugar de my-chart.html. Añada una vez frame-parent.js a la plantilla de su sitio para que el marco tome la altura del gráfico.',
  download: 'Descargar my-chart.html',
  iframeCode: 'Código iframe',
  images:
    'Los botones bajo cada vista previa descargan el gráfico como imagen PNG o SVG y sus cifras como CSV.',
  restore: 'Editar un gráfico ya creado',
  restoreHint: 'Pegue su código para insertar o abra su archivo de página iframe.',
  restoreButton: 'Editar este gráfico',
  restoreFile: 'O abra un archivo de página iframe',
  restored: 'El gráfico se ha cargado en el formulario.',
  notRestored: 'No se ha encontrado ningún gráfico en este código.',
  draft: 'Guardar mi borrador en este navegador',
  draftHint: 'Solo se guarda en este navegador, en este equipo; desactívelo para borrarlo.',
};

const fr: MakerWords = {
  colon: '\u00a0: ',
  heading: 'Créer un graphique',
  intro:
    'Vos chiffres restent sur cet ordinateur\u00a0: cette page ne les envoie nulle part et ne conserve rien sans que vous le demandiez.',
  figures: 'Vos chiffres',
  paste: 'Collez-les ici',
  describe: 'Votre graphique',
  keyColumn: 'les périodes, noms ou pays',
  valueColumn: 'les chiffres représentés',
  otherColumns: 'non représentée',
  checksHeading: 'Vos chiffres et vos vérifications',
  checksHint:
    'Si vous avez vérifié un chiffre dans le document de l’organisation qui l’a publié, indiquez ce que vous avez trouvé. Les lecteurs le voient à côté du chiffre, dans le tableau de données et dans le CSV.',
  check: 'Vérification',
  checkNone: 'Aucune vérification',
  statuses: {
    confirmed: 'Confirmé',
    corrected: 'Corrigé',
    'different-count': 'Compte autre chose',
    unverified: 'Non vérifié',
  },
  defaultNotes: {
    confirmed: 'Le document de l’éditeur lui-même donne ce chiffre.',
    corrected: 'Le document de l’éditeur lui-même donne un autre chiffre\u00a0; les deux sont affichés.',
    'different-count': 'Le chiffre de l’éditeur compte autre chose que ce que dit ce libellé.',
    unverified: 'Aucun document de l’éditeur donnant ce chiffre n’a été trouvé.',
  },
  publisherFigure: 'Chiffre de l’éditeur',
  checkNote: 'Note sur la vérification',
  moreRows: (count) => `Les ${count} premières lignes sont affichées.`,
  figuresHint:
    'Collez-les depuis Excel, LibreOffice ou Google Sheets avec leur ligne d’en-tête, ou choisissez un fichier CSV. La première colonne est la période, le pays ou le nom\u00a0; la suivante contient les chiffres.',
  file: 'Ou choisissez un fichier CSV',
  chart: 'Graphique',
  chartHint: 'Seuls les graphiques capables d’afficher ces chiffres sont proposés.',
  kinds: {
    'ncmec-timeline': 'Colonnes dans le temps',
    surge: 'Colonnes dans le temps, avec la hausse',
    'provider-bars': 'Barres, une par organisation',
    'hosting-map': 'Carte, par pays',
    severity: 'Parts comparées',
    share: 'Parts d’un tout',
    'stat-card': 'Un chiffre, en grand',
  },
  notFitting: 'ne convient pas à ces chiffres',
  title: 'Titre',
  subtitle: 'Sous-titre',
  unit: 'Unité',
  unitHint: 'Ce qui est compté, par exemple des signalements ou des URL.',
  source: 'Source\u00a0: qui a publié les chiffres',
  sourceTitle: 'Source\u00a0: le document',
  notes: 'Notes',
  notesHint: 'Une par ligne, affichées sous le graphique.',
  language: 'Langue du graphique',
  theme: 'Couleurs',
  themes: { auto: 'Comme l’appareil du lecteur', light: 'Clair', dark: 'Sombre' },
  region: 'Zone de la carte',
  regions: { world: 'Monde', europe: 'Europe' },
  height: 'Hauteur en pixels',
  heightHint: 'Laissez vide pour garder la hauteur propre au graphique.',
  preview: 'Aperçu',
  desktop: 'Sur une page large (640 pixels)',
  phone: 'Sur un téléphone (320 pixels)',
  read: 'Comment vos chiffres ont été lus',
  empty: 'Collez vos chiffres pour commencer.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'ligne lue' : category === 'many' ? 'de lignes lues' : 'lignes lues'}\u00a0; le graphique est tracé sous la forme «\u00a0${kind}\u00a0».`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'problème' : category === 'many' ? 'de problèmes' : 'problèmes'} dans vos chiffres\u00a0: l’aperçu les indique avec leurs lignes et colonnes.`,
  noChart: 'Aucun graphique ne peut afficher ces chiffres\u00a0: consultez les problèmes dans l’aperçu.',
  publish: 'Le mettre sur votre site',
  embedCode: 'Code d’intégration',
  embedHint:
    'Pour une page qui autorise les scripts (WordPress avec un bloc HTML personnalisé, HTML simple). Les chiffres sont dans le code.',
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed:
    'Cette page n’a pas accès au presse-papiers\u00a0: le code est sélectionné, copiez-le vous-même.',
  iframePage: 'Page iframe',
  iframeHint:
    'Pour un CMS qui n’autorise que les iframes. Téléversez my-chart.html sur le site qui héberge le dossier Safeguard Charts, puis utilisez ce code iframe avec l’adresse du fichier à la place de my-chart.html. Ajoutez une fois frame-parent.js au modèle de votre site, pour que le cadre prenne la hauteur du graphique.',
  download: 'Télécharger my-chart.html',
  iframeCode: 'Code iframe',
  images:
    'Les boutons sous chaque aperçu téléchargent le graphique en image PNG ou SVG, et ses chiffres en CSV.',
  restore: 'Modifier un graphique déjà créé',
  restoreHint: 'Collez son code d’intégration, ou ouvrez son fichier de page iframe.',
  restoreButton: 'Modifier ce graphique',
  restoreFile: 'Ou ouvrez un fichier de page iframe',
  restored: 'Le graphique a été chargé dans le formulaire.',
  notRestored: 'Aucun graphique n’a été trouvé dans ce code.',
  draft: 'Garder mon brouillon dans ce navigateur',
  draftHint:
    'Enregistré uniquement dans ce navigateur, sur cet ordinateur\u00a0; désactivez l’option pour le supprimer.',
};

const it: MakerWords = {
  colon: ': ',
  heading: 'Creare un grafico',
  intro:
    'I vostri dati restano su questo computer: questa pagina non li invia da nessuna parte e non conserva nulla, se non lo chiedete voi.',
  figures: 'I vostri dati',
  paste: 'Incollateli qui',
  describe: 'Il vostro grafico',
  keyColumn: 'i periodi, i nomi o i paesi',
  valueColumn: 'i valori rappresentati',
  otherColumns: 'non rappresentata',
  checksHeading: 'I vostri dati e le vostre verifiche',
  checksHint:
    'Se avete verificato un dato sul documento dell’organizzazione che lo ha pubblicato, indicate che cosa avete trovato. I lettori lo vedono accanto al dato, nella tabella dei dati e nel CSV.',
  check: 'Verifica',
  checkNone: 'Nessuna verifica',
  statuses: {
    confirmed: 'Confermato',
    corrected: 'Corretto',
    'different-count': 'Conta altro',
    unverified: 'Non verificato',
  },
  defaultNotes: {
    confirmed: 'Il documento dell’editore stesso riporta questo dato.',
    corrected: 'Il documento dell’editore stesso riporta un dato diverso; sono mostrati entrambi.',
    'different-count': 'Il dato dell’editore conta altro rispetto a quanto dice questa etichetta.',
    unverified: 'Non è stato trovato nessun documento dell’editore con questo dato.',
  },
  publisherFigure: 'Dato dell’editore',
  checkNote: 'Nota sulla verifica',
  moreRows: (count) => `Sono elencate le prime ${count} righe.`,
  figuresHint:
    'Incollateli da Excel, LibreOffice o Fogli Google con la riga di intestazione, oppure scegliete un file CSV. La prima colonna è il periodo, il paese o il nome; la successiva contiene i valori.',
  file: 'Oppure scegliete un file CSV',
  chart: 'Grafico',
  chartHint: 'Sono proposti solo i grafici che possono mostrare questi dati.',
  kinds: {
    'ncmec-timeline': 'Colonne nel tempo',
    surge: 'Colonne nel tempo, con l’aumento',
    'provider-bars': 'Barre, una per organizzazione',
    'hosting-map': 'Mappa, per paese',
    severity: 'Quote a confronto',
    share: 'Parti di un totale',
    'stat-card': 'Un solo valore, in grande',
  },
  notFitting: 'non adatto a questi dati',
  title: 'Titolo',
  subtitle: 'Sottotitolo',
  unit: 'Unità',
  unitHint: 'Ciò che si conta, per esempio segnalazioni o URL.',
  source: 'Fonte: chi ha pubblicato i dati',
  sourceTitle: 'Fonte: il documento',
  notes: 'Note',
  notesHint: 'Una per riga, mostrate sotto il grafico.',
  language: 'Lingua del grafico',
  theme: 'Colori',
  themes: { auto: 'Come il dispositivo del lettore', light: 'Chiaro', dark: 'Scuro' },
  region: 'Area della mappa',
  regions: { world: 'Mondo', europe: 'Europa' },
  height: 'Altezza in pixel',
  heightHint: 'Lasciate vuoto per l’altezza propria del grafico.',
  preview: 'Anteprima',
  desktop: 'Su una pagina larga (640 pixel)',
  phone: 'Su un telefono (320 pixel)',
  read: 'Come sono stati letti i vostri dati',
  empty: 'Incollate i vostri dati per iniziare.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'riga letta' : category === 'many' ? 'di righe lette' : 'righe lette'}; il grafico è disegnato come «${kind}».`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'problema' : category === 'many' ? 'di problemi' : 'problemi'} nei vostri dati: l’anteprima li elenca con le loro righe e colonne.`,
  noChart: 'Nessuno dei grafici può mostrare questi dati: consultate i problemi nell’anteprima.',
  publish: 'Pubblicarlo sul vostro sito',
  embedCode: 'Codice di incorporamento',
  embedHint:
    'Per una pagina che consente gli script (WordPress con un blocco HTML personalizzato, HTML semplice). I dati sono nel codice.',
  copy: 'Copia',
  copied: 'Copiato.',
  copyFailed: 'Questa pagina non può usare gli appunti: il codice è selezionato, copiatelo voi.',
  iframePage: 'Pagina iframe',
  iframeHint:
    'Per un CMS che consente solo iframe. Caricate my-chart.html sul sito che ospita la cartella di Safeguard Charts, poi usate questo codice iframe con l’indirizzo del file al posto di my-chart.html. Aggiungete una volta frame-parent.js al modello del vostro sito, così il riquadro prende l’altezza del grafico.',
  download: 'Scarica my-chart.html',
  iframeCode: 'Codice iframe',
  images:
    'I pulsanti sotto ogni anteprima scaricano il grafico come immagine PNG o SVG e i suoi dati come CSV.',
  restore: 'Modificare un grafico già creato',
  restoreHint: 'Incollate il suo codice di incorporamento, oppure aprite il suo file di pagina iframe.',
  restoreButton: 'Modifica questo grafico',
  restoreFile: 'Oppure aprite un file di pagina iframe',
  restored: 'Il grafico è stato caricato nel modulo.',
  notRestored: 'In questo codice non è stato trovato nessun grafico.',
  draft: 'Conserva la mia bozza in questo browser',
  draftHint: 'Salvata solo in questo browser su questo computer; disattivate l’opzione per eliminarla.',
};

const ja: MakerWords = {
  colon: '：',
  heading: 'グラフを作成',
  intro:
    'データはこのコンピューターの中にとどまります。このページはデータをどこにも送信せず、指示がない限り何も保存しません。',
  figures: 'データ',
  paste: 'ここに貼り付け',
  describe: 'グラフの設定',
  keyColumn: '期間・名前・国',
  valueColumn: 'グラフに描く数値',
  otherColumns: 'グラフには描かない',
  checksHeading: 'データと検証',
  checksHint:
    '数値を、それを公表した組織の文書と照らし合わせて確認した場合は、その結果を入力してください。閲覧者には、数値の横、データ表、CSVに表示されます。',
  check: '検証',
  checkNone: '検証なし',
  statuses: {
    confirmed: '確認済み',
    corrected: '訂正あり',
    'different-count': '別のものを数えている',
    unverified: '未検証',
  },
  defaultNotes: {
    confirmed: '発行元自身の文書にこの数値が記載されています。',
    corrected: '発行元自身の文書には別の数値が記載されています。両方を表示しています。',
    'different-count': '発行元の数値は、このラベルが示すものとは別のものを数えています。',
    unverified: 'この数値が記載された発行元の文書は見つかりませんでした。',
  },
  publisherFigure: '発行元の数値',
  checkNote: '検証についての注記',
  moreRows: (count) => `最初の${count}行を表示しています。`,
  figuresHint:
    'Excel、LibreOffice、Google スプレッドシートから見出し行ごと貼り付けるか、CSVファイルを選んでください。1列目は期間・国・名前、次の列は数値です。',
  file: 'またはCSVファイルを選択',
  chart: 'グラフの種類',
  chartHint: 'このデータを表示できるグラフだけが選べます。',
  kinds: {
    'ncmec-timeline': '時系列の縦棒グラフ',
    surge: '増加を示す時系列の縦棒グラフ',
    'provider-bars': '組織ごとの横棒グラフ',
    'hosting-map': '国別の地図',
    severity: '割合の比較',
    share: '全体に占める割合',
    'stat-card': '1つの数値を大きく表示',
  },
  notFitting: 'このデータには使えません',
  title: 'タイトル',
  subtitle: 'サブタイトル',
  unit: '単位',
  unitHint: '数える対象。通報件数やURLなど。',
  source: '出典：数値の公表元',
  sourceTitle: '出典：文書名',
  notes: '注記',
  notesHint: '1行に1つ。グラフの下に表示されます。',
  language: 'グラフの言語',
  theme: '配色',
  themes: { auto: '閲覧者の端末に合わせる', light: 'ライト', dark: 'ダーク' },
  region: '地図の範囲',
  regions: { world: '世界', europe: 'ヨーロッパ' },
  height: '高さ（ピクセル）',
  heightHint: '空欄にすると、グラフ本来の高さになります。',
  preview: 'プレビュー',
  desktop: '幅の広いページ（640ピクセル）',
  phone: 'スマートフォン（320ピクセル）',
  read: 'データの読み取り結果',
  empty: 'まずデータを貼り付けてください。',
  rows: (count, _category, kind) => `${count}行を読み取りました。グラフは「${kind}」で描画されます。`,
  problems: (count) => `データに${count}件の問題があります。プレビューで該当する行と列を確認できます。`,
  noChart: 'このデータを表示できるグラフはありません。プレビューで問題を確認してください。',
  publish: 'サイトに掲載',
  embedCode: '埋め込みコード',
  embedHint:
    'スクリプトを使えるページ向けです（WordPressのカスタムHTMLブロック、通常のHTML）。数値はコードの中に含まれています。',
  copy: 'コピー',
  copied: 'コピーしました。',
  copyFailed: 'このページではクリップボードを使えません。コードを選択したので、手動でコピーしてください。',
  iframePage: 'iframeページ',
  iframeHint:
    'iframeしか使えないCMS向けです。my-chart.htmlをSafeguard Chartsのフォルダーがあるサイトにアップロードし、このiframeコードのmy-chart.htmlをそのファイルのアドレスに置き換えて使ってください。サイトのテンプレートにframe-parent.jsを一度追加すると、枠の高さがグラフに合わせて調整されます。',
  download: 'my-chart.htmlをダウンロード',
  iframeCode: 'iframeコード',
  images: '各プレビューの下のボタンで、グラフをPNGまたはSVG画像として、数値をCSVとしてダウンロードできます。',
  restore: '作成済みのグラフを編集',
  restoreHint: '埋め込みコードを貼り付けるか、iframeページのファイルを開いてください。',
  restoreButton: 'このグラフを編集',
  restoreFile: 'またはiframeページのファイルを開く',
  restored: 'グラフをフォームに読み込みました。',
  notRestored: 'このコードにグラフは見つかりませんでした。',
  draft: '下書きをこのブラウザーに保存',
  draftHint: 'このコンピューターのこのブラウザーにのみ保存されます。オフにすると削除されます。',
};

const nl: MakerWords = {
  colon: ': ',
  heading: 'Een grafiek maken',
  intro:
    'Uw cijfers blijven op deze computer: deze pagina stuurt ze nergens heen en bewaart niets, tenzij u daarom vraagt.',
  figures: 'Uw cijfers',
  paste: 'Plak ze hier',
  describe: 'Uw grafiek',
  keyColumn: 'de periodes, namen of landen',
  valueColumn: 'de getekende cijfers',
  otherColumns: 'niet getekend',
  checksHeading: 'Uw cijfers en uw controles',
  checksHint:
    'Als u een cijfer hebt gecontroleerd in het document van de organisatie die het heeft gepubliceerd, geef dan aan wat u hebt gevonden. Lezers zien dat naast het cijfer, in de gegevenstabel en in het CSV-bestand.',
  check: 'Controle',
  checkNone: 'Geen controle',
  statuses: {
    confirmed: 'Bevestigd',
    corrected: 'Gecorrigeerd',
    'different-count': 'Telt iets anders',
    unverified: 'Niet geverifieerd',
  },
  defaultNotes: {
    confirmed: 'Het eigen document van de uitgever geeft dit cijfer.',
    corrected: 'Het eigen document van de uitgever geeft een ander cijfer; beide worden getoond.',
    'different-count': 'Het cijfer van de uitgever telt iets anders dan dit label zegt.',
    unverified: 'Er is geen document van de uitgever met dit cijfer gevonden.',
  },
  publisherFigure: 'Cijfer van de uitgever',
  checkNote: 'Opmerking bij de controle',
  moreRows: (count) => `De eerste ${count} rijen worden getoond.`,
  figuresHint:
    'Plak ze uit Excel, LibreOffice of Google Spreadsheets met hun kopregel, of kies een CSV-bestand. De eerste kolom is de periode, het land of de naam; de volgende bevat de cijfers.',
  file: 'Of kies een CSV-bestand',
  chart: 'Grafiek',
  chartHint: 'Alleen de grafieken die deze cijfers kunnen tonen, worden aangeboden.',
  kinds: {
    'ncmec-timeline': 'Kolommen door de tijd',
    surge: 'Kolommen door de tijd, met de stijging',
    'provider-bars': 'Staven, één per organisatie',
    'hosting-map': 'Kaart, per land',
    severity: 'Aandelen vergeleken',
    share: 'Aandelen van een geheel',
    'stat-card': 'Eén cijfer, groot',
  },
  notFitting: 'past niet bij deze cijfers',
  title: 'Titel',
  subtitle: 'Ondertitel',
  unit: 'Eenheid',
  unitHint: 'Wat er geteld wordt, zoals meldingen of URL’s.',
  source: 'Bron: wie de cijfers heeft gepubliceerd',
  sourceTitle: 'Bron: het document',
  notes: 'Opmerkingen',
  notesHint: 'Eén per regel, getoond onder de grafiek.',
  language: 'Taal van de grafiek',
  theme: 'Kleuren',
  themes: { auto: 'Zoals het apparaat van de lezer', light: 'Licht', dark: 'Donker' },
  region: 'Kaartgebied',
  regions: { world: 'Wereld', europe: 'Europa' },
  height: 'Hoogte in pixels',
  heightHint: 'Laat leeg voor de eigen hoogte van de grafiek.',
  preview: 'Voorbeeld',
  desktop: 'Op een brede pagina (640 pixels)',
  phone: 'Op een telefoon (320 pixels)',
  read: 'Zo zijn uw cijfers gelezen',
  empty: 'Plak uw cijfers om te beginnen.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'rij' : 'rijen'} gelezen; de grafiek wordt getekend als ‘${kind}’.`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'probleem' : 'problemen'} in uw cijfers: het voorbeeld toont ze met hun rijen en kolommen.`,
  noChart: 'Geen van de grafieken kan deze cijfers tonen: zie de problemen in het voorbeeld.',
  publish: 'Op uw website zetten',
  embedCode: 'Insluitcode',
  embedHint:
    'Voor een pagina die scripts toestaat (WordPress met een aangepast HTML-blok, gewone HTML). De cijfers staan in de code.',
  copy: 'Kopiëren',
  copied: 'Gekopieerd.',
  copyFailed: 'Deze pagina mag het klembord niet gebruiken: de code is geselecteerd, kopieer hem zelf.',
  iframePage: 'Iframe-pagina',
  iframeHint:
    'Voor een CMS dat alleen iframes toestaat. Upload my-chart.html naar de website waarop de map van Safeguard Charts staat, en gebruik dan deze iframe-code met het adres van het bestand in plaats van my-chart.html. Voeg frame-parent.js eenmalig toe aan de sjabloon van uw website, zodat het frame de hoogte van de grafiek overneemt.',
  download: 'my-chart.html downloaden',
  iframeCode: 'Iframe-code',
  images:
    'Met de knoppen onder elk voorbeeld downloadt u de grafiek als PNG- of SVG-afbeelding en de cijfers als CSV.',
  restore: 'Een gemaakte grafiek bewerken',
  restoreHint: 'Plak de insluitcode ervan, of open het bestand van de iframe-pagina.',
  restoreButton: 'Deze grafiek bewerken',
  restoreFile: 'Of open het bestand van een iframe-pagina',
  restored: 'De grafiek is in het formulier geladen.',
  notRestored: 'In deze code is geen grafiek gevonden.',
  draft: 'Mijn concept in deze browser bewaren',
  draftHint: 'Alleen opgeslagen in deze browser op deze computer; zet dit uit om het te verwijderen.',
};

const pl: MakerWords = {
  colon: ': ',
  heading: 'Tworzenie wykresu',
  intro:
    'Dane pozostają na tym komputerze: ta strona nigdzie ich nie wysyła i niczego nie przechowuje bez wyraźnej prośby.',
  figures: 'Dane',
  paste: 'Wklej je tutaj',
  describe: 'Wykres',
  keyColumn: 'okresy, nazwy lub kraje',
  valueColumn: 'liczby na wykresie',
  otherColumns: 'pominięta na wykresie',
  checksHeading: 'Dane i ich weryfikacja',
  checksHint:
    'Jeśli liczba została sprawdzona w dokumencie organizacji, która ją opublikowała, wskaż wynik weryfikacji. Czytelnicy zobaczą go obok liczby, w tabeli danych i w pliku CSV.',
  check: 'Weryfikacja',
  checkNone: 'Bez weryfikacji',
  statuses: {
    confirmed: 'Potwierdzone',
    corrected: 'Skorygowane',
    'different-count': 'Liczy coś innego',
    unverified: 'Niezweryfikowane',
  },
  defaultNotes: {
    confirmed: 'Własny dokument wydawcy podaje tę liczbę.',
    corrected: 'Własny dokument wydawcy podaje inną liczbę; pokazane są obie.',
    'different-count': 'Liczba wydawcy dotyczy czegoś innego, niż mówi ta etykieta.',
    unverified: 'Nie znaleziono dokumentu wydawcy z tą liczbą.',
  },
  publisherFigure: 'Liczba według wydawcy',
  checkNote: 'Uwaga do weryfikacji',
  moreRows: (count) => `Lista obejmuje tylko pierwsze wiersze (${count}).`,
  figuresHint:
    'Wklej je z Excela, LibreOffice lub Arkuszy Google razem z wierszem nagłówka albo wybierz plik CSV. Pierwsza kolumna to okres, kraj lub nazwa; następna zawiera liczby.',
  file: 'Albo wybierz plik CSV',
  chart: 'Rodzaj wykresu',
  chartHint: 'Dostępne są tylko wykresy, które mogą pokazać te dane.',
  kinds: {
    'ncmec-timeline': 'Kolumny w czasie',
    surge: 'Kolumny w czasie, ze wzrostem',
    'provider-bars': 'Słupki, po jednym na organizację',
    'hosting-map': 'Mapa według krajów',
    severity: 'Porównanie udziałów',
    share: 'Udziały w całości',
    'stat-card': 'Jedna liczba, duża',
  },
  notFitting: 'nie pasuje do tych danych',
  title: 'Tytuł',
  subtitle: 'Podtytuł',
  unit: 'Jednostka',
  unitHint: 'Co jest liczone, np. zgłoszenia lub adresy URL.',
  source: 'Źródło: kto opublikował dane',
  sourceTitle: 'Źródło: dokument',
  notes: 'Uwagi',
  notesHint: 'Każda w osobnym wierszu; pojawiają się pod wykresem.',
  language: 'Język wykresu',
  theme: 'Kolory',
  themes: { auto: 'Jak na urządzeniu czytelnika', light: 'Jasne', dark: 'Ciemne' },
  region: 'Obszar mapy',
  regions: { world: 'Świat', europe: 'Europa' },
  height: 'Wysokość w pikselach',
  heightHint: 'Puste pole oznacza własną wysokość wykresu.',
  preview: 'Podgląd',
  desktop: 'Na szerokiej stronie (640 pikseli)',
  phone: 'Na telefonie (320 pikseli)',
  read: 'Jak odczytano dane',
  empty: 'Wklej dane, aby zacząć.',
  rows: (count, category, kind) =>
    `Odczytano ${count} ${pluralForm(category, { one: 'wiersz', few: 'wiersze', many: 'wierszy', other: 'wiersza' })}; wykres zostanie narysowany jako „${kind}”.`,
  problems: (count, category) =>
    `Znaleziono ${count} ${pluralForm(category, { one: 'problem', few: 'problemy', many: 'problemów', other: 'problemu' })} w danych: podgląd wymienia je wraz z wierszami i kolumnami.`,
  noChart: 'Żaden wykres nie może pokazać tych danych: problemy są opisane w podglądzie.',
  publish: 'Publikacja na stronie',
  embedCode: 'Kod do osadzenia',
  embedHint:
    'Dla stron, które pozwalają na skrypty (WordPress z własnym blokiem HTML, zwykły HTML). Dane są zawarte w kodzie.',
  copy: 'Kopiuj',
  copied: 'Skopiowano.',
  copyFailed: 'Ta strona nie ma dostępu do schowka: kod jest zaznaczony, skopiuj go samodzielnie.',
  iframePage: 'Strona iframe',
  iframeHint:
    'Dla CMS-ów, które pozwalają tylko na ramki iframe. Prześlij my-chart.html do serwisu, w którym znajduje się folder Safeguard Charts, a potem użyj tego kodu iframe z adresem pliku zamiast my-chart.html. Dodaj jednorazowo frame-parent.js do szablonu strony, aby ramka przyjmowała wysokość wykresu.',
  download: 'Pobierz my-chart.html',
  iframeCode: 'Kod iframe',
  images: 'Przyciski pod każdym podglądem pobierają wykres jako obraz PNG lub SVG, a jego dane jako CSV.',
  restore: 'Edycja utworzonego wcześniej wykresu',
  restoreHint: 'Wklej jego kod do osadzenia albo otwórz jego plik strony iframe.',
  restoreButton: 'Edytuj ten wykres',
  restoreFile: 'Albo otwórz plik strony iframe',
  restored: 'Wykres został wczytany do formularza.',
  notRestored: 'W tym kodzie nie znaleziono wykresu.',
  draft: 'Zachowaj szkic w tej przeglądarce',
  draftHint: 'Przechowywany tylko w tej przeglądarce na tym komputerze; wyłącz tę opcję, aby go usunąć.',
};

const pt: MakerWords = {
  colon: ': ',
  heading: 'Criar um gráfico',
  intro:
    'Os seus números ficam neste computador: esta página não os envia para lado nenhum e não guarda nada, a não ser que o peça.',
  figures: 'Os seus números',
  paste: 'Cole-os aqui',
  describe: 'O seu gráfico',
  keyColumn: 'os períodos, nomes ou países',
  valueColumn: 'os números representados',
  otherColumns: 'não representada',
  checksHeading: 'Os seus números e as suas verificações',
  checksHint:
    'Se verificou um número no documento da organização que o publicou, indique o que encontrou. Os leitores veem-no junto ao número, na tabela de dados e no CSV.',
  check: 'Verificação',
  checkNone: 'Sem verificação',
  statuses: {
    confirmed: 'Confirmado',
    corrected: 'Corrigido',
    'different-count': 'Conta outra coisa',
    unverified: 'Não verificado',
  },
  defaultNotes: {
    confirmed: 'O próprio documento do editor indica este número.',
    corrected: 'O próprio documento do editor indica um número diferente; são mostrados os dois.',
    'different-count': 'O número do editor conta algo diferente do que esta etiqueta indica.',
    unverified: 'Não foi encontrado nenhum documento do editor com este número.',
  },
  publisherFigure: 'Número do editor',
  checkNote: 'Nota sobre a verificação',
  moreRows: (count) => `São apresentadas as primeiras ${count} linhas.`,
  figuresHint:
    'Cole-os a partir do Excel, do LibreOffice ou do Google Sheets com a linha de cabeçalho, ou escolha um ficheiro CSV. A primeira coluna é o período, o país ou o nome; a seguinte contém os números.',
  file: 'Ou escolha um ficheiro CSV',
  chart: 'Gráfico',
  chartHint: 'Só são propostos os gráficos que podem mostrar estes números.',
  kinds: {
    'ncmec-timeline': 'Colunas ao longo do tempo',
    surge: 'Colunas ao longo do tempo, com a subida',
    'provider-bars': 'Barras, uma por organização',
    'hosting-map': 'Mapa, por país',
    severity: 'Parcelas comparadas',
    share: 'Partes de um todo',
    'stat-card': 'Um número, em grande',
  },
  notFitting: 'não serve para estes números',
  title: 'Título',
  subtitle: 'Subtítulo',
  unit: 'Unidade',
  unitHint: 'O que é contado, como denúncias ou URL.',
  source: 'Fonte: quem publicou os números',
  sourceTitle: 'Fonte: o documento',
  notes: 'Notas',
  notesHint: 'Uma por linha, mostradas por baixo do gráfico.',
  language: 'Idioma do gráfico',
  theme: 'Cores',
  themes: { auto: 'Como o dispositivo do leitor', light: 'Claro', dark: 'Escuro' },
  region: 'Área do mapa',
  regions: { world: 'Mundo', europe: 'Europa' },
  height: 'Altura em píxeis',
  heightHint: 'Deixe vazio para usar a altura própria do gráfico.',
  preview: 'Pré-visualização',
  desktop: 'Numa página larga (640 píxeis)',
  phone: 'Num telemóvel (320 píxeis)',
  read: 'Como os seus números foram lidos',
  empty: 'Cole os seus números para começar.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'linha lida' : category === 'many' ? 'de linhas lidas' : 'linhas lidas'}; o gráfico é desenhado como «${kind}».`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'problema' : category === 'many' ? 'de problemas' : 'problemas'} nos seus números: a pré-visualização indica-os com as respetivas linhas e colunas.`,
  noChart: 'Nenhum dos gráficos pode mostrar estes números: veja os problemas na pré-visualização.',
  publish: 'Publicar no seu site',
  embedCode: 'Código de incorporação',
  embedHint:
    'Para uma página que permite scripts (WordPress com um bloco HTML personalizado, HTML simples). Os números estão dentro do código.',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed:
    'Esta página não pode usar a área de transferência: o código está selecionado, copie-o manualmente.',
  iframePage: 'Página iframe',
  iframeHint:
    'Para um CMS que só permite iframes. Carregue my-chart.html para o site que aloja a pasta do Safeguard Charts e use este código iframe com o endereço do ficheiro em vez de my-chart.html. Adicione uma vez frame-parent.js ao modelo do seu site, para que a moldura assuma a altura do gráfico.',
  download: 'Transferir my-chart.html',
  iframeCode: 'Código iframe',
  images:
    'Os botões por baixo de cada pré-visualização transferem o gráfico como imagem PNG ou SVG e os seus números como CSV.',
  restore: 'Editar um gráfico já criado',
  restoreHint: 'Cole o respetivo código de incorporação ou abra o ficheiro da página iframe.',
  restoreButton: 'Editar este gráfico',
  restoreFile: 'Ou abra um ficheiro de página iframe',
  restored: 'O gráfico foi carregado no formulário.',
  notRestored: 'Não foi encontrado nenhum gráfico neste código.',
  draft: 'Guardar o meu rascunho neste navegador',
  draftHint: 'Guardado apenas neste navegador, neste computador; desative a opção para o eliminar.',
};

const sv: MakerWords = {
  colon: ': ',
  heading: 'Skapa ett diagram',
  intro:
    'Dina siffror stannar på den här datorn: sidan skickar dem ingenstans och sparar ingenting om du inte ber om det.',
  figures: 'Dina siffror',
  paste: 'Klistra in dem här',
  describe: 'Ditt diagram',
  keyColumn: 'perioderna, namnen eller länderna',
  valueColumn: 'siffrorna som ritas',
  otherColumns: 'ritas inte',
  checksHeading: 'Dina siffror och dina kontroller',
  checksHint:
    'Om du har kontrollerat en siffra mot dokumentet från organisationen som publicerade den, ange vad du kom fram till. Läsarna ser det bredvid siffran, i datatabellen och i CSV-filen.',
  check: 'Kontroll',
  checkNone: 'Ingen kontroll',
  statuses: {
    confirmed: 'Bekräftad',
    corrected: 'Korrigerad',
    'different-count': 'Räknar något annat',
    unverified: 'Inte verifierad',
  },
  defaultNotes: {
    confirmed: 'Utgivarens eget dokument anger den här siffran.',
    corrected: 'Utgivarens eget dokument anger en annan siffra; båda visas.',
    'different-count': 'Utgivarens siffra räknar något annat än vad den här etiketten säger.',
    unverified: 'Inget dokument från utgivaren med den här siffran hittades.',
  },
  publisherFigure: 'Utgivarens siffra',
  checkNote: 'Anmärkning om kontrollen',
  moreRows: (count) => `De första ${count} raderna visas.`,
  figuresHint:
    'Klistra in dem från Excel, LibreOffice eller Google Kalkylark med rubrikraden, eller välj en CSV-fil. Den första kolumnen är perioden, landet eller namnet; nästa innehåller siffrorna.',
  file: 'Eller välj en CSV-fil',
  chart: 'Diagram',
  chartHint: 'Bara de diagram som kan visa de här siffrorna erbjuds.',
  kinds: {
    'ncmec-timeline': 'Staplar över tid',
    surge: 'Staplar över tid, med ökningen',
    'provider-bars': 'Liggande staplar, en per organisation',
    'hosting-map': 'Karta, per land',
    severity: 'Andelar jämförda',
    share: 'Andelar av en helhet',
    'stat-card': 'En siffra, stor',
  },
  notFitting: 'passar inte de här siffrorna',
  title: 'Rubrik',
  subtitle: 'Underrubrik',
  unit: 'Enhet',
  unitHint: 'Vad som räknas, till exempel anmälningar eller URL:er.',
  source: 'Källa: vem som publicerade siffrorna',
  sourceTitle: 'Källa: dokumentet',
  notes: 'Anmärkningar',
  notesHint: 'En per rad, visas under diagrammet.',
  language: 'Diagrammets språk',
  theme: 'Färger',
  themes: { auto: 'Som läsarens enhet', light: 'Ljust', dark: 'Mörkt' },
  region: 'Kartområde',
  regions: { world: 'Världen', europe: 'Europa' },
  height: 'Höjd i pixlar',
  heightHint: 'Lämna tomt för diagrammets egen höjd.',
  preview: 'Förhandsvisning',
  desktop: 'På en bred sida (640 pixlar)',
  phone: 'På en telefon (320 pixlar)',
  read: 'Så lästes dina siffror',
  empty: 'Klistra in dina siffror för att börja.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'rad läst' : 'rader lästa'}; diagrammet ritas som ”${kind}”.`,
  problems: (count) =>
    `${count} problem i dina siffror: förhandsvisningen listar dem med deras rader och kolumner.`,
  noChart: 'Inget av diagrammen kan visa de här siffrorna: se problemen i förhandsvisningen.',
  publish: 'Publicera på din webbplats',
  embedCode: 'Inbäddningskod',
  embedHint:
    'För en sida som tillåter skript (WordPress med ett anpassat HTML-block, vanlig HTML). Siffrorna finns i koden.',
  copy: 'Kopiera',
  copied: 'Kopierat.',
  copyFailed: 'Sidan får inte använda urklipp: koden är markerad, kopiera den själv.',
  iframePage: 'Iframe-sida',
  iframeHint:
    'För ett CMS som bara tillåter iframes. Ladda upp my-chart.html till webbplatsen där mappen med Safeguard Charts finns, och använd sedan den här iframe-koden med filens adress i stället för my-chart.html. Lägg till frame-parent.js i webbplatsens mall en gång, så att ramen får diagrammets höjd.',
  download: 'Ladda ner my-chart.html',
  iframeCode: 'Iframe-kod',
  images:
    'Knapparna under varje förhandsvisning laddar ner diagrammet som PNG- eller SVG-bild och dess siffror som CSV.',
  restore: 'Redigera ett diagram du har gjort',
  restoreHint: 'Klistra in dess inbäddningskod eller öppna dess iframe-sida.',
  restoreButton: 'Redigera diagrammet',
  restoreFile: 'Eller öppna en iframe-sida',
  restored: 'Diagrammet har lästs in i formuläret.',
  notRestored: 'Inget diagram hittades i koden.',
  draft: 'Spara mitt utkast i den här webbläsaren',
  draftHint: 'Sparas bara i den här webbläsaren på den här datorn; stäng av för att radera det.',
};

/** The maker's words by language code. */
export const MAKER_WORDS: Readonly<Record<string, MakerWords>> = {
  en,
  de,
  ar,
  es,
  fr,
  it,
  ja,
  nl,
  pl,
  pt,
  sv,
};

/** The maker's words for the first of `languages` (the browser's, in order) that it has, else English. */
export function makerWordsFor(languages: readonly string[]): { language: string; words: MakerWords } {
  for (const tag of languages) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    const words = Object.hasOwn(MAKER_WORDS, language) ? MAKER_WORDS[language] : undefined;
    if (words) return { language, words };
  }
  return { language: 'en', words: en };
}
