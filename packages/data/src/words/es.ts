import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Español (Spanish): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const es: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Vídeos de CSAM generados por IA detectados por la IWF',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Vídeos de material de abuso sexual infantil (CSAM) que la Internet Watch Foundation evaluó como generados por IA, por año.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'La IWF da 3.443 vídeos generados por IA en 2025 frente a 13 en 2024, en su informe «Harm without limits» (24 de marzo de 2026), no en un informe anual 2025 como dice el informe. Un blog de la IWF redondea a 3.440; la prensa también habla de «260 veces más».',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'El «+26.385 %» del informe se calcula a partir de estas dos cifras: 100 × (3.443 − 13) / 13 = 26.384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Imágenes y vídeos de CSAM generados por IA detectados por la IWF',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Imágenes y vídeos realistas de abuso sexual infantil generados por IA detectados por la IWF.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Ningún documento de la IWF da la cifra de 15.036. La IWF informa de 8.029 imágenes y vídeos realistas generados por IA en 2025, un 14 % más que en 2024; 15.036 es probablemente la suma de los dos años.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8.029 imágenes y vídeos realistas generados por IA en 2025, un 14 % más que en 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'La IWF no da el total de 15.036 en dos años; sí da la cifra de 8.029 de 2025.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'Las dos filas se solapan (2025 está dentro de 2024–2025): no las sume nunca ni las lea como una serie.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Si 15.036 es la suma de 2024 y 2025, la cifra de la IWF para 2024 sería 7.007, y 8.029 sería un 14,6 % más: cerca del «+14 %» de la IWF, pero no exacto.',
  'Category A share of AI and non-AI CSAM videos':
    'Proporción de la categoría A en los vídeos de CSAM generados y no generados por IA',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Proporción de vídeos que la IWF clasificó en la categoría A, la más grave según la legislación del Reino Unido.',
  'AI-generated videos': 'Vídeos generados por IA',
  'AI-generated CSAM videos': 'vídeos de CSAM generados por IA',
  'Non-AI videos': 'Vídeos no generados por IA',
  'non-AI CSAM videos': 'vídeos de CSAM no generados por IA',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Mismo informe de la IWF de 2025: el 65 % de los 3.443 vídeos generados por IA (2.233) era de categoría A, frente al 43 % de los vídeos no generados por IA.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'La proporción de IA se calcula a partir de las cifras de la IWF (2.233 de 3.443 vídeos) y se redondea como la redondea la IWF; la IWF da la proporción de los vídeos no generados por IA sin cifras.',
  'Victims depicted as girls in CSAM': 'Víctimas representadas como niñas en el CSAM',
  'Share of the victims depicted who are girls.': 'Proporción de las víctimas representadas que son niñas.',
  'Victims depicted as girls (as the report states)': 'Víctimas representadas como niñas (según el informe)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'víctimas representadas en CSAM generado por IA, según el informe (la proporción de la IWF de 2021 para todo el material)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    'El 97 % de niñas es una cifra de la IWF de 2021 y para todo el material, no para el generado por IA. Para el material generado por IA, la IWF da un 98 % de niñas en 2024 y un 94 % en 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'Víctimas representadas como niñas en material generado por IA, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'víctimas representadas en el CSAM generado por IA que la IWF evaluó en 2025',
  'Girls, AI imagery, 2024': 'Niñas, material generado por IA, 2024',
  'victims depicted in AI CSAM': 'víctimas representadas en CSAM generado por IA',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Niñas, material generado por IA, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'Cifra de la IWF para material generado por IA en 2025; la verificación no registró ningún documento de la IWF que la recoja.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'El 97 % del informe es la cifra de la IWF de 2021 para todo el material; véanse las filas específicas de IA.',
  'AI-generated CSAM in one dark-web forum': 'CSAM generado por IA en un foro de la dark web',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'Imágenes de abuso sexual infantil generadas por IA publicadas en un foro de la dark web en un mes, y la proporción lo bastante realista como para ser tratada legalmente como CSAM real.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'Imágenes de CSAM generadas por IA publicadas en un foro de la dark web en un mes',
  'Realistic enough to be prosecuted (as the report states)':
    'Lo bastante realistas para ser perseguidas penalmente (según el informe)',
  'AI images in the forum, as the report states it': 'imágenes generadas por IA del foro, según el informe',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'El estudio es de la IWF (octubre de 2023), no de Stanford. De 2.978 imágenes evaluadas como delictivas, 2.562 eran lo bastante realistas como para ser tratadas como CSAM real según la legislación del Reino Unido: el 86 %, no el 90 %.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Lo bastante realistas para ser tratadas como CSAM real según la legislación del Reino Unido',
  'the 2,978 AI images the IWF assessed as criminal':
    'las 2.978 imágenes generadas por IA que la IWF evaluó como delictivas',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Editor y porcentaje corregidos: las 20.254 imágenes y la proporción proceden del informe de la IWF sobre el foro de octubre de 2023. El hallazgo relacionado de Stanford es distinto: 3.226 imágenes sospechosas de ser CSAM en el conjunto de entrenamiento LAION-5B, 1.008 validadas externamente (diciembre de 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Cifras del editor: 2.562 realistas de 2.978 evaluadas como delictivas; la proporción del editor se calcula a partir de ellas.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Denominadores: de las 20.254 imágenes publicadas, la IWF evaluó 11.108; 2.978 de ellas eran delictivas. La proporción es de las imágenes delictivas, no de todas las publicadas.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Hallazgo relacionado de Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'Denuncias a la CyberTipline del NCMEC relacionadas con la IA generativa',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'Denuncias a la CyberTipline relacionadas con la IA generativa recibidas por el National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'Datos de la CyberTipline del NCMEC de 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Cifra del NCMEC de 2024, según la publicó la prensa (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'La cifra propia del NCMEC de denuncias relacionadas con la IA generativa de enero a junio de 2025 es 440.419 (frente a 6.835 en los mismos meses de 2024); 485.000 aparece en noticias de prensa (NYT). De enero a septiembre de 2025 el NCMEC contabilizó «más de un millón» (según NBC News). Según el informe, 380.000 de las 485.000 procedían de Amazon AI Services: la prensa habla de unos 380.000 elementos de CSAM ya conocido que Amazon encontró en datos recopilados para entrenar modelos de IA, sin periodo. No son material generado por IA ni forman parte de esta cifra.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'Las cifras de 2023 y 2024 están confirmadas; para el primer semestre de 2025 la cifra propia del NCMEC es 440.419, no 485.000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'El primer semestre de 2025 abarca solo de enero a junio de 2025: compárelo con el primer semestre de 2024 (6.835 según las cifras propias del NCMEC), no con un año completo.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'El NCMEC cuenta las denuncias a la CyberTipline relacionadas con la IA generativa, no solo las denuncias de CSAM generado por IA.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Ningún editor dice si las 67.000 denuncias de 2024 (NCMEC, según la prensa) y las 6.835 propias del NCMEC de enero a junio de 2024 cuentan lo mismo.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'Denuncias a la CyberTipline del NCMEC relacionadas con la IA generativa, primer semestre de 2024 y 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'Denuncias a la CyberTipline relacionadas con la IA generativa, de enero a junio de cada año, tal como las publicó el NCMEC.',
  'NCMEC’s own figures.': 'Cifras propias del NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Elementos de CSAM ya conocido que Amazon dijo haber encontrado en datos de entrenamiento de IA (unos 380.000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Unos 380.000 elementos de CSAM ya conocido (coincidencias de hash) que Amazon encontró en datos recopilados para entrenar modelos de IA, según la prensa, sin periodo. El informe los cuenta como denuncias de CSAM generado por IA de Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Unos 380.000 elementos de CSAM ya conocido (coincidencias de hash) que Amazon encontró en datos recopilados para entrenar modelos de IA, no material generado por IA; la prensa no da periodo.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'El «78 % de todas las denuncias de CSAM generado por IA» del informe divide esta cifra de CSAM conocido en datos de entrenamiento entre una cifra de denuncias relacionadas con la IA generativa: las dos cuentan cosas distintas.',
  'The press gives about 380,000: the figure is rounded.':
    'La prensa da unos 380.000: la cifra está redondeada.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'Denuncias de OpenAI a la CyberTipline del NCMEC, primer semestre de 2024 y 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Denuncias que OpenAI hizo a la CyberTipline del NCMEC, de enero a junio de cada año. Una denuncia puede abarcar muchos contenidos, que se cuentan aparte en las cifras de contenidos.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Cifras propias de OpenAI, según las publicó Wired: 947 denuncias sobre 3.252 contenidos en el primer semestre de 2024, 75.027 denuncias sobre 74.559 contenidos en el primer semestre de 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'El «80×» del informe cuenta denuncias: 75.027 en el primer semestre de 2025 frente a 947 en el primer semestre de 2024, 79,2 veces más. Los contenidos a los que se referían crecieron menos: de 3.252 a 74.559, 22,9 veces más.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Contenidos de las denuncias de OpenAI a la CyberTipline, primer semestre de 2024 y 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'Los contenidos (imágenes, vídeos, texto) a los que se referían las denuncias de OpenAI a la CyberTipline del NCMEC, de enero a junio de cada año.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Denuncias al NCMEC que el informe atribuye a tres empresas de IA (sin verificar)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Cifras de denuncias al NCMEC que el informe atribuye a OpenAI, Amazon AI y Anthropic. Ningún documento de un editor las recoge, no tienen periodo y nada indica que sean denuncias de CSAM creado con las plataformas de estas empresas.',
  '+9,650% YoY': '+9.650 % interanual',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Afirmación del informe: no da ninguna cifra del año anterior, así que la variación no puede recalcularse.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'No se encontró en ninguna publicación del NCMEC; posiblemente cifras de la CyberTipline de 2024 por proveedor.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'No se encontró en ninguna publicación del NCMEC; posiblemente cifras de la CyberTipline de 2024 por proveedor. El informe de transparencia de Anthropic da 859 imágenes denunciadas de abril de 2024 a marzo de 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Ninguna de estas tres cifras se encontró en un documento de un editor, y no tienen periodo: se muestran tal como las da el informe.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'Lo de «nuevo denunciante» del informe es dudoso para Amazon AI: Amazon como empresa ya había hecho denuncias a la CyberTipline; «Amazon AI» puede ser un nombre de denunciante aparte.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Dónde estaban alojadas las páginas web de CSAM que la IWF confirmó en 2024',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Proporción de las páginas web de abuso sexual infantil que la IWF confirmó en 2024, según el país donde estaban alojadas.',
  Netherlands: 'Países Bajos',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'Proporción de páginas web de CSAM confirmadas por país de alojamiento, IWF 2024.',
  'United States': 'Estados Unidos',
  Bulgaria: 'Bulgaria',
  'Hong Kong': 'Hong Kong',
  Romania: 'Rumanía',
  'European Union': 'Unión Europea',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'El informe dice que la UE aloja el 62 % del CSAM conocido en el mundo (IWF, 2025). La cifra de la IWF es de 2024 y es una proporción de las páginas web de CSAM sobre las que actuó la IWF: 181.112 páginas web alojadas en países de la UE (140.911 en 2023), no de todo el CSAM del mundo.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'denuncias (páginas web) que la IWF confirmó como CSAM en 2024',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'El informe fecha estas proporciones en 2025 (IWF, 2025): son las cifras de 2024 de la IWF de páginas web de CSAM confirmadas (291.273 denuncias confirmadas en 2024). La tabla por países de 2025 de la IWF no era definitiva en el momento de la verificación, por lo que aquí no se publican proporciones de 2025.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Los países que no figuran no tienen datos aquí, lo que no es lo mismo que cero.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'Las proporciones son de las 291.273 páginas web que la IWF confirmó como CSAM en 2024, no de todo el CSAM del mundo; las de los Países Bajos y la UE se calculan a partir de las cifras de la IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'Lituania y Polonia iban en aumento en 2024; la verificación no recogió sus proporciones exactas.',
  'The legal response to AI-generated CSAM': 'La respuesta legal al CSAM generado por IA',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Proyectos de ley y leyes de Estados Unidos y el Reino Unido sobre el material de abuso sexual infantil generado por IA.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'Estados Unidos (federal)',
  'Signed into law': 'Promulgada',
  'Platforms’ 48-hour removal duty applies':
    'Se aplica la obligación de retirada en 48 horas para las plataformas',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Tipifica como delito la publicación de imágenes íntimas sin consentimiento, incluidas las generadas por IA.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Obliga a las plataformas a retirar esas imágenes en un plazo de 48 horas tras una solicitud válida.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Tipifica como delito las imágenes íntimas sin consentimiento, incluido el contenido generado por IA; obliga a las plataformas a retirarlas en 48 horas.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Promulgada el 19 de mayo de 2025; la obligación de retirada en 48 horas se aplica desde el 19 de mayo de 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Sobre todo permite a las víctimas demandar a las plataformas (según la verificación del proyecto).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Reforzaría la responsabilidad de las plataformas y ampliaría las herramientas de las fuerzas de seguridad para investigar el CSAM generado por IA.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'En trámite, como dice el informe: S.1829 (119.º Congreso) fue aprobado por la Comisión de Justicia del Senado y no ha sido aprobado por el Senado. La verificación halló que sobre todo permite a las víctimas demandar a las plataformas.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Aprobado por el Senado',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Derecho penal sobre representaciones visuales obscenas de menores, incluidas las creadas con IA.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Se dirige a la infraestructura que permite la distribución de CSAM, incluidos los proveedores de alojamiento y los procesadores de pagos.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Estado confirmado: S.3021 fue aprobado por el Senado el 16 de diciembre de 2025 y está pendiente en la Cámara de Representantes. La descripción del informe («se dirige a los proveedores de alojamiento y a los procesadores de pagos») no se ve respaldada por el texto del proyecto, que trata del derecho penal sobre representaciones visuales obscenas, incluidas las creadas con IA.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 («UK Crime and Policing Bill» en el informe)',
  'United Kingdom': 'Reino Unido',
  'Royal Assent': 'Sanción real (Royal Assent)',
  'Offence on AI models for CSAM in force': 'En vigor el delito relativo a modelos de IA para CSAM',
  'An offence on AI models made or adapted to generate CSAM.':
    'Un delito relativo a modelos de IA creados o adaptados para generar CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Tipificaría como delito las herramientas de IA diseñadas o modificadas específicamente para generar CSAM, incluidos los modelos LoRA entrenados con imágenes de abusos.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'El informe recoge un proyecto de ley en trámite; se convirtió en la Crime and Policing Act 2026 (sanción real el 29 de abril de 2026), y su delito relativo a modelos de IA creados o adaptados para generar CSAM entró en vigor el 29 de junio de 2026.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Estados según los encontró la verificación en noviembre de 2026; los estados del informe se conservan en `seedStatus` y sus descripciones en `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'El informe no cita ninguna fuente para su apartado legal: las fuentes aquí son las que encontró la verificación.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'La descripción de la ENFORCE Act en el informe (proveedores de alojamiento y procesadores de pagos) no se ve respaldada por el texto del proyecto.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'de aumento de los vídeos de CSAM generados por IA detectados por la IWF, de 2024 a 2025',
  'increase in AI-generated CSAM videos': 'de aumento de los vídeos de CSAM generados por IA',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'imágenes y vídeos de CSAM generados por IA detectados por la IWF en 2024 y 2025 juntos, según el informe',
  'total AI CSAM items found (2 years)': 'elementos de CSAM generados por IA detectados en total (2 años)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'denuncias a la CyberTipline del NCMEC relacionadas con la IA generativa, primer semestre de 2025 (enero a junio)',
  'NCMEC AI-CSAM reports (H1 2025)': 'denuncias de CSAM generado por IA al NCMEC (primer semestre de 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'de las víctimas representadas son niñas, según el informe (la proporción de la IWF de 2021 para todo el CSAM)',
  'of AI CSAM victims depicted as girls': 'de las víctimas de CSAM generado por IA representadas como niñas',
};
