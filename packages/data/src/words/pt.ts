import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Português (Portuguese): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const pt: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Vídeos de CSAM gerados por IA encontrados pela IWF',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Vídeos de material de abuso sexual de crianças (CSAM) que a Internet Watch Foundation avaliou como gerados por IA, por ano.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'A IWF indica 3.443 vídeos gerados por IA em 2025 contra 13 em 2024, no seu relatório «Harm without limits» (24 de março de 2026), e não num relatório anual de 2025, como diz o relatório. Um blogue da IWF arredonda para 3.440; a imprensa também escreve «260 vezes mais».',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'Os «+26.385%» do relatório são calculados a partir destes dois números: 100 × (3.443 − 13) / 13 = 26.384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Imagens e vídeos de CSAM gerados por IA encontrados pela IWF',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Imagens e vídeos realistas de abuso sexual de crianças gerados por IA encontrados pela IWF.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Nenhum documento da IWF indica 15.036. A IWF refere 8.029 imagens e vídeos realistas gerados por IA em 2025, mais 14% do que em 2024; 15.036 é provavelmente a soma dos dois anos.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8.029 imagens e vídeos realistas gerados por IA em 2025, mais 14% do que em 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'O total de 15.036 em dois anos não é indicado pela IWF; o número de 8.029 para 2025 é.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'As duas linhas sobrepõem-se (2025 está contido em 2024–2025): nunca as some nem as leia como uma série.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Se 15.036 for a soma de 2024 e 2025, o número da IWF para 2024 seria 7.007, e 8.029 seria mais 14,6%: próximo dos «+14%» da IWF, mas não exato.',
  'Category A share of AI and non-AI CSAM videos':
    'Percentagem de categoria A nos vídeos de CSAM gerados e não gerados por IA',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Percentagem dos vídeos que a IWF classificou na categoria A, a mais grave segundo a lei do Reino Unido.',
  'AI-generated videos': 'Vídeos gerados por IA',
  'AI-generated CSAM videos': 'vídeos de CSAM gerados por IA',
  'Non-AI videos': 'Vídeos não gerados por IA',
  'non-AI CSAM videos': 'vídeos de CSAM não gerados por IA',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Mesmo relatório da IWF de 2025: 65% dos 3.443 vídeos gerados por IA (2.233) eram de categoria A, contra 43% dos vídeos não gerados por IA.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'A percentagem relativa à IA é calculada a partir dos números da IWF (2.233 de 3.443 vídeos) e arredondada como a IWF arredonda; a IWF dá a percentagem dos vídeos não gerados por IA sem números.',
  'Victims depicted as girls in CSAM': 'Vítimas representadas como raparigas no CSAM',
  'Share of the victims depicted who are girls.': 'Percentagem das vítimas representadas que são raparigas.',
  'Victims depicted as girls (as the report states)':
    'Vítimas representadas como raparigas (segundo o relatório)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'vítimas representadas em CSAM gerado por IA, segundo o relatório (a percentagem da IWF de 2021 para todo o material)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '97% de raparigas é um número da IWF de 2021 e para todo o material, não para material gerado por IA. Para o material gerado por IA, a IWF indica 98% de raparigas em 2024 e 94% em 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'Vítimas representadas como raparigas em material gerado por IA, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'vítimas representadas no CSAM gerado por IA que a IWF avaliou em 2025',
  'Girls, AI imagery, 2024': 'Raparigas, material gerado por IA, 2024',
  'victims depicted in AI CSAM': 'vítimas representadas em CSAM gerado por IA',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Raparigas, material gerado por IA, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'Número da IWF para material gerado por IA em 2025; a verificação não registou nenhum documento da IWF que o indique.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'Os 97% do relatório são o número da IWF de 2021 para todo o material; ver as linhas específicas de IA.',
  'AI-generated CSAM in one dark-web forum': 'CSAM gerado por IA num fórum da dark web',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'Imagens de abuso sexual de crianças geradas por IA publicadas num fórum da dark web num mês, e a percentagem suficientemente realista para ser tratada legalmente como CSAM real.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'Imagens de CSAM geradas por IA publicadas num fórum da dark web num mês',
  'Realistic enough to be prosecuted (as the report states)':
    'Suficientemente realistas para serem objeto de ação penal (segundo o relatório)',
  'AI images in the forum, as the report states it': 'imagens geradas por IA no fórum, segundo o relatório',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'O estudo é da IWF (outubro de 2023), não de Stanford. Das 2.978 imagens avaliadas como criminosas, 2.562 eram suficientemente realistas para serem tratadas como CSAM real segundo a lei do Reino Unido: 86%, e não 90%.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Suficientemente realistas para serem tratadas como CSAM real segundo a lei do Reino Unido',
  'the 2,978 AI images the IWF assessed as criminal':
    'as 2.978 imagens geradas por IA que a IWF avaliou como criminosas',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Editor e percentagem corrigidos: as 20.254 imagens e a percentagem vêm do relatório da IWF sobre o fórum, de outubro de 2023. A conclusão relacionada de Stanford é diferente: 3.226 imagens suspeitas de CSAM no conjunto de treino LAION-5B, 1.008 validadas externamente (dezembro de 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Números do editor: 2.562 realistas de 2.978 avaliadas como criminosas; a percentagem do editor é calculada a partir deles.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Denominadores: das 20.254 imagens publicadas, a IWF avaliou 11.108; 2.978 destas eram criminosas. A percentagem refere-se às imagens criminosas, não a todas as imagens publicadas.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Conclusão relacionada de Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'Denúncias à CyberTipline do NCMEC que envolvem IA generativa',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'Denúncias à CyberTipline que envolvem IA generativa recebidas pelo National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'Dados da CyberTipline do NCMEC de 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Número do NCMEC de 2024, tal como noticiado pela imprensa (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'O número do próprio NCMEC de denúncias que envolvem IA generativa de janeiro a junho de 2025 é 440.419 (contra 6.835 nos mesmos meses de 2024); 485.000 aparece em notícias da imprensa (NYT). De janeiro a setembro de 2025, o NCMEC contou «mais de um milhão» (segundo a NBC News). Segundo o relatório, 380.000 das 485.000 vieram da Amazon AI Services: a imprensa indica cerca de 380.000 itens de CSAM já conhecido que a Amazon encontrou em dados recolhidos para treinar modelos de IA, sem período. Não são material gerado por IA nem fazem parte deste número.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'Os números de 2023 e 2024 estão confirmados; para o primeiro semestre de 2025, o número do próprio NCMEC é 440.419, e não 485.000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'O primeiro semestre de 2025 abrange apenas janeiro a junho de 2025: compare-o com o primeiro semestre de 2024 (6.835 nos números do próprio NCMEC), não com um ano inteiro.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'O NCMEC conta denúncias à CyberTipline que envolvem IA generativa, não apenas denúncias de CSAM gerado por IA.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Nenhum editor diz se as 67.000 denúncias de 2024 (NCMEC, tal como noticiado pela imprensa) e as 6.835 do próprio NCMEC para janeiro a junho de 2024 contam a mesma coisa.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'Denúncias à CyberTipline do NCMEC que envolvem IA generativa, primeiro semestre de 2024 e 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'Denúncias à CyberTipline que envolvem IA generativa, de janeiro a junho de cada ano, tal como o NCMEC as publicou.',
  'NCMEC’s own figures.': 'Números do próprio NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Itens de CSAM já conhecido que a Amazon disse ter encontrado em dados de treino de IA (cerca de 380.000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Cerca de 380.000 itens de CSAM já conhecido (correspondências de hash) que a Amazon encontrou em dados recolhidos para treinar modelos de IA, tal como noticiado pela imprensa, sem período. O relatório conta-os como denúncias de CSAM gerado por IA da Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Cerca de 380.000 itens de CSAM já conhecido (correspondências de hash) que a Amazon encontrou em dados recolhidos para treinar modelos de IA, e não material gerado por IA; a imprensa não indica período.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'Os «78% de todas as denúncias de CSAM gerado por IA» do relatório dividem este número de CSAM conhecido em dados de treino por um número de denúncias que envolvem IA generativa: os dois contam coisas diferentes.',
  'The press gives about 380,000: the figure is rounded.':
    'A imprensa indica cerca de 380.000: o número está arredondado.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'Denúncias da OpenAI à CyberTipline do NCMEC, primeiro semestre de 2024 e 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Denúncias que a OpenAI fez à CyberTipline do NCMEC, de janeiro a junho de cada ano. Uma denúncia pode abranger muitos conteúdos, contados à parte nos números de conteúdos.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Números da própria OpenAI, tal como noticiados pela Wired: 947 denúncias sobre 3.252 conteúdos no primeiro semestre de 2024, 75.027 denúncias sobre 74.559 conteúdos no primeiro semestre de 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'O «80×» do relatório conta denúncias: 75.027 no primeiro semestre de 2025 contra 947 no primeiro semestre de 2024, 79,2 vezes mais. Os conteúdos a que se referiam cresceram menos: de 3.252 para 74.559, 22,9 vezes mais.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Conteúdos nas denúncias da OpenAI à CyberTipline, primeiro semestre de 2024 e 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'Os conteúdos (imagens, vídeos, texto) a que se referiam as denúncias da OpenAI à CyberTipline do NCMEC, de janeiro a junho de cada ano.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Denúncias ao NCMEC que o relatório atribui a três empresas de IA (não verificadas)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Números de denúncias ao NCMEC que o relatório atribui à OpenAI, à Amazon AI e à Anthropic. Nenhum documento de um editor os contém, não têm período e nada mostra que sejam denúncias de CSAM criado com as plataformas destas empresas.',
  '+9,650% YoY': '+9.650% em termos homólogos',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Afirmação do relatório: não indica nenhum número para o ano anterior, pelo que a variação não pode ser recalculada.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Não encontrado numa publicação do NCMEC; possivelmente números da CyberTipline de 2024 por fornecedor.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Não encontrado numa publicação do NCMEC; possivelmente números da CyberTipline de 2024 por fornecedor. O relatório de transparência da própria Anthropic indica 859 imagens denunciadas de abril de 2024 a março de 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Nenhum destes três números foi encontrado num documento de um editor, e não têm período: são apresentados tal como o relatório os indica.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'O «novo denunciante» do relatório é duvidoso no caso da Amazon AI: a Amazon, enquanto empresa, já fazia denúncias à CyberTipline; «Amazon AI» pode ser um nome de denunciante distinto.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Onde estavam alojadas as páginas web de CSAM que a IWF confirmou em 2024',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Percentagem das páginas web de abuso sexual de crianças que a IWF confirmou em 2024, por país onde estavam alojadas.',
  Netherlands: 'Países Baixos',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'Percentagem da IWF de 2024 de páginas web de CSAM confirmadas por país de alojamento.',
  'United States': 'Estados Unidos',
  Bulgaria: 'Bulgária',
  'Hong Kong': 'Hong Kong',
  Romania: 'Roménia',
  'European Union': 'União Europeia',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'O relatório diz que a UE aloja 62% do CSAM conhecido no mundo (IWF, 2025). O número da IWF refere-se a 2024 e é uma percentagem das páginas web de CSAM sobre as quais a IWF atuou: 181.112 páginas web alojadas em países da UE (140.911 em 2023), e não de todo o CSAM no mundo.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'denúncias (páginas web) que a IWF confirmou como CSAM em 2024',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'O relatório data estas percentagens de 2025 (IWF, 2025): são os números da IWF de 2024 para páginas web de CSAM confirmadas (291.273 denúncias confirmadas em 2024). A tabela por país da IWF para 2025 não era definitiva na altura da verificação, pelo que aqui não se publicam percentagens de 2025.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Os países não listados não têm dados aqui, o que não é o mesmo que zero.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'As percentagens referem-se às 291.273 páginas web que a IWF confirmou como CSAM em 2024, e não a todo o CSAM no mundo; as dos Países Baixos e da UE são calculadas a partir dos números da IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'A Lituânia e a Polónia estavam a subir em 2024; a verificação não registou as suas percentagens exatas.',
  'The legal response to AI-generated CSAM': 'A resposta jurídica ao CSAM gerado por IA',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Projetos de lei e leis nos Estados Unidos e no Reino Unido sobre material de abuso sexual de crianças gerado por IA.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'Estados Unidos (federal)',
  'Signed into law': 'Promulgada',
  'Platforms’ 48-hour removal duty applies': 'Aplica-se o dever de remoção em 48 horas das plataformas',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Criminaliza a publicação de imagens íntimas não consentidas, incluindo as geradas por IA.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Obriga as plataformas a remover essas imagens no prazo de 48 horas após um pedido válido.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Criminaliza imagens íntimas não consentidas, incluindo conteúdo gerado por IA; obriga as plataformas a removê-las em 48 horas.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Promulgada a 19 de maio de 2025; o dever de remoção em 48 horas aplica-se a partir de 19 de maio de 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Permite sobretudo que as vítimas processem as plataformas (segundo a verificação do projeto).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Reforçaria a responsabilidade das plataformas e alargaria os instrumentos das autoridades para investigar CSAM gerado por IA.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'Pendente, como diz o relatório: o S.1829 (119.º Congresso) foi aprovado pela Comissão de Justiça do Senado e não foi aprovado pelo Senado. A verificação concluiu que permite sobretudo que as vítimas processem as plataformas.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Aprovado pelo Senado',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Direito penal sobre representações visuais obscenas de crianças, incluindo as criadas por IA.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Visa a infraestrutura que permite a distribuição de CSAM, incluindo fornecedores de alojamento e processadores de pagamentos.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Estado confirmado: o S.3021 foi aprovado pelo Senado a 16 de dezembro de 2025 e está pendente na Câmara dos Representantes. A descrição do relatório («visa fornecedores de alojamento e processadores de pagamentos») não é confirmada pelo texto do projeto, que trata do direito penal sobre representações visuais obscenas, incluindo as criadas por IA.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 («UK Crime and Policing Bill» no relatório)',
  'United Kingdom': 'Reino Unido',
  'Royal Assent': 'Sanção real (Royal Assent)',
  'Offence on AI models for CSAM in force': 'Em vigor o crime relativo a modelos de IA para CSAM',
  'An offence on AI models made or adapted to generate CSAM.':
    'Um crime relativo a modelos de IA criados ou adaptados para gerar CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Criminalizaria ferramentas de IA especificamente concebidas ou modificadas para gerar CSAM, incluindo modelos LoRA treinados com imagens de abuso.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'O relatório indica um projeto de lei em curso; tornou-se o Crime and Policing Act 2026 (sanção real a 29 de abril de 2026), e o seu crime relativo a modelos de IA criados ou adaptados para gerar CSAM entrou em vigor a 29 de junho de 2026.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Estados tal como a verificação os encontrou em novembro de 2026; os estados do relatório são mantidos em `seedStatus` e as suas descrições em `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'O relatório não indica nenhuma fonte para a sua secção jurídica: as fontes aqui são as que a verificação encontrou.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'A descrição do ENFORCE Act no relatório (fornecedores de alojamento e processadores de pagamentos) não é confirmada pelo texto do projeto.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'de aumento dos vídeos de CSAM gerados por IA encontrados pela IWF, de 2024 para 2025',
  'increase in AI-generated CSAM videos': 'de aumento dos vídeos de CSAM gerados por IA',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'imagens e vídeos de CSAM gerados por IA encontrados pela IWF em 2024 e 2025 no total, segundo o relatório',
  'total AI CSAM items found (2 years)': 'itens de CSAM gerados por IA encontrados no total (2 anos)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'denúncias à CyberTipline do NCMEC que envolvem IA generativa, primeiro semestre de 2025 (janeiro a junho)',
  'NCMEC AI-CSAM reports (H1 2025)': 'denúncias de CSAM gerado por IA ao NCMEC (primeiro semestre de 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'das vítimas representadas são raparigas, segundo o relatório (a percentagem da IWF de 2021 para todo o CSAM)',
  'of AI CSAM victims depicted as girls': 'das vítimas de CSAM gerado por IA representadas como raparigas',
};
