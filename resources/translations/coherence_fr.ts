<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionLabels</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>unknown criterion &quot;%1&quot;: rubric %2 has no such criterion</source>
        <translation>critère inconnu « %1 » : la grille %2 n&apos;a pas ce critère</translation>
    </message>
    <message>
        <source>level %1 is outside the rating scale (0 to %2)</source>
        <translation>le niveau %1 est hors de l&apos;échelle de notation (0 à %2)</translation>
    </message>
    <message>
        <source>a rating is either a level or not applicable, not both</source>
        <translation>une notation est soit un niveau, soit « non applicable », pas les deux</translation>
    </message>
    <message>
        <source>&quot;not applicable&quot; needs a written justification: say why this criterion does not apply to this plan</source>
        <translation>« non applicable » demande une justification écrite : dites pourquoi ce critère ne s&apos;applique pas à ce plan</translation>
    </message>
    <message>
        <source>target %1 is outside the rating scale (0 to %2)</source>
        <translation>la cible %1 est hors de l&apos;échelle de notation (0 à %2)</translation>
    </message>
    <message>
        <source>citation %1 points nowhere: give an excerpt, a section or a page</source>
        <translation>la citation %1 ne renvoie à rien : donnez un extrait, une section ou une page</translation>
    </message>
    <message>
        <source>citation %1</source>
        <translation>citation %1</translation>
    </message>
    <message>
        <source>a vote for level %1 is outside the rating scale (0 to %2)</source>
        <translation>un vote pour le niveau %1 est hors de l&apos;échelle de notation (0 à %2)</translation>
    </message>
    <message>
        <source>%1 votes for level %2: a count must be between 1 and %3</source>
        <translation>%1 votes pour le niveau %2 : un décompte doit être compris entre 1 et %3</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>note privée</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation>critère inconnu « %1 »</translation>
    </message>
    <message>
        <source>reference %1 of %2 is not a handbook page</source>
        <translation>la référence %1 de %2 n&apos;est pas une page du manuel</translation>
    </message>
    <message>
        <source>a page number is at most 20 characters, e.g. &quot;62&quot; or &quot;74-75&quot;</source>
        <translation>un numéro de page compte au plus 20 caractères, par ex. « 62 » ou « 74-75 »</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; the limit is %3: shorten it or cite the document instead</source>
        <translation>le champ « %1 » compte %2 caractères ; la limite est de %3 : raccourcissez-le ou citez plutôt le document</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>une action doit avoir un titre</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; is linked to unknown criterion &quot;%2&quot;</source>
        <translation>l&apos;action « %1 » est liée au critère inconnu « %2 »</translation>
    </message>
    <message>
        <source>there is no action number %1</source>
        <translation>il n&apos;y a pas d&apos;action numéro %1</translation>
    </message>
</context>
<context>
    <name>AssessmentComparison</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>the assessments use different rubrics (&quot;%1&quot; and &quot;%2&quot;): only assessments made with the same rubric can be compared</source>
        <translation>les évaluations utilisent des grilles différentes (« %1 » et « %2 ») : seules des évaluations faites avec la même grille peuvent être comparées</translation>
    </message>
    <message>
        <source>%1 is only in B&apos;s rubric (version %2)</source>
        <translation>%1 n&apos;existe que dans la grille de B (version %2)</translation>
    </message>
    <message>
        <source>%1 is only in A&apos;s rubric (version %2)</source>
        <translation>%1 n&apos;existe que dans la grille de A (version %2)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A : %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B : %1</translation>
    </message>
    <message>
        <source>Rubric versions differ (A: %1, B: %2): criteria are matched by id</source>
        <translation>Les versions de la grille diffèrent (A : %1, B : %2) : les critères sont appariés par identifiant</translation>
    </message>
    <message>
        <source>Overall: %1 → %2 (%3)</source>
        <translation>Global : %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Areas (A → B, change):</source>
        <translation>Domaines (A → B, écart) :</translation>
    </message>
    <message>
        <source>Criteria that differ (%1 of %2):</source>
        <translation>Critères qui diffèrent (%1 sur %2) :</translation>
    </message>
    <message>
        <source>What changed (%1):</source>
        <translation>Ce qui a changé (%1) :</translation>
    </message>
</context>
<context>
    <name>AssessmentCsv</name>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>level label</source>
        <translation>libellé du niveau</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>éléments probants</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>lead institution</source>
        <translation>institution chef de file</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas refermé</translation>
    </message>
</context>
<context>
    <name>AssessmentDiff</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>plan title</source>
        <translation>titre du plan</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>document reference</source>
        <translation>référence du document</translation>
    </message>
    <message>
        <source>assessment title</source>
        <translation>titre de l&apos;évaluation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>assessors</source>
        <translation>évaluateurs</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>%1 level: %2 → %3</source>
        <translation>%1, niveau : %2 → %3</translation>
    </message>
    <message>
        <source>%1 justification</source>
        <translation>%1, justification</translation>
    </message>
    <message>
        <source>%1 target: %2 → %3</source>
        <translation>%1, cible : %2 → %3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 citations: %2 → %3 (changed)</source>
        <translation>%1, citations : %2 → %3 (modifiées)</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1, note</translation>
    </message>
    <message>
        <source>%1 private note</source>
        <translation>%1, note privée</translation>
    </message>
    <message>
        <source>%1×level %2</source>
        <translation>%1×niveau %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 votes: %2 → %3</source>
        <translation>%1, votes : %2 → %3</translation>
    </message>
    <message>
        <source>action plan: %1 actions → %2 actions (replaced)</source>
        <translation>plan d&apos;action : %1 actions → %2 actions (remplacé)</translation>
    </message>
</context>
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>not a Coherence file: it is not a Coherence database (perhaps another kind of file, or an assessment in JSON: use Import)</source>
        <translation>ce n&apos;est pas un fichier Coherence : ce n&apos;est pas une base de données Coherence (peut-être un autre type de fichier, ou une évaluation en JSON : utilisez Importer)</translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes of the %2 it should have. Open a backup copy or an exported JSON instead</source>
        <translation>le fichier est tronqué : il contient %1 octets sur les %2 attendus. Ouvrez plutôt une copie de sauvegarde ou un JSON exporté</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 existe déjà : choisissez un autre nom, ou ouvrez-le</translation>
    </message>
    <message>
        <source>cannot create a file in %1: the folder is not writable</source>
        <translation>impossible de créer un fichier dans %1 : le dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a file (a folder or a device)</source>
        <translation>ce n&apos;est pas un fichier (un dossier ou un périphérique)</translation>
    </message>
    <message>
        <source>the file has an unfinished change (Coherence or the computer stopped while saving); open it for editing once, in Coherence or with an editing command, to recover it</source>
        <translation>le fichier contient une modification inachevée (Coherence ou l&apos;ordinateur s&apos;est arrêté pendant l&apos;enregistrement) ; ouvrez-le une fois en modification, dans Coherence ou avec une commande de modification, pour la récupérer</translation>
    </message>
    <message>
        <source>the file is read-only, so it was opened read-only: save a copy to edit it</source>
        <translation>le fichier est en lecture seule, il a donc été ouvert en lecture seule : enregistrez-en une copie pour le modifier</translation>
    </message>
    <message>
        <source>the file is already open in another Coherence (process %1 on %2), so it was opened read-only</source>
        <translation>le fichier est déjà ouvert dans un autre Coherence (processus %1 sur %2), il a donc été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the folder %1 is read-only, so the file was opened read-only: save a copy elsewhere to edit it</source>
        <translation>le dossier %1 est en lecture seule, le fichier a donc été ouvert en lecture seule : enregistrez-en une copie ailleurs pour le modifier</translation>
    </message>
    <message>
        <source>not a Coherence file: it is an SQLite database of another application</source>
        <translation>ce n&apos;est pas un fichier Coherence : c&apos;est une base de données SQLite d&apos;une autre application</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy or an exported JSON instead</source>
        <translation>le fichier est endommagé (%1). Ouvrez plutôt une copie de sauvegarde ou un JSON exporté</translation>
    </message>
    <message>
        <source>this file was made by a newer Coherence (file schema version %1; this version reads up to %2). Update Coherence to open it</source>
        <translation>ce fichier a été créé par une version plus récente de Coherence (version de schéma %1 ; cette version lit jusqu&apos;à la %2). Mettez Coherence à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the file is damaged: it has the Coherence mark but no schema</source>
        <translation>le fichier est endommagé : il porte la marque Coherence mais n&apos;a pas de schéma</translation>
    </message>
    <message>
        <source>this file uses the older schema version %1 and must be upgraded, which needs write access: %2</source>
        <translation>ce fichier utilise l&apos;ancienne version de schéma %1 et doit être mis à niveau, ce qui demande l&apos;accès en écriture : %2</translation>
    </message>
    <message>
        <source>open it for editing</source>
        <translation>ouvrez-le en modification</translation>
    </message>
    <message>
        <source>the file was upgraded from schema version %1 to %2; the original is kept as %3</source>
        <translation>le fichier a été mis à niveau de la version de schéma %1 à la %2 ; l&apos;original est conservé sous %3</translation>
    </message>
    <message>
        <source>the file is damaged: its table &quot;%1&quot; is missing</source>
        <translation>le fichier est endommagé : sa table « %1 » manque</translation>
    </message>
    <message>
        <source>the file is damaged: it holds no rubric</source>
        <translation>le fichier est endommagé : il ne contient aucune grille</translation>
    </message>
    <message>
        <source>the file is damaged: its rubric cannot be read (%1)</source>
        <translation>le fichier est endommagé : sa grille est illisible (%1)</translation>
    </message>
    <message>
        <source>no rubric data</source>
        <translation>aucune donnée de grille</translation>
    </message>
    <message>
        <source>the file is damaged: its rubric does not match its recorded SHA-256, so it was altered after the assessment was made</source>
        <translation>le fichier est endommagé : sa grille ne correspond pas au SHA-256 enregistré, elle a donc été modifiée après la création de l&apos;évaluation</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>propriété %1</translation>
    </message>
    <message>
        <source>plan or metadata field</source>
        <translation>champ du plan ou des métadonnées</translation>
    </message>
    <message>
        <source>page correction %1: %2</source>
        <translation>correction de page %1 : %2</translation>
    </message>
    <message>
        <source>a citation of %1</source>
        <translation>une citation de %1</translation>
    </message>
    <message>
        <source>%1 has an unknown kind &quot;%2&quot;</source>
        <translation>%1 a un type inconnu « %2 »</translation>
    </message>
    <message>
        <source>the rating of %1</source>
        <translation>la notation de %1</translation>
    </message>
    <message>
        <source>%1 has an unreadable vote tally</source>
        <translation>%1 a un décompte de votes illisible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>le fichier est endommagé : %1</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (et %1 autres problèmes)</translation>
    </message>
    <message>
        <source>this assessment is open read-only, so the change was not made</source>
        <translation>cette évaluation est ouverte en lecture seule, la modification n&apos;a donc pas été faite</translation>
    </message>
    <message>
        <source>could not save the change, so it was not made: %1</source>
        <translation>impossible d&apos;enregistrer la modification, elle n&apos;a donc pas été faite : %1</translation>
    </message>
    <message>
        <source>plan field</source>
        <translation>champ du plan</translation>
    </message>
    <message>
        <source>metadata field</source>
        <translation>champ des métadonnées</translation>
    </message>
    <message>
        <source>there is no action number %1</source>
        <translation>il n&apos;y a pas d&apos;action numéro %1</translation>
    </message>
    <message>
        <source>the import was made with rubric %1 %2, this assessment with %3 %4: they cannot be combined</source>
        <translation>l&apos;import a été fait avec la grille %1 %2, cette évaluation avec %3 %4 : elles ne peuvent pas être combinées</translation>
    </message>
    <message>
        <source>%1: %2 ratings, %3 actions</source>
        <translation>%1 : %2 notations, %3 actions</translation>
    </message>
    <message>
        <source>a copy must have another name than the original</source>
        <translation>une copie doit porter un autre nom que l&apos;original</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name</source>
        <translation>%1 existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <source>could not write the copy %1: %2</source>
        <translation>impossible d&apos;écrire la copie %1 : %2</translation>
    </message>
    <message>
        <source>the copy %1 could not be read back (%2); it was removed</source>
        <translation>la copie %1 n&apos;a pas pu être relue (%2) ; elle a été supprimée</translation>
    </message>
    <message>
        <source>its content differs</source>
        <translation>son contenu diffère</translation>
    </message>
    <message>
        <source>the change log of the file is damaged (%1)</source>
        <translation>le journal des modifications du fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the change log could not be read: %1</source>
        <translation>impossible de lire le journal des modifications : %1</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; cannot be read (%2)</source>
        <translation>sa table « %1 » ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>the kind of assessment &quot;%1&quot; is unknown</source>
        <translation>le type d&apos;évaluation « %1 » est inconnu</translation>
    </message>
    <message>
        <source>the list of assessors cannot be read</source>
        <translation>la liste des évaluateurs est illisible</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>l&apos;action %1</translation>
    </message>
    <message>
        <source>%1 has an unreadable list of partners</source>
        <translation>%1 a une liste de partenaires illisible</translation>
    </message>
    <message>
        <source>%1 has an unreadable due date &quot;%2&quot;</source>
        <translation>%1 a une échéance illisible « %2 »</translation>
    </message>
    <message>
        <source>%1 has an unknown status &quot;%2&quot;</source>
        <translation>%1 a un statut inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1 has an unknown priority &quot;%2&quot;</source>
        <translation>%1 a une priorité inconnue « %2 »</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>%1 rows where %2 were expected</source>
        <translation>%1 lignes au lieu des %2 attendues</translation>
    </message>
    <message>
        <source>rows of different lengths</source>
        <translation>des lignes de longueurs différentes</translation>
    </message>
    <message>
        <source>it does not read back</source>
        <translation>il ne se relit pas</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>il se relit différemment</translation>
    </message>
</context>
<context>
    <name>AssessmentJson</name>
    <message>
        <source>&quot;%1&quot; is not a Coherence assessment (expected &quot;%2&quot;)</source>
        <translation>« %1 » n&apos;est pas une évaluation Coherence (attendu : « %2 »)</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Coherence; this one reads version %2</source>
        <translation>la version de format %1 a été écrite par un Coherence plus récent ; celui-ci lit la version %2</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>doit être un objet, trouvé : %1</translation>
    </message>
    <message>
        <source>the assessment was made with rubric &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>l&apos;évaluation a été faite avec la grille « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>the assessment was made with %1 %2, the rubric given is %1 %3 with other content; scores may differ from the original</source>
        <translation>l&apos;évaluation a été faite avec %1 %2, la grille fournie est %1 %3 avec un autre contenu ; les scores peuvent différer de l&apos;original</translation>
    </message>
    <message>
        <source>rubric &quot;%1&quot; is not built in and the file does not include it: give the rubric file (--rubric FILE)</source>
        <translation>la grille « %1 » n&apos;est pas intégrée et le fichier ne la contient pas : fournissez le fichier de la grille (--rubric FICHIER)</translation>
    </message>
    <message>
        <source>the assessment was made with %1 %2, but the built-in is %1 %3: give the original rubric file (--rubric FILE)</source>
        <translation>l&apos;évaluation a été faite avec %1 %2, mais la grille intégrée est %1 %3 : fournissez le fichier de la grille d&apos;origine (--rubric FICHIER)</translation>
    </message>
    <message>
        <source>the assessment was made with %1 %2, which differs from the built-in %1 %3: give the original rubric file (--rubric FILE)</source>
        <translation>l&apos;évaluation a été faite avec %1 %2, qui diffère de la grille intégrée %1 %3 : fournissez le fichier de la grille d&apos;origine (--rubric FICHIER)</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>the included rubric is &quot;%1&quot; but the assessment names &quot;%2&quot;</source>
        <translation>la grille incluse est « %1 » mais l&apos;évaluation indique « %2 »</translation>
    </message>
    <message>
        <source>the included rubric does not match its SHA-256: it was altered after the assessment was made (expected %1, computed %2)</source>
        <translation>la grille incluse ne correspond pas à son SHA-256 : elle a été modifiée après la création de l&apos;évaluation (attendu %1, calculé %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time such as 2026-03-01T09:30:00Z</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601 comme 2026-03-01T09:30:00Z</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (use %2)</source>
        <translation>rôle inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>duplicate rating for criterion &quot;%1&quot;: each criterion is rated once</source>
        <translation>notation en double pour le critère « %1 » : chaque critère est noté une seule fois</translation>
    </message>
    <message>
        <source>unknown evidence kind &quot;%1&quot; (use %2)</source>
        <translation>type d&apos;élément probant inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level: the keys of votes are levels, such as &quot;2&quot;</source>
        <translation>« %1 » n&apos;est pas un niveau : les clés des votes sont des niveaux, comme « 2 »</translation>
    </message>
    <message>
        <source>must be a whole number of votes, such as 3</source>
        <translation>doit être un nombre entier de votes, comme 3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2027-06-30</source>
        <translation>« %1 » n&apos;est pas une date comme 2027-06-30</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use planned, in-progress, done or dropped)</source>
        <translation>statut inconnu « %1 » (utilisez planned, in-progress, done ou dropped)</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (use high, medium or low)</source>
        <translation>priorité inconnue « %1 » (utilisez high, medium ou low)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AssessmentMerge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>choose at least two assessments to merge</source>
        <translation>choisissez au moins deux évaluations à fusionner</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1 uses the rubric &quot;%2&quot; but %3 uses &quot;%4&quot;: only assessments made with the same rubric can be merged</source>
        <translation>%1 utilise la grille « %2 » mais %3 utilise « %4 » : seules des évaluations faites avec la même grille peuvent être fusionnées</translation>
    </message>
    <message>
        <source>%1: its rating is left aside, as rubric version %2 has no such criterion</source>
        <translation>%1 : sa notation est laissée de côté, car la version %2 de la grille n&apos;a pas ce critère</translation>
    </message>
    <message>
        <source>%1: level %2 is left aside, as it is beyond the scale of rubric version %3 (0 to %4)</source>
        <translation>%1 : le niveau %2 est laissé de côté, car il dépasse l&apos;échelle de la version %3 de la grille (0 à %4)</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Consensus of %1 assessments</source>
        <translation>Consensus de %1 évaluations</translation>
    </message>
    <message>
        <source>merged %1 assessments (%2); consensus by median, %3 chosen by the facilitator, %4 disagreements</source>
        <translation>%1 évaluations fusionnées (%2) ; consensus par la médiane, %3 choisis par l&apos;animateur, %4 désaccords</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not read back as written (%2); it was removed</source>
        <translation>%1 ne s&apos;est pas relu tel qu&apos;écrit (%2) ; il a été supprimé</translation>
    </message>
    <message>
        <source>the ratings differ</source>
        <translation>les notations diffèrent</translation>
    </message>
</context>
<context>
    <name>BuiltinRubrics</name>
    <message>
        <source>no built-in rubric &quot;%1&quot; (built-in: %2)</source>
        <translation>aucune grille intégrée « %1 » (intégrées : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in rubric (%2) nor a readable file</source>
        <translation>« %1 » n&apos;est ni une grille intégrée (%2) ni un fichier lisible</translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>niveau %1 : %2</translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>Évaluation créée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Made by merging</source>
        <translation>Créée par fusion</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Room&apos;s votes</source>
        <translation>Votes de la salle</translation>
    </message>
    <message>
        <source>Handbook page corrected</source>
        <translation>Page du manuel corrigée</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>Document du plan</translation>
    </message>
    <message>
        <source>Assessment title</source>
        <translation>Titre de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Type d&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Action added</source>
        <translation>Action ajoutée</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Action modifiée</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Action supprimée</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Area profile</source>
        <translation>Profil par domaine</translation>
    </message>
    <message>
        <source>Score and coverage by area</source>
        <translation>Score et couverture par domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Couverture %</translation>
    </message>
    <message>
        <source>Change by area, B − A (score points)</source>
        <translation>Écart par domaine, B − A (points de score)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source> (n/a)</source>
        <translation> (s.o.)</translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>The charts cannot be shown</source>
        <translation>Les graphiques ne peuvent pas être affichés</translation>
    </message>
</context>
<context>
    <name>ConsistencyWarning</name>
    <message>
        <source>%1 is rated %2 but cites no evidence: add the passage of the plan that supports it</source>
        <translation>%1 est noté %2 mais ne cite aucun élément probant : ajoutez le passage du plan qui le justifie</translation>
    </message>
    <message>
        <source>%1 is rated %2 (operationalised or higher) but cites no budget, indicator or institution</source>
        <translation>%1 est noté %2 (opérationnel ou plus) mais ne cite ni budget, ni indicateur, ni institution</translation>
    </message>
    <message>
        <source>%1 has target %2, below its current level %3</source>
        <translation>%1 a la cible %2, inférieure à son niveau actuel %3</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the file must contain one JSON object, found %1</source>
        <translation>le fichier doit contenir un objet JSON, trouvé : %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>unknown key, ignored (known keys: %1)</source>
        <translation>clé inconnue, ignorée (clés connues : %1)</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>doit être %1, trouvé : %2</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>manquant (obligatoire)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>doit être un nombre entier, trouvé : %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>must be a map of language to text, e.g. {&quot;en&quot;: &quot;…&quot;}, found %1</source>
        <translation>doit être une table langue → texte, par ex. {&quot;en&quot;: &quot;…&quot;}, trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;pt-BR&quot;</source>
        <translation>« %1 » n&apos;est pas un code de langue comme « en » ou « pt-BR »</translation>
    </message>
    <message>
        <source>missing English text (&quot;en&quot;): English is required and is the fallback for every language</source>
        <translation>texte anglais manquant (« en ») : l&apos;anglais est obligatoire et sert de repli pour toutes les langues</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>%1 does not parse at line %2: %3</source>
        <translation>%1 ne se lit pas à la ligne %2 : %3</translation>
    </message>
    <message>
        <source>content.xml has %1 headings where %2 were expected</source>
        <translation>content.xml a %1 titres au lieu des %2 attendus</translation>
    </message>
    <message>
        <source>the package has %1 files where %2 were expected</source>
        <translation>le paquet contient %1 fichiers au lieu des %2 attendus</translation>
    </message>
    <message>
        <source>the package does not start with its stored mimetype</source>
        <translation>le paquet ne commence pas par son type MIME non compressé</translation>
    </message>
    <message>
        <source>the package holds %1 where %2 was expected</source>
        <translation>le paquet contient %1 là où %2 était attendu</translation>
    </message>
    <message>
        <source>the ODT report %1 would be larger than 4 GiB</source>
        <translation>le rapport ODT %1 dépasserait 4 Gio</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>the PDF has no cross-reference trailer that can be read</source>
        <translation>le PDF n’a pas de trailer de références croisées lisible</translation>
    </message>
    <message>
        <source>the PDF&apos;s catalog or page tree cannot be read</source>
        <translation>le catalogue ou l’arbre des pages du PDF est illisible</translation>
    </message>
    <message>
        <source>the bookmark “%1” is for page %2 of a PDF of %3 pages</source>
        <translation>le signet « %1 » renvoie à la page %2 d’un PDF de %3 pages</translation>
    </message>
</context>
<context>
    <name>PlanDetailsFields</name>
    <message>
        <source>e.g. National Development Plan 2026–2030</source>
        <translation>par ex. Plan national de développement 2026–2030</translation>
    </message>
    <message>
        <source>e.g. 2026–2030</source>
        <translation>par ex. 2026–2030</translation>
    </message>
    <message>
        <source>Where the plan can be found: number, link, ISBN</source>
        <translation>Où trouver le plan : numéro, lien, ISBN</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Government self-assessment</source>
        <translation>Auto-évaluation gouvernementale</translation>
    </message>
    <message>
        <source>Civil-society review</source>
        <translation>Examen par la société civile</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation>&amp;Titre du plan :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>&amp;Document reference:</source>
        <translation>Référence du &amp;document :</translation>
    </message>
    <message>
        <source>Assessment t&amp;itle:</source>
        <translation>T&amp;itre de l&apos;évaluation :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>É&amp;valuateurs :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Give the plan&apos;s title.</source>
        <translation>Indiquez le titre du plan.</translation>
    </message>
    <message>
        <source>Give the country.</source>
        <translation>Indiquez le pays.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>government self-assessment</source>
        <translation>auto-évaluation gouvernementale</translation>
    </message>
    <message>
        <source>civil-society review</source>
        <translation>examen par la société civile</translation>
    </message>
    <message>
        <source>workshop assessment</source>
        <translation>évaluation en atelier</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Non applicable : %1</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Niveau %1 — %2</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>1 assessor, name withheld</source>
        <translation>1 évaluateur, nom non communiqué</translation>
    </message>
    <message>
        <source>%1 assessors, names withheld</source>
        <translation>%1 évaluateurs, noms non communiqués</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Overall score: %1 out of 100 (a profile, not a ranking).</source>
        <translation>Score global : %1 sur 100 (un profil, pas un classement).</translation>
    </message>
    <message>
        <source>Coverage: %1% — %2 criteria rated, %3 not applicable, of %4.</source>
        <translation>Couverture : %1 % — %2 critères notés, %3 non applicables, sur %4.</translation>
    </message>
    <message>
        <source>Process and enablers: %1; sector content: %2; cross-cutting: %3.</source>
        <translation>Processus et facteurs favorables : %1 ; contenu sectoriel : %2 ; transversal : %3.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Rated / N/A / all</source>
        <translation>Notés / N/A / tous</translation>
    </message>
    <message>
        <source>Scores by area; “—” means nothing rated yet, not zero.</source>
        <translation>Scores par domaine ; « — » signifie rien de noté pour l&apos;instant, pas zéro.</translation>
    </message>
    <message>
        <source>Now at level %1, target %2. Recommendation: %3</source>
        <translation>Actuellement au niveau %1, cible %2. Recommandation : %3</translation>
    </message>
    <message>
        <source>Ask: that the plan provide %1</source>
        <translation>Demander : que le plan prévoie %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références : %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Each criterion of the rubric “%1” (%2, version %3) was rated against the plan on a scale from 0 (not addressed) to %4, with the evidence cited. A criterion scores level ÷ %4 × 100; an area is the weighted mean of its rated criteria, undefined (“—”) when none is rated; not applicable criteria, with their justification, count for coverage only.</source>
        <translation>Chaque critère de la grille « %1 » (%2, version %3) a été noté par rapport au plan sur une échelle de 0 (non traité) à %4, avec les éléments probants cités. Un critère vaut niveau ÷ %4 × 100 ; un domaine est la moyenne pondérée de ses critères notés, indéfinie (« — ») quand aucun n&apos;est noté ; les critères non applicables, avec leur justification, ne comptent que pour la couverture.</translation>
    </message>
    <message>
        <source>Rubric identity: %1 %2, SHA-256 %3.</source>
        <translation>Identité de la grille : %1 %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Briefing note: %1</source>
        <translation>Note de synthèse : %1</translation>
    </message>
    <message>
        <source>How the plan addresses the recommendations of the GMG handbook on mainstreaming migration into development planning</source>
        <translation>Comment le plan traite les recommandations du manuel du GMG sur l&apos;intégration de la migration dans la planification du développement</translation>
    </message>
    <message>
        <source>Headline findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Strongest areas: %1.</source>
        <translation>Domaines les plus solides : %1.</translation>
    </message>
    <message>
        <source>Largest gaps: %1.</source>
        <translation>Écarts les plus importants : %1.</translation>
    </message>
    <message>
        <source>Area profile: score of each area, 0–100; areas with nothing rated at the centre.</source>
        <translation>Profil par domaine : score de chaque domaine, 0–100 ; les domaines sans notation au centre.</translation>
    </message>
    <message>
        <source>Priority gaps and what to ask for</source>
        <translation>Écarts prioritaires et ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <source>No rated criterion is below its target.</source>
        <translation>Aucun critère noté n&apos;est en dessous de sa cible.</translation>
    </message>
    <message>
        <source>What the plan says</source>
        <translation>Ce que dit le plan</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Assessment report: %1</source>
        <translation>Rapport d&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>Against the GMG handbook “Mainstreaming Migration into Development Planning”</source>
        <translation>Au regard du manuel du GMG « Intégrer la migration dans la planification du développement »</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Area profile.</source>
        <translation>Profil par domaine.</translation>
    </message>
    <message>
        <source>Score and coverage by area.</source>
        <translation>Score et couverture par domaine.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Private note: %1</source>
        <translation>Note privée : %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Aucune action enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Gaps by priority</source>
        <translation>Écarts par priorité</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Consistency warnings</source>
        <translation>Avertissements de cohérence</translation>
    </message>
    <message>
        <source>Workshop summary: %1</source>
        <translation>Compte rendu de l&apos;atelier : %1</translation>
    </message>
    <message>
        <source>Mechanisms in place, self-assessment and preliminary recommendations</source>
        <translation>Mécanismes en place, auto-évaluation et recommandations préliminaires</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>1. Mechanisms in place</source>
        <translation>1. Mécanismes en place</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No criterion was found operational (level 3 or above) yet.</source>
        <translation>Aucun critère n&apos;a encore été jugé opérationnel (niveau 3 ou plus).</translation>
    </message>
    <message>
        <source>2. Self-assessment</source>
        <translation>2. Auto-évaluation</translation>
    </message>
    <message>
        <source>Area profile as assessed by the participants.</source>
        <translation>Profil par domaine tel qu&apos;évalué par les participants.</translation>
    </message>
    <message>
        <source>3. Preliminary recommendations</source>
        <translation>3. Recommandations préliminaires</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>cannot draw the PDF report %1</source>
        <translation>impossible de dessiner le rapport PDF %1</translation>
    </message>
    <message>
        <source>not a complete PDF</source>
        <translation>ce n&apos;est pas un PDF complet</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF n&apos;a aucune page</translation>
    </message>
    <message>
        <source>cannot add bookmarks to the PDF report %1: %2</source>
        <translation>impossible d’ajouter les signets au rapport PDF %1 : %2</translation>
    </message>
    <message>
        <source>the PDF lacks its bookmarks</source>
        <translation>le PDF n’a pas ses signets</translation>
    </message>
</context>
<context>
    <name>ReportRenderingModule</name>
    <message>
        <source>Reports cannot be made</source>
        <translation>Les rapports ne peuvent pas être produits</translation>
    </message>
</context>
<context>
    <name>ReportSvgCharts</name>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>coverage %</source>
        <translation>couverture %</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Chart: %1 (see the PDF, ODT or HTML version)</source>
        <translation>Graphique : %1 (voir la version PDF, ODT ou HTML)</translation>
    </message>
    <message>
        <source>the HTML does not parse at line %1: %2</source>
        <translation>le HTML ne s&apos;analyse pas à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>the HTML does not start with the report&apos;s title</source>
        <translation>le HTML ne commence pas par le titre du rapport</translation>
    </message>
    <message>
        <source>the HTML has %1 sections where %2 were expected</source>
        <translation>le HTML a %1 sections au lieu des %2 attendues</translation>
    </message>
    <message>
        <source>the Markdown does not start with the report&apos;s title</source>
        <translation>le Markdown ne commence pas par le titre du rapport</translation>
    </message>
    <message>
        <source>the Markdown lacks the section “%1”</source>
        <translation>il manque au Markdown la section « %1 »</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>the HTML&apos;s contents link to “%1”, which it does not have</source>
        <translation>le sommaire du HTML renvoie à « %1 », qu’il ne contient pas</translation>
    </message>
</context>
<context>
    <name>RubricLoader</name>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>« %1 » n&apos;est pas un identifiant valide : utilisez des lettres, des chiffres, « . », « - » ou « _ », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>bad version &quot;%1&quot;: use a semantic version such as &quot;1.0.0&quot;</source>
        <translation>version incorrecte « %1 » : utilisez une version sémantique comme « 1.0.0 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Coherence rubric (expected &quot;%2&quot;)</source>
        <translation>« %1 » n&apos;est pas une grille Coherence (attendu : « %2 »)</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Coherence; this one reads version %2. Update Coherence to open it.</source>
        <translation>la version de format %1 a été écrite par un Coherence plus récent ; celui-ci lit la version %2. Mettez Coherence à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>must be 1 or more, found %1</source>
        <translation>doit valoir 1 ou plus, trouvé : %1</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>doit être un objet, trouvé : %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>a scale needs at least two levels, found %1</source>
        <translation>une échelle demande au moins deux niveaux, trouvé : %1</translation>
    </message>
    <message>
        <source>levels must be numbered 0, 1, 2, … in order; expected %1, found %2</source>
        <translation>les niveaux doivent être numérotés 0, 1, 2, … dans l&apos;ordre ; attendu %1, trouvé %2</translation>
    </message>
    <message>
        <source>a rubric needs at least one area</source>
        <translation>une grille demande au moins un domaine</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>unknown block &quot;%1&quot; (use process, sector or cross-cutting)</source>
        <translation>bloc inconnu « %1 » (utilisez process, sector ou cross-cutting)</translation>
    </message>
    <message>
        <source>a rubric needs at least one criterion</source>
        <translation>une grille demande au moins un critère</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;: it must be the id of one of &quot;areas&quot;</source>
        <translation>domaine inconnu « %1 » : ce doit être l&apos;identifiant d&apos;un des « areas »</translation>
    </message>
    <message>
        <source>target %1 is outside the rating scale (0 to %2)</source>
        <translation>la cible %1 est hors de l&apos;échelle de notation (0 à %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the rating scale (0 to %2)</source>
        <translation>« %1 » n&apos;est pas un niveau de l&apos;échelle de notation (0 à %2)</translation>
    </message>
    <message>
        <source>unknown reference type &quot;%1&quot; (use %2)</source>
        <translation>type de référence inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;: it must be the id of one of &quot;sources&quot;</source>
        <translation>source inconnue « %1 » : ce doit être l&apos;identifiant d&apos;une des « sources »</translation>
    </message>
    <message>
        <source>area &quot;%1&quot; has no criteria; its score will always be undefined</source>
        <translation>le domaine « %1 » n&apos;a aucun critère ; son score sera toujours indéfini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>« %1 » n&apos;est pas un identifiant de %2 valide : utilisez des lettres, des chiffres, « . », « - » ou « _ »</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;: ids must be unique</source>
        <translation>identifiant de %1 en double « %2 » : les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>weight must be greater than 0, found %1</source>
        <translation>le poids doit être supérieur à 0, trouvé : %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RubricMarkdown</name>
    <message>
        <source>GMG handbook pp. %1</source>
        <translation>manuel du GMG, p. %1</translation>
    </message>
    <message>
        <source>GMG handbook p. %1</source>
        <translation>manuel du GMG, p. %1</translation>
    </message>
    <message>
        <source>(corrected by the assessor; %1 as cited)</source>
        <translation>(corrigé par l&apos;évaluateur ; %1 tel que cité)</translation>
    </message>
    <message>
        <source>GCM Objective %1</source>
        <translation>Objectif %1 du PMM</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODD %1</translation>
    </message>
    <message>
        <source>(as cited in %1)</source>
        <translation>(tel que cité dans %1)</translation>
    </message>
    <message>
        <source>Rubric `%1`, version %2, SHA-256 `%3`.</source>
        <translation>Grille `%1`, version %2, SHA-256 `%3`.</translation>
    </message>
    <message>
        <source>Generated from the rubric data by `coherence-cli rubric show %1 --format markdown`; do not edit by hand.</source>
        <translation>Généré à partir des données de la grille par `coherence-cli rubric show %1 --format markdown` ; ne pas modifier à la main.</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Minimum evidence</source>
        <translation>Éléments probants minimaux</translation>
    </message>
    <message>
        <source>Not applicable (N/A) needs a written justification and leaves the criterion out of the score.</source>
        <translation>Non applicable (N/A) demande une justification écrite et exclut le critère du score.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Ce qu&apos;il faut chercher</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>Levels for this criterion</source>
        <translation>Niveaux pour ce critère</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Weight %1, default target %2</source>
        <translation>Poids %1, cible par défaut %2</translation>
    </message>
    <message>
        <source>; keywords: %1</source>
        <translation> ; mots-clés : %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1 areas, %2 criteria, scale 0–%3, sha256 %4</source>
        <translation>%1 domaines, %2 critères, échelle 0–%3, sha256 %4</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>vote tallies and citation contributors (Coherence 0.2)</source>
        <translation>décomptes de votes et contributeurs des citations (Coherence 0.2)</translation>
    </message>
    <message>
        <source>no upgrade from schema version %1 is known to this Coherence</source>
        <translation>cette version de Coherence ne connaît aucune mise à niveau depuis la version de schéma %1</translation>
    </message>
    <message>
        <source>could not write the backup copy before upgrading (%1); the file was not changed</source>
        <translation>impossible d&apos;écrire la copie de sauvegarde avant la mise à niveau (%1) ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>could not start the upgrade: %1</source>
        <translation>impossible de commencer la mise à niveau : %1</translation>
    </message>
    <message>
        <source>upgrading from schema version %1 failed (%2); the file was not changed, and a backup is at %3</source>
        <translation>la mise à niveau depuis la version de schéma %1 a échoué (%2) ; le fichier n&apos;a pas été modifié, et une copie de sauvegarde se trouve en %3</translation>
    </message>
    <message>
        <source>could not finish the upgrade (%1); the file was not changed</source>
        <translation>impossible de terminer la mise à niveau (%1) ; le fichier n&apos;a pas été modifié</translation>
    </message>
</context>
<context>
    <name>ScoreReportFormat</name>
    <message>
        <source>Rubric: %1 %2 (%3)</source>
        <translation>Grille : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overall score: %1   Coverage: %2% (%3 rated, %4 not applicable, of %5)</source>
        <translation>Score global : %1   Couverture : %2 % (%3 notés, %4 non applicables, sur %5)</translation>
    </message>
    <message>
        <source>%1 block: %2</source>
        <translation>Bloc %1 : %2</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>coverage %1% (%2/%3)</source>
        <translation>couverture %1 % (%2/%3)</translation>
    </message>
    <message>
        <source>Gaps by priority</source>
        <translation>Écarts par priorité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>level %1 → target %2, priority %3</source>
        <translation>niveau %1 → cible %2, priorité %3</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>SetDetailsCommand</name>
    <message>
        <source>Edit assessment details</source>
        <translation>Modifier les détails de l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>SetPageCorrectionCommand</name>
    <message>
        <source>Correct a handbook page of %1</source>
        <translation>Corriger une page du manuel pour %1</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message>
        <source>Participants: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <source>→ or Page Down: next · ← or Page Up: back · 0–4: the room&apos;s level · V: count votes · B: blank screen · Esc: leave</source>
        <translation>→ ou Page suivante : suivant · ← ou Page précédente : retour · 0–4 : le niveau de la salle · V : compter les votes · B : écran noir · Échap : quitter</translation>
    </message>
    <message>
        <source>Area %1 of %2</source>
        <translation>Domaine %1 sur %2</translation>
    </message>
    <message>
        <source>Recommendations: %1</source>
        <translation>Recommandations : %1</translation>
    </message>
    <message>
        <source>score so far %1</source>
        <translation>score actuel %1</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>The room&apos;s level: %1 — %2</source>
        <translation>Le niveau de la salle : %1 — %2</translation>
    </message>
    <message>
        <source>Not yet rated: press 0–4 for the room&apos;s level</source>
        <translation>Pas encore noté : appuyez sur 0–4 pour le niveau de la salle</translation>
    </message>
    <message>
        <source>votes: %1, spread %2–%3, median %4</source>
        <translation>votes : %1, étendue %2–%3, médiane %4</translation>
    </message>
    <message>
        <source>wide spread: discuss</source>
        <translation>forte dispersion : à discuter</translation>
    </message>
    <message>
        <source>Votes per level</source>
        <translation>Votes par niveau</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Tab: next level · Enter: save · Esc: cancel</source>
        <translation>Tab : niveau suivant · Entrée : enregistrer · Échap : annuler</translation>
    </message>
    <message>
        <source>Area profile</source>
        <translation>Profil par domaine</translation>
    </message>
    <message>
        <source>%1% of the criteria rated · scores 0–100, the outer ring is 100</source>
        <translation>%1 % des critères notés · scores 0–100, le cercle extérieur vaut 100</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>Principaux écarts</translation>
    </message>
    <message>
        <source>No criterion is below its target.</source>
        <translation>Aucun critère n&apos;est en dessous de sa cible.</translation>
    </message>
    <message>
        <source>level %1, target %2: a gap of %3</source>
        <translation>niveau %1, cible %2 : un écart de %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>Ce qu&apos;il faut chercher : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Private note (not shown to the room): %1</source>
        <translation>Note privée (non montrée à la salle) : %1</translation>
    </message>
    <message>
        <source>Citations recorded: %1</source>
        <translation>Citations enregistrées : %1</translation>
    </message>
    <message>
        <source>Votes: %1; spread %2–%3; median %4</source>
        <translation>Votes : %1 ; étendue %2–%3 ; médiane %4</translation>
    </message>
    <message>
        <source>Gaps in all: %1</source>
        <translation>Écarts au total : %1</translation>
    </message>
    <message>
        <source>Keys: → / Page Down / Space next · ← / Page Up back · L the levels in full · 0–4 the room&apos;s level · V count votes · B blank · Ctrl+Z undo · Esc leave</source>
        <translation>Touches : → / Page suivante / Espace suivant · ← / Page précédente retour · L les niveaux en entier · 0–4 le niveau de la salle · V compter les votes · B écran noir · Ctrl+Z annuler · Échap quitter</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>impossible de copier vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>more than one SQL statement given; run them one by one</source>
        <translation>plus d&apos;une instruction SQL fournie ; exécutez-les une par une</translation>
    </message>
    <message>
        <source>the statement returned rows where none were expected</source>
        <translation>l&apos;instruction a renvoyé des lignes alors qu&apos;aucune n&apos;était attendue</translation>
    </message>
</context>
<context>
    <name>SqliteTransaction</name>
    <message>
        <source>no transaction is active</source>
        <translation>aucune transaction n&apos;est active</translation>
    </message>
</context>
<context>
    <name>VerifiedFileWriter</name>
    <message>
        <source>nothing to write to %1: the export came out empty</source>
        <translation>rien à écrire dans %1 : l&apos;export est vide</translation>
    </message>
    <message>
        <source>the export to %1 failed its check (%2); nothing was written</source>
        <translation>l&apos;export vers %1 a échoué à la vérification (%2) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not read back as written; it was removed</source>
        <translation>%1 ne s&apos;est pas relu tel qu&apos;écrit ; il a été supprimé</translation>
    </message>
</context>
<context>
    <name>WindowModule</name>
    <message>
        <source>%1: its module %2 is in none of %3; reinstall Coherence.</source>
        <translation>%1 : son module %2 ne se trouve dans aucun de %3 ; réinstallez Coherence.</translation>
    </message>
    <message>
        <source>%1: its module cannot be loaded (%2); reinstall Coherence.</source>
        <translation>%1 : son module ne peut pas être chargé (%2) ; réinstallez Coherence.</translation>
    </message>
    <message>
        <source>%1: %2 is not the module of this Coherence; reinstall Coherence.</source>
        <translation>%1 : %2 n&apos;est pas le module de ce Coherence ; réinstallez Coherence.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>the zip archive has no end record where it should (a truncated file?)</source>
        <translation>l’archive zip n’a pas d’enregistrement de fin là où il devrait être (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>the zip archive&apos;s end record does not describe its central directory</source>
        <translation>l’enregistrement de fin de l’archive zip ne décrit pas son répertoire central</translation>
    </message>
    <message>
        <source>entry %1 of the zip archive&apos;s central directory is damaged</source>
        <translation>l’entrée %1 du répertoire central de l’archive zip est endommagée</translation>
    </message>
    <message>
        <source>entry %1 of the zip archive&apos;s central directory runs past its end</source>
        <translation>l’entrée %1 du répertoire central de l’archive zip déborde de sa fin</translation>
    </message>
    <message>
        <source>the zip entry %1 is encrypted, has a data descriptor or an unknown compression</source>
        <translation>l’entrée zip %1 est chiffrée, a un descripteur de données ou une compression inconnue</translation>
    </message>
    <message>
        <source>the zip entry %1&apos;s local header does not match the central directory</source>
        <translation>l’en-tête local de l’entrée zip %1 ne correspond pas au répertoire central</translation>
    </message>
    <message>
        <source>the zip entry %1 runs past the entries&apos; end</source>
        <translation>l’entrée zip %1 déborde de la fin des entrées</translation>
    </message>
    <message>
        <source>the zip archive&apos;s central directory holds more than its %1 entries</source>
        <translation>le répertoire central de l’archive zip contient plus que ses %1 entrées</translation>
    </message>
    <message>
        <source>the zip entry %1 records the size or CRC-32 of other content</source>
        <translation>l’entrée zip %1 indique la taille ou le CRC-32 d’un autre contenu</translation>
    </message>
    <message>
        <source>the zip entry %1 does not hold what was written to it</source>
        <translation>l’entrée zip %1 ne contient pas ce qui y a été écrit</translation>
    </message>
</context>
<context>
    <name>coherence::ActionDialog</name>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Separate partners with commas</source>
        <translation>Séparez les partenaires par des virgules</translation>
    </message>
    <message>
        <source>(not tied to a criterion)</source>
        <translation>(non liée à un critère)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Institution chef de file :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
</context>
<context>
    <name>coherence::ActionPlanModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>coherence::ActionPlanPage</name>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Ajouter une action…</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrer les actions</translation>
    </message>
    <message>
        <source>Show actions with status</source>
        <translation>Afficher les actions au statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Ajouter l&apos;action « %1 »</translation>
    </message>
    <message>
        <source>Close the gap on: %1</source>
        <translation>Combler l&apos;écart sur : %1</translation>
    </message>
    <message>
        <source>Edit action &quot;%1&quot;</source>
        <translation>Modifier l&apos;action « %1 »</translation>
    </message>
    <message>
        <source>Remove action &quot;%1&quot;</source>
        <translation>Supprimer l&apos;action « %1 »</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
</context>
<context>
    <name>coherence::AssessmentDetailsDialog</name>
    <message>
        <source>Assessment details</source>
        <translation>Détails de l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>coherence::CitationDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>The plan, unless another document</source>
        <translation>Le plan, sauf autre document</translation>
    </message>
    <message>
        <source>e.g. 5.3 Labour migration</source>
        <translation>par ex. 5.3 Migration de main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>e.g. 81</source>
        <translation>par ex. 81</translation>
    </message>
    <message>
        <source>The passage of the plan, as short as makes the point</source>
        <translation>Le passage du plan, aussi court que le propos le permet</translation>
    </message>
    <message>
        <source>Budget, indicator and institution citations are what a level 3 rating needs</source>
        <translation>Les citations de budget, d&apos;indicateur et d&apos;institution sont ce qu&apos;une notation de niveau 3 demande</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section :</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page :</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>E&amp;xtrait :</translation>
    </message>
    <message>
        <source>Give at least an excerpt, a section or a page, so a reader can find the passage.</source>
        <translation>Donnez au moins un extrait, une section ou une page, pour que le lecteur retrouve le passage.</translation>
    </message>
    <message>
        <source>The excerpt is too long (%1 characters; at most %2).</source>
        <translation>L&apos;extrait est trop long (%1 caractères ; au plus %2).</translation>
    </message>
    <message>
        <source>S&amp;hows:</source>
        <translation>&amp;Atteste :</translation>
    </message>
</context>
<context>
    <name>coherence::CitationListModel</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>coherence::CompareDialog</name>
    <message>
        <source>Show &amp;differences only</source>
        <translation>Afficher les &amp;différences seulement</translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation>Comparer des évaluations</translation>
    </message>
    <message>
        <source>Overall %1 → %2 (%3)</source>
        <translation>Global %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A : %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B : %1</translation>
    </message>
    <message>
        <source>%1 of %2 criteria differ</source>
        <translation>%1 critères sur %2 diffèrent</translation>
    </message>
    <message>
        <source>The rubric versions differ (A: %1, B: %2): criteria are matched by id.</source>
        <translation>Les versions de la grille diffèrent (A : %1, B : %2) : les critères sont appariés par identifiant.</translation>
    </message>
    <message>
        <source>Levels of A and B by criterion</source>
        <translation>Niveaux de A et de B par critère</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Do&amp;maines</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Nothing differs.</source>
        <translation>Rien ne diffère.</translation>
    </message>
    <message>
        <source>&amp;What changed (%1)</source>
        <translation>Ce qui a cha&amp;ngé (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>coherence::CriterionPage</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>What to look for in the plan</source>
        <translation>Ce qu&apos;il faut chercher dans le plan</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Record the page as you found it in your copy of the handbook</source>
        <translation>Enregistrer la page telle que vous l&apos;avez trouvée dans votre exemplaire du manuel</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>&amp;Not applicable to this plan (press N)</source>
        <translation>&amp;Non applicable à ce plan (touche N)</translation>
    </message>
    <message>
        <source>Why does this criterion not apply? (required for N/A)</source>
        <translation>Pourquoi ce critère ne s&apos;applique-t-il pas ? (obligatoire pour N/A)</translation>
    </message>
    <message>
        <source>Justification for not applicable</source>
        <translation>Justification de « non applicable »</translation>
    </message>
    <message>
        <source>Write why this criterion does not apply; it is marked N/A as soon as there is a justification.</source>
        <translation>Écrivez pourquoi ce critère ne s&apos;applique pas ; il est marqué N/A dès qu&apos;une justification est donnée.</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>Niveau &amp;cible :</translation>
    </message>
    <message>
        <source>Set target of %1</source>
        <translation>Fixer la cible de %1</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous criterion (Alt+Left)</source>
        <translation>Critère précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Ne&amp;xt →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <source>Next criterion (Alt+Right)</source>
        <translation>Critère suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Evidence from the plan</source>
        <translation>Éléments probants tirés du plan</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Éléments probants cités</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Ajouter un élément probant…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Shown in reports</source>
        <translation>Affichée dans les rapports</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Never printed in briefing notes, never shown in presentations</source>
        <translation>Jamais imprimée dans les notes de synthèse, jamais montrée en présentation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Handbook page numbers are as cited by the NGO Committee on Migration (2011) and have not been checked against the handbook; check them against your copy and correct them here.</source>
        <translation>Les numéros de page du manuel sont ceux cités par le NGO Committee on Migration (2011) et n&apos;ont pas été vérifiés dans le manuel ; vérifiez-les dans votre exemplaire et corrigez-les ici.</translation>
    </message>
    <message>
        <source>Handbook page</source>
        <translation>Page du manuel</translation>
    </message>
    <message>
        <source>%1 cites the handbook at p. %2 (as cited by the NGO Committee on Migration, 2011).
Page in your copy of the handbook (leave empty to keep p. %2):</source>
        <translation>%1 cite le manuel à la p. %2 (telle que citée par le NGO Committee on Migration, 2011).
Page dans votre exemplaire du manuel (laisser vide pour garder p. %2) :</translation>
    </message>
    <message>
        <source>Rate %1 at %2</source>
        <translation>Noter %1 au niveau %2</translation>
    </message>
    <message>
        <source>Mark %1 as applicable</source>
        <translation>Marquer %1 comme applicable</translation>
    </message>
    <message>
        <source>Mark %1 not applicable</source>
        <translation>Marquer %1 comme non applicable</translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation>Modifier la note de %1</translation>
    </message>
    <message>
        <source>Edit private note of %1</source>
        <translation>Modifier la note privée de %1</translation>
    </message>
    <message>
        <source>Add evidence to %1</source>
        <translation>Ajouter un élément probant à %1</translation>
    </message>
    <message>
        <source>Edit evidence of %1</source>
        <translation>Modifier l&apos;élément probant de %1</translation>
    </message>
    <message>
        <source>Remove evidence from %1</source>
        <translation>Supprimer l&apos;élément probant de %1</translation>
    </message>
    <message>
        <source>&amp;Correct a page number…</source>
        <translation>Corri&amp;ger un numéro de page…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
</context>
<context>
    <name>coherence::DashboardPage</name>
    <message>
        <source>Gaps by priority; press Enter to open</source>
        <translation>Écarts par priorité ; appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>Consistency warnings; press Enter to open</source>
        <translation>Avertissements de cohérence ; appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>&amp;Warnings (click to open)</source>
        <translation>&amp;Avertissements (clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Ga&amp;ps by priority (double-click to open)</source>
        <translation>Écarts par &amp;priorité (double-clic pour ouvrir)</translation>
    </message>
</context>
<context>
    <name>coherence::GapListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>coherence::HistoryDialog</name>
    <message>
        <source>&amp;Only the criterion shown</source>
        <translation>&amp;Seulement le critère affiché</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Filter: words, a criterion such as “LAB-2”, a name</source>
        <translation>Filtre : mots, un critère comme « LAB-2 », un nom</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrer les modifications</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Seulement %1</translation>
    </message>
    <message>
        <source>The change log could not be read: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Changes recorded in this file: %1</source>
        <translation>Modifications enregistrées dans ce fichier : %1</translation>
    </message>
    <message>
        <source>Changes shown: %1 of %2</source>
        <translation>Modifications affichées : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>coherence::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>coherence::LevelOption</name>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1 : %2</translation>
    </message>
    <message>
        <source>Press %1 to choose this level</source>
        <translation>Appuyez sur %1 pour choisir ce niveau</translation>
    </message>
</context>
<context>
    <name>coherence::MainWindow</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Ouvrir l&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export action plan as CS&amp;V…</source>
        <translation>Exporter le plan d&apos;action en CS&amp;V…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Détails de l&apos;évaluation…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>&amp;Fermer l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Merge assessments…</source>
        <translation>Fu&amp;sionner des évaluations…</translation>
    </message>
    <message>
        <source>Merge several participants&apos; assessments into one consensus file</source>
        <translation>Fusionner les évaluations de plusieurs participants en un fichier de consensus</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Comparer &amp;avec…</translation>
    </message>
    <message>
        <source>Compare the open assessment with another one</source>
        <translation>Comparer l&apos;évaluation ouverte avec une autre</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Present to a room, one recommendation at a time (F5)</source>
        <translation>Présenter à une salle, une recommandation à la fois (F5)</translation>
    </message>
    <message>
        <source>Presentation &amp;settings…</source>
        <translation>&amp;Réglages de la présentation…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Next criterion</source>
        <translation>Critère &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous criterion</source>
        <translation>Critère &amp;précédent</translation>
    </message>
    <message>
        <source>Rate at level &amp;%1</source>
        <translation>Noter au niveau &amp;%1</translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation>&amp;Non applicable…</translation>
    </message>
    <message>
        <source>Add an action for this criterion…</source>
        <translation>Ajouter une action pour ce critère…</translation>
    </message>
    <message>
        <source>Show the &amp;overall score</source>
        <translation>Afficher le score &amp;global</translation>
    </message>
    <message>
        <source>&amp;Criterion</source>
        <translation>&amp;Critère</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Plan d&apos;&amp;action</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fic&amp;hiers récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>N&amp;oter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Rubric &amp;sources and page numbers</source>
        <translation>&amp;Sources de la grille et numéros de page</translation>
    </message>
    <message>
        <source>&amp;About Coherence</source>
        <translation>À &amp;propos de Coherence</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>Coverage %1%</source>
        <translation>Couverture %1 %</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Opened your copy of %1 (%2)</source>
        <translation>Votre copie de %1 a été ouverte (%2)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Opened %1 — every change is saved as you make it</source>
        <translation>%1 ouvert — chaque modification est enregistrée au fur et à mesure</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Filter: words, “C143”, “10.7”, “p. 80” (Ctrl+F)</source>
        <translation>Filtre : mots, « C143 », « 10.7 », « p. 80 » (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter recommendations</source>
        <translation>Filtrer les recommandations</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Toutes les recommandations</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Avec avertissements</translation>
    </message>
    <message>
        <source>Below target (gaps)</source>
        <translation>Sous la cible (écarts)</translation>
    </message>
    <message>
        <source>Recommendations by area</source>
        <translation>Recommandations par domaine</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>Impossible de créer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Ouvrir une évaluation</translation>
    </message>
    <message>
        <source>Coherence assessments (*.coherence);;JSON assessments (*.json)</source>
        <translation>Évaluations Coherence (*.coherence);;Évaluations JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an assessment exported as JSON</source>
        <translation>Importer une évaluation exportée en JSON</translation>
    </message>
    <message>
        <source>JSON assessments (*.json)</source>
        <translation>Évaluations JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the imported assessment as</source>
        <translation>Enregistrer l&apos;évaluation importée sous</translation>
    </message>
    <message>
        <source>Coherence assessments (*.coherence)</source>
        <translation>Évaluations Coherence (*.coherence)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d&apos;importer %1</translation>
    </message>
    <message>
        <source>%1 is not a valid assessment: %2</source>
        <translation>%1 n&apos;est pas une évaluation valide : %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importé dans %2</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported to %1 (checked)</source>
        <translation>Exporté vers %1 (vérifié)</translation>
    </message>
    <message>
        <source>Export the action plan as CSV</source>
        <translation>Exporter le plan d&apos;action en CSV</translation>
    </message>
    <message>
        <source>Export the ratings as CSV</source>
        <translation>Exporter les notations en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written and checked: %1</source>
        <translation>Rapport écrit et vérifié : %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Rubric sources</source>
        <translation>Sources de la grille</translation>
    </message>
    <message>
        <source>About Coherence</source>
        <translation>À propos de Coherence</translation>
    </message>
    <message>
        <source>Coherence %1

Scores a national development plan against the recommendations of the Global Migration Group handbook “Mainstreaming Migration into Development Planning” (IOM, 2010).

Works offline: it makes no network connection, ever. Every change is saved as you make it.

Licence: GPL-3.0-or-later.</source>
        <translation>Coherence %1

Évalue un plan national de développement au regard des recommandations du manuel du Groupe mondial sur la migration « Intégrer la migration dans la planification du développement » (OIM, 2010).

Fonctionne hors ligne : il n&apos;établit jamais de connexion réseau. Chaque modification est enregistrée au fur et à mesure.

Licence : GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>it is not a valid assessment</source>
        <translation>ce n&apos;est pas une évaluation valide</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Choose the participants&apos; assessments to merge</source>
        <translation>Choisissez les évaluations des participants à fusionner</translation>
    </message>
    <message>
        <source>Assessments (*.coherence *.json)</source>
        <translation>Évaluations (*.coherence *.json)</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>These assessments cannot be merged: %1</source>
        <translation>Ces évaluations ne peuvent pas être fusionnées : %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>Save the consensus as</source>
        <translation>Enregistrer le consensus sous</translation>
    </message>
    <message>
        <source>%1 already exists: a merge always makes a new file. Choose another name.</source>
        <translation>%1 existe déjà : une fusion crée toujours un nouveau fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The consensus could not be written: %1</source>
        <translation>Le consensus n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Merged %1 assessments into %2</source>
        <translation>%1 évaluations fusionnées dans %2</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>These assessments cannot be compared: %1</source>
        <translation>Ces évaluations ne peuvent pas être comparées : %1</translation>
    </message>
    <message>
        <source>Rate the criterion on screen at that level</source>
        <translation>Noter le critère affiché à ce niveau</translation>
    </message>
    <message>
        <source>Not applicable (asks for the justification)</source>
        <translation>Non applicable (demande la justification)</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Critère suivant</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Critère précédent</translation>
    </message>
    <message>
        <source>Filter the recommendations</source>
        <translation>Filtrer les recommandations</translation>
    </message>
    <message>
        <source>Undo (saved at once, like any edit)</source>
        <translation>Annuler (enregistré aussitôt, comme toute modification)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Criterion, dashboard, action plan</source>
        <translation>Critère, tableau de bord, plan d&apos;action</translation>
    </message>
    <message>
        <source>Present to a room, one recommendation at a time</source>
        <translation>Présenter à une salle, une recommandation à la fois</translation>
    </message>
    <message>
        <source>New assessment, open</source>
        <translation>Nouvelle évaluation, ouvrir</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Close the assessment, quit</source>
        <translation>Fermer l&apos;évaluation, quitter</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Passer d&apos;une commande à l&apos;autre</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une co&amp;pie…</translation>
    </message>
    <message>
        <source>Export ra&amp;tings as CSV…</source>
        <translation>Exporter les notations en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export r&amp;eport…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Problems found in all: %1.</source>
        <translation>Problèmes trouvés en tout : %1.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file at the place named, or export the assessment again from the program that made it.</source>
        <translation>Rien n&apos;a été importé. Corrigez le fichier à l&apos;endroit indiqué, ou exportez de nouveau l&apos;évaluation depuis le programme qui l&apos;a produite.</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>Every change the file records, newest first</source>
        <translation>Toutes les modifications enregistrées dans le fichier, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
</context>
<context>
    <name>coherence::MergeDialog</name>
    <message>
        <source>Show &amp;disagreements only</source>
        <translation>Afficher les &amp;désaccords seulement</translation>
    </message>
    <message>
        <source>&amp;Anonymise: attribute notes and citations to &quot;Participant 1&quot;, &quot;Participant 2&quot;, …</source>
        <translation>&amp;Anonymiser : attribuer les notes et les citations à « Participant 1 », « Participant 2 », …</translation>
    </message>
    <message>
        <source>Merge assessments</source>
        <translation>Fusionner des évaluations</translation>
    </message>
    <message>
        <source>%1 assessments. The consensus of each criterion starts at the median of the participants&apos; levels (the lower one when it falls between two); pick another where the room decided otherwise. %2 criteria have levels 2 or more apart, or are rated by some and called not applicable by others.</source>
        <translation>%1 évaluations. Le consensus de chaque critère part de la médiane des niveaux des participants (la plus basse quand elle tombe entre deux) ; choisissez-en une autre là où la salle en a décidé autrement. %2 critères ont des niveaux distants de 2 ou plus, ou sont notés par certains et jugés non applicables par d&apos;autres.</translation>
    </message>
    <message>
        <source>%1 used rubric version %2: %3% of the criteria in common.</source>
        <translation>%1 a utilisé la version %2 de la grille : %3 % des critères en commun.</translation>
    </message>
    <message>
        <source>Not every participant used rubric version %1; what is left aside:</source>
        <translation>Tous les participants n&apos;ont pas utilisé la version %1 de la grille ; ce qui est laissé de côté :</translation>
    </message>
    <message>
        <source>Participants&apos; levels and the consensus by criterion</source>
        <translation>Niveaux des participants et consensus par critère</translation>
    </message>
    <message>
        <source>&amp;Create consensus file…</source>
        <translation>&amp;Créer le fichier de consensus…</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>désaccord</translation>
    </message>
    <message>
        <source>Consensus level of %1</source>
        <translation>Niveau de consensus de %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (médiane)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
</context>
<context>
    <name>coherence::NavigatorModel</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: %2 of %3 criteria rated or not applicable; score %4</source>
        <translation>%1 : %2 critères sur %3 notés ou non applicables ; score %4</translation>
    </message>
    <message>
        <source>Area %1, %2 of %3 done</source>
        <translation>Domaine %1, %2 sur %3 faits</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, %3%4</source>
        <translation>%1 %2, %3%4</translation>
    </message>
    <message>
        <source>, has a warning</source>
        <translation>, avec un avertissement</translation>
    </message>
</context>
<context>
    <name>coherence::NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>%1 (%2, built in)</source>
        <translation>%1 (%2, intégrée)</translation>
    </message>
    <message>
        <source>A rubric file…</source>
        <translation>Un fichier de grille…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>&amp;Grille :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Enregistrer la nouvelle évaluation sous</translation>
    </message>
    <message>
        <source>Coherence assessments (*.coherence)</source>
        <translation>Évaluations Coherence (*.coherence)</translation>
    </message>
    <message>
        <source>Choose a rubric file</source>
        <translation>Choisir un fichier de grille</translation>
    </message>
    <message>
        <source>Rubrics (*.json)</source>
        <translation>Grilles (*.json)</translation>
    </message>
    <message>
        <source>Cannot use this rubric</source>
        <translation>Impossible d&apos;utiliser cette grille</translation>
    </message>
    <message>
        <source>%1 is not a valid rubric:
%2</source>
        <translation>%1 n&apos;est pas une grille valide :
%2</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, de %3)</translation>
    </message>
    <message>
        <source>Choose a rubric.</source>
        <translation>Choisissez une grille.</translation>
    </message>
    <message>
        <source>Choose where to save the assessment.</source>
        <translation>Choisissez où enregistrer l&apos;évaluation.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 existe déjà : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>coherence::PresentationSettingsDialog</name>
    <message>
        <source>Show the &amp;presenter view on the other screen</source>
        <translation>Afficher la vue &amp;présentateur sur l&apos;autre écran</translation>
    </message>
    <message>
        <source>Presentation settings</source>
        <translation>Réglages de la présentation</translation>
    </message>
    <message>
        <source>e.g. Ministry of Labour, workers&apos; and employers&apos; organisations, migrant associations</source>
        <translation>par ex. ministère du Travail, organisations de travailleurs et d&apos;employeurs, associations de migrants</translation>
    </message>
    <message>
        <source>Automatic (the other screen when there are two)</source>
        <translation>Automatique (l&apos;autre écran quand il y en a deux)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>É&amp;cran :</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants :</translation>
    </message>
</context>
<context>
    <name>coherence::PresentationWindow</name>
    <message>
        <source>Coherence — presentation</source>
        <translation>Coherence — présentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Rate %1 at level %2 (the room)</source>
        <translation>Noter %1 au niveau %2 (la salle)</translation>
    </message>
    <message>
        <source>Record the room&apos;s votes on %1</source>
        <translation>Enregistrer les votes de la salle sur %1</translation>
    </message>
</context>
<context>
    <name>coherence::PresenterView</name>
    <message>
        <source>Coherence — presenter view</source>
        <translation>Coherence — vue présentateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>Affiché maintenant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>%1:%2:%3 elapsed</source>
        <translation>%1:%2:%3 écoulées</translation>
    </message>
</context>
<context>
    <name>coherence::ReportDialog</name>
    <message>
        <source>Leave out the overall score</source>
        <translation>Exclure le score global</translation>
    </message>
    <message>
        <source>Withhold the assessors&apos; names</source>
        <translation>Ne pas communiquer les noms des évaluateurs</translation>
    </message>
    <message>
        <source>Include private notes (full report only)</source>
        <translation>Inclure les notes privées (rapport complet seulement)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Briefing note (2–4 pages)</source>
        <translation>Note de synthèse (2–4 pages)</translation>
    </message>
    <message>
        <source>Full assessment report</source>
        <translation>Rapport d&apos;évaluation complet</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Compte rendu de l&apos;atelier</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (edit in LibreOffice or Word)</source>
        <translation>ODT (à modifier dans LibreOffice ou Word)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (un seul fichier)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>briefing-note</source>
        <translation>note-de-synthese</translation>
    </message>
    <message>
        <source>assessment-report</source>
        <translation>rapport-d-evaluation</translation>
    </message>
    <message>
        <source>workshop-summary</source>
        <translation>compte-rendu-atelier</translation>
    </message>
    <message>
        <source>Export the report as</source>
        <translation>Exporter le rapport sous</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Rapport non exporté</translation>
    </message>
    <message>
        <source>Written and checked: %1</source>
        <translation>Écrit et vérifié : %1</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 files. The report is written: open %2 from its folder.</source>
        <translation>Aucune application de cet ordinateur n’ouvre les fichiers %1. Le rapport est écrit : ouvrez %2 depuis son dossier.</translation>
    </message>
</context>
<context>
    <name>coherence::ScorePanel</name>
    <message>
        <source>Process and enablers</source>
        <translation>Processus et facteurs favorables</translation>
    </message>
    <message>
        <source>Sector content</source>
        <translation>Contenu sectoriel</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Show overall score</source>
        <translation>Afficher le score global</translation>
    </message>
    <message>
        <source>One number invites ranking; the area profile tells more. Hide it when it gets in the way of the discussion.</source>
        <translation>Un chiffre unique invite au classement ; le profil par domaine en dit davantage. Masquez-le quand il gêne la discussion.</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Score de %1</translation>
    </message>
    <message>
        <source>Coverage %1% — %2 rated, %3 not applicable, %4 to go</source>
        <translation>Couverture %1 % — %2 notés, %3 non applicables, %4 restants</translation>
    </message>
    <message>
        <source>Score %1, coverage %2%</source>
        <translation>Score %1, couverture %2 %</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>coherence::SlidePreview</name>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
</context>
<context>
    <name>coherence::StartPage</name>
    <message>
        <source>Coherence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <source>Score a national development plan against the recommendations of the Global Migration Group handbook “Mainstreaming Migration into Development Planning” (IOM, 2010). Every change is saved as you make it.</source>
        <translation>Évalue un plan national de développement au regard des recommandations du manuel du Groupe mondial sur la migration « Intégrer la migration dans la planification du développement » (OIM, 2010). Chaque modification est enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start assessing a plan (Ctrl+N)</source>
        <translation>Commencer l&apos;évaluation d&apos;un plan (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ou&amp;vrir…</translation>
    </message>
    <message>
        <source>Open a .coherence file (Ctrl+O)</source>
        <translation>Ouvrir un fichier .coherence (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>Turn an assessment exported as JSON into a .coherence file</source>
        <translation>Transformer une évaluation exportée en JSON en fichier .coherence</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Ouvrir l&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>A fictional plan, rated, to see how Coherence works</source>
        <translation>Un plan fictif, noté, pour voir comment fonctionne Coherence</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Recent assessments; press Enter to open</source>
        <translation>Évaluations récentes ; appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No assessment opened yet. Start a new one for your plan, or open the sample to see a rated plan, its scores and its reports first.</source>
        <translation>Aucune évaluation ouverte pour l&apos;instant. Commencez-en une pour votre plan, ou ouvrez d&apos;abord l&apos;exemple pour voir un plan noté, ses scores et ses rapports.</translation>
    </message>
    <message>
        <source>Re&amp;cent assessments</source>
        <translation>Évaluations &amp;récentes</translation>
    </message>
</context>
<context>
    <name>coherence::WrappedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
</context>
</TS>
