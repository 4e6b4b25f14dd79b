<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionLabels</name>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>unknown criterion &quot;%1&quot;: rubric %2 has no such criterion</source>
        <translation>criterio desconocido «%1»: la rúbrica %2 no tiene ese criterio</translation>
    </message>
    <message>
        <source>level %1 is outside the rating scale (0 to %2)</source>
        <translation>el nivel %1 está fuera de la escala de calificación (0 a %2)</translation>
    </message>
    <message>
        <source>a rating is either a level or not applicable, not both</source>
        <translation>una calificación es un nivel o «no aplicable», no ambos</translation>
    </message>
    <message>
        <source>&quot;not applicable&quot; needs a written justification: say why this criterion does not apply to this plan</source>
        <translation>«no aplicable» requiere una justificación escrita: explique por qué este criterio no se aplica a este plan</translation>
    </message>
    <message>
        <source>target %1 is outside the rating scale (0 to %2)</source>
        <translation>la meta %1 está fuera de la escala de calificación (0 a %2)</translation>
    </message>
    <message>
        <source>citation %1 points nowhere: give an excerpt, a section or a page</source>
        <translation>la cita %1 no remite a nada: indique un extracto, una sección o una página</translation>
    </message>
    <message>
        <source>citation %1</source>
        <translation>cita %1</translation>
    </message>
    <message>
        <source>a vote for level %1 is outside the rating scale (0 to %2)</source>
        <translation>un voto por el nivel %1 está fuera de la escala de calificación (0 a %2)</translation>
    </message>
    <message>
        <source>%1 votes for level %2: a count must be between 1 and %3</source>
        <translation>%1 votos por el nivel %2: un recuento debe estar entre 1 y %3</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>nota privada</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation>criterio desconocido «%1»</translation>
    </message>
    <message>
        <source>reference %1 of %2 is not a handbook page</source>
        <translation>la referencia %1 de %2 no es una página del manual</translation>
    </message>
    <message>
        <source>a page number is at most 20 characters, e.g. &quot;62&quot; or &quot;74-75&quot;</source>
        <translation>un número de página tiene como máximo 20 caracteres, p. ej. «62» o «74-75»</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; the limit is %3: shorten it or cite the document instead</source>
        <translation>el campo «%1» tiene %2 caracteres; el límite es %3: acórtelo o cite el documento en su lugar</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>una acción necesita un título</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; is linked to unknown criterion &quot;%2&quot;</source>
        <translation>la acción «%1» está vinculada al criterio desconocido «%2»</translation>
    </message>
    <message>
        <source>there is no action number %1</source>
        <translation>no hay ninguna acción número %1</translation>
    </message>
</context>
<context>
    <name>AssessmentComparison</name>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>the assessments use different rubrics (&quot;%1&quot; and &quot;%2&quot;): only assessments made with the same rubric can be compared</source>
        <translation>las evaluaciones usan rúbricas distintas («%1» y «%2»): solo se pueden comparar evaluaciones hechas con la misma rúbrica</translation>
    </message>
    <message>
        <source>%1 is only in B&apos;s rubric (version %2)</source>
        <translation>%1 solo está en la rúbrica de B (versión %2)</translation>
    </message>
    <message>
        <source>%1 is only in A&apos;s rubric (version %2)</source>
        <translation>%1 solo está en la rúbrica de A (versión %2)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Rubric versions differ (A: %1, B: %2): criteria are matched by id</source>
        <translation>Las versiones de la rúbrica difieren (A: %1, B: %2): los criterios se emparejan por identificador</translation>
    </message>
    <message>
        <source>Overall: %1 → %2 (%3)</source>
        <translation>Global: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Areas (A → B, change):</source>
        <translation>Ámbitos (A → B, cambio):</translation>
    </message>
    <message>
        <source>Criteria that differ (%1 of %2):</source>
        <translation>Criterios que difieren (%1 de %2):</translation>
    </message>
    <message>
        <source>What changed (%1):</source>
        <translation>Qué cambió (%1):</translation>
    </message>
</context>
<context>
    <name>AssessmentCsv</name>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>area</source>
        <translation>ámbito</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>level label</source>
        <translation>nombre del nivel</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>lead institution</source>
        <translation>institución responsable</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>socios</translation>
    </message>
    <message>
        <source>due</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
</context>
<context>
    <name>AssessmentDiff</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>plan title</source>
        <translation>título del plan</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>document reference</source>
        <translation>referencia del documento</translation>
    </message>
    <message>
        <source>assessment title</source>
        <translation>título de la evaluación</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>assessors</source>
        <translation>evaluadores</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>%1 level: %2 → %3</source>
        <translation>%1, nivel: %2 → %3</translation>
    </message>
    <message>
        <source>%1 justification</source>
        <translation>%1, justificación</translation>
    </message>
    <message>
        <source>%1 target: %2 → %3</source>
        <translation>%1, meta: %2 → %3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>%1 citations: %2 → %3 (changed)</source>
        <translation>%1, citas: %2 → %3 (modificadas)</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1, nota</translation>
    </message>
    <message>
        <source>%1 private note</source>
        <translation>%1, nota privada</translation>
    </message>
    <message>
        <source>%1×level %2</source>
        <translation>%1×nivel %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 votes: %2 → %3</source>
        <translation>%1, votos: %2 → %3</translation>
    </message>
    <message>
        <source>action plan: %1 actions → %2 actions (replaced)</source>
        <translation>plan de acción: %1 acciones → %2 acciones (reemplazado)</translation>
    </message>
</context>
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>not a Coherence file: it is not a Coherence database (perhaps another kind of file, or an assessment in JSON: use Import)</source>
        <translation>no es un archivo de Coherence: no es una base de datos de Coherence (quizá otro tipo de archivo, o una evaluación en JSON: use Importar)</translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes of the %2 it should have. Open a backup copy or an exported JSON instead</source>
        <translation>el archivo está truncado: tiene %1 bytes de los %2 que debería tener. Abra una copia de seguridad o un JSON exportado</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 ya existe: elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>cannot create a file in %1: the folder is not writable</source>
        <translation>no se puede crear un archivo en %1: no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>not a file (a folder or a device)</source>
        <translation>no es un archivo (es una carpeta o un dispositivo)</translation>
    </message>
    <message>
        <source>the file has an unfinished change (Coherence or the computer stopped while saving); open it for editing once, in Coherence or with an editing command, to recover it</source>
        <translation>el archivo tiene un cambio sin terminar (Coherence o el equipo se detuvo mientras guardaba); ábralo una vez para editar, en Coherence o con un comando de edición, para recuperarlo</translation>
    </message>
    <message>
        <source>the file is read-only, so it was opened read-only: save a copy to edit it</source>
        <translation>el archivo es de solo lectura, así que se abrió en solo lectura: guarde una copia para editarlo</translation>
    </message>
    <message>
        <source>the file is already open in another Coherence (process %1 on %2), so it was opened read-only</source>
        <translation>el archivo ya está abierto en otro Coherence (proceso %1 en %2), así que se abrió en solo lectura</translation>
    </message>
    <message>
        <source>the folder %1 is read-only, so the file was opened read-only: save a copy elsewhere to edit it</source>
        <translation>la carpeta %1 es de solo lectura, así que el archivo se abrió en solo lectura: guarde una copia en otro lugar para editarlo</translation>
    </message>
    <message>
        <source>not a Coherence file: it is an SQLite database of another application</source>
        <translation>no es un archivo de Coherence: es una base de datos SQLite de otra aplicación</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy or an exported JSON instead</source>
        <translation>el archivo está dañado (%1). Abra una copia de seguridad o un JSON exportado</translation>
    </message>
    <message>
        <source>this file was made by a newer Coherence (file schema version %1; this version reads up to %2). Update Coherence to open it</source>
        <translation>este archivo fue creado por un Coherence más reciente (versión de esquema %1; esta versión lee hasta la %2). Actualice Coherence para abrirlo</translation>
    </message>
    <message>
        <source>the file is damaged: it has the Coherence mark but no schema</source>
        <translation>el archivo está dañado: tiene la marca de Coherence pero no tiene esquema</translation>
    </message>
    <message>
        <source>this file uses the older schema version %1 and must be upgraded, which needs write access: %2</source>
        <translation>este archivo usa la versión de esquema anterior %1 y debe actualizarse, lo que requiere acceso de escritura: %2</translation>
    </message>
    <message>
        <source>open it for editing</source>
        <translation>ábralo para editar</translation>
    </message>
    <message>
        <source>the file was upgraded from schema version %1 to %2; the original is kept as %3</source>
        <translation>el archivo se actualizó de la versión de esquema %1 a la %2; el original se conserva como %3</translation>
    </message>
    <message>
        <source>the file is damaged: its table &quot;%1&quot; is missing</source>
        <translation>el archivo está dañado: falta su tabla «%1»</translation>
    </message>
    <message>
        <source>the file is damaged: it holds no rubric</source>
        <translation>el archivo está dañado: no contiene ninguna rúbrica</translation>
    </message>
    <message>
        <source>the file is damaged: its rubric cannot be read (%1)</source>
        <translation>el archivo está dañado: su rúbrica no se puede leer (%1)</translation>
    </message>
    <message>
        <source>no rubric data</source>
        <translation>no hay datos de rúbrica</translation>
    </message>
    <message>
        <source>the file is damaged: its rubric does not match its recorded SHA-256, so it was altered after the assessment was made</source>
        <translation>el archivo está dañado: su rúbrica no coincide con el SHA-256 registrado, así que se modificó después de crear la evaluación</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>propiedad %1</translation>
    </message>
    <message>
        <source>plan or metadata field</source>
        <translation>campo del plan o de los metadatos</translation>
    </message>
    <message>
        <source>page correction %1: %2</source>
        <translation>corrección de página %1: %2</translation>
    </message>
    <message>
        <source>a citation of %1</source>
        <translation>una cita de %1</translation>
    </message>
    <message>
        <source>%1 has an unknown kind &quot;%2&quot;</source>
        <translation>%1 tiene un tipo desconocido «%2»</translation>
    </message>
    <message>
        <source>the rating of %1</source>
        <translation>la calificación de %1</translation>
    </message>
    <message>
        <source>%1 has an unreadable vote tally</source>
        <translation>%1 tiene un recuento de votos ilegible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>el archivo está dañado: %1</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (y %1 problemas más)</translation>
    </message>
    <message>
        <source>this assessment is open read-only, so the change was not made</source>
        <translation>esta evaluación está abierta en solo lectura, así que el cambio no se hizo</translation>
    </message>
    <message>
        <source>could not save the change, so it was not made: %1</source>
        <translation>no se pudo guardar el cambio, así que no se hizo: %1</translation>
    </message>
    <message>
        <source>plan field</source>
        <translation>campo del plan</translation>
    </message>
    <message>
        <source>metadata field</source>
        <translation>campo de los metadatos</translation>
    </message>
    <message>
        <source>there is no action number %1</source>
        <translation>no hay ninguna acción número %1</translation>
    </message>
    <message>
        <source>the import was made with rubric %1 %2, this assessment with %3 %4: they cannot be combined</source>
        <translation>la importación se hizo con la rúbrica %1 %2 y esta evaluación con %3 %4: no se pueden combinar</translation>
    </message>
    <message>
        <source>%1: %2 ratings, %3 actions</source>
        <translation>%1: %2 calificaciones, %3 acciones</translation>
    </message>
    <message>
        <source>a copy must have another name than the original</source>
        <translation>una copia debe tener un nombre distinto del original</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name</source>
        <translation>%1 ya existe: elija otro nombre</translation>
    </message>
    <message>
        <source>could not write the copy %1: %2</source>
        <translation>no se pudo escribir la copia %1: %2</translation>
    </message>
    <message>
        <source>the copy %1 could not be read back (%2); it was removed</source>
        <translation>la copia %1 no se pudo volver a leer (%2); se eliminó</translation>
    </message>
    <message>
        <source>its content differs</source>
        <translation>su contenido difiere</translation>
    </message>
    <message>
        <source>the change log of the file is damaged (%1)</source>
        <translation>el registro de cambios del archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>the change log could not be read: %1</source>
        <translation>no se pudo leer el registro de cambios: %1</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; cannot be read (%2)</source>
        <translation>su tabla «%1» no se puede leer (%2)</translation>
    </message>
    <message>
        <source>the kind of assessment &quot;%1&quot; is unknown</source>
        <translation>el tipo de evaluación «%1» es desconocido</translation>
    </message>
    <message>
        <source>the list of assessors cannot be read</source>
        <translation>la lista de evaluadores no se puede leer</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>la acción %1</translation>
    </message>
    <message>
        <source>%1 has an unreadable list of partners</source>
        <translation>%1 tiene una lista de socios ilegible</translation>
    </message>
    <message>
        <source>%1 has an unreadable due date &quot;%2&quot;</source>
        <translation>%1 tiene un plazo ilegible «%2»</translation>
    </message>
    <message>
        <source>%1 has an unknown status &quot;%2&quot;</source>
        <translation>%1 tiene un estado desconocido «%2»</translation>
    </message>
    <message>
        <source>%1 has an unknown priority &quot;%2&quot;</source>
        <translation>%1 tiene una prioridad desconocida «%2»</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>%1 rows where %2 were expected</source>
        <translation>%1 filas donde se esperaban %2</translation>
    </message>
    <message>
        <source>rows of different lengths</source>
        <translation>filas de longitudes distintas</translation>
    </message>
    <message>
        <source>it does not read back</source>
        <translation>no se vuelve a leer</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>se vuelve a leer de otra forma</translation>
    </message>
</context>
<context>
    <name>AssessmentJson</name>
    <message>
        <source>&quot;%1&quot; is not a Coherence assessment (expected &quot;%2&quot;)</source>
        <translation>«%1» no es una evaluación de Coherence (se esperaba «%2»)</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Coherence; this one reads version %2</source>
        <translation>la versión de formato %1 fue escrita por un Coherence más reciente; este lee la versión %2</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>debe ser un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>the assessment was made with rubric &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>la evaluación se hizo con la rúbrica «%1», no «%2»</translation>
    </message>
    <message>
        <source>the assessment was made with %1 %2, the rubric given is %1 %3 with other content; scores may differ from the original</source>
        <translation>la evaluación se hizo con %1 %2, la rúbrica indicada es %1 %3 con otro contenido; las puntuaciones pueden diferir de las originales</translation>
    </message>
    <message>
        <source>rubric &quot;%1&quot; is not built in and the file does not include it: give the rubric file (--rubric FILE)</source>
        <translation>la rúbrica «%1» no está integrada y el archivo no la incluye: indique el archivo de la rúbrica (--rubric ARCHIVO)</translation>
    </message>
    <message>
        <source>the assessment was made with %1 %2, but the built-in is %1 %3: give the original rubric file (--rubric FILE)</source>
        <translation>la evaluación se hizo con %1 %2, pero la integrada es %1 %3: indique el archivo de la rúbrica original (--rubric ARCHIVO)</translation>
    </message>
    <message>
        <source>the assessment was made with %1 %2, which differs from the built-in %1 %3: give the original rubric file (--rubric FILE)</source>
        <translation>la evaluación se hizo con %1 %2, que difiere de la integrada %1 %3: indique el archivo de la rúbrica original (--rubric ARCHIVO)</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(versión desconocida)</translation>
    </message>
    <message>
        <source>the included rubric is &quot;%1&quot; but the assessment names &quot;%2&quot;</source>
        <translation>la rúbrica incluida es «%1» pero la evaluación indica «%2»</translation>
    </message>
    <message>
        <source>the included rubric does not match its SHA-256: it was altered after the assessment was made (expected %1, computed %2)</source>
        <translation>la rúbrica incluida no coincide con su SHA-256: se modificó después de crear la evaluación (esperado %1, calculado %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time such as 2026-03-01T09:30:00Z</source>
        <translation>«%1» no es una fecha y hora ISO 8601 como 2026-03-01T09:30:00Z</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (use %2)</source>
        <translation>función desconocida «%1» (use %2)</translation>
    </message>
    <message>
        <source>duplicate rating for criterion &quot;%1&quot;: each criterion is rated once</source>
        <translation>calificación duplicada para el criterio «%1»: cada criterio se califica una vez</translation>
    </message>
    <message>
        <source>unknown evidence kind &quot;%1&quot; (use %2)</source>
        <translation>tipo de evidencia desconocido «%1» (use %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level: the keys of votes are levels, such as &quot;2&quot;</source>
        <translation>«%1» no es un nivel: las claves de los votos son niveles, como «2»</translation>
    </message>
    <message>
        <source>must be a whole number of votes, such as 3</source>
        <translation>debe ser un número entero de votos, como 3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2027-06-30</source>
        <translation>«%1» no es una fecha como 2027-06-30</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use planned, in-progress, done or dropped)</source>
        <translation>estado desconocido «%1» (use planned, in-progress, done o dropped)</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (use high, medium or low)</source>
        <translation>prioridad desconocida «%1» (use high, medium o low)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>AssessmentMerge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>choose at least two assessments to merge</source>
        <translation>elija al menos dos evaluaciones para fusionar</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 no se pudo leer</translation>
    </message>
    <message>
        <source>%1 uses the rubric &quot;%2&quot; but %3 uses &quot;%4&quot;: only assessments made with the same rubric can be merged</source>
        <translation>%1 usa la rúbrica «%2» pero %3 usa «%4»: solo se pueden fusionar evaluaciones hechas con la misma rúbrica</translation>
    </message>
    <message>
        <source>%1: its rating is left aside, as rubric version %2 has no such criterion</source>
        <translation>%1: su calificación se deja de lado, pues la versión %2 de la rúbrica no tiene ese criterio</translation>
    </message>
    <message>
        <source>%1: level %2 is left aside, as it is beyond the scale of rubric version %3 (0 to %4)</source>
        <translation>%1: el nivel %2 se deja de lado, pues supera la escala de la versión %3 de la rúbrica (0 a %4)</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>Consensus of %1 assessments</source>
        <translation>Consenso de %1 evaluaciones</translation>
    </message>
    <message>
        <source>merged %1 assessments (%2); consensus by median, %3 chosen by the facilitator, %4 disagreements</source>
        <translation>%1 evaluaciones fusionadas (%2); consenso por la mediana, %3 elegidos por quien facilita, %4 desacuerdos</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 did not read back as written (%2); it was removed</source>
        <translation>%1 no se volvió a leer tal como se escribió (%2); se eliminó</translation>
    </message>
    <message>
        <source>the ratings differ</source>
        <translation>las calificaciones difieren</translation>
    </message>
</context>
<context>
    <name>BuiltinRubrics</name>
    <message>
        <source>no built-in rubric &quot;%1&quot; (built-in: %2)</source>
        <translation>no hay ninguna rúbrica integrada «%1» (integradas: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in rubric (%2) nor a readable file</source>
        <translation>«%1» no es una rúbrica integrada (%2) ni un archivo legible</translation>
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
        <translation>«%1»</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>nivel %1: %2</translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>Evaluación creada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Made by merging</source>
        <translation>Creada por fusión</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Nivel meta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Room&apos;s votes</source>
        <translation>Votos de la sala</translation>
    </message>
    <message>
        <source>Handbook page corrected</source>
        <translation>Página del manual corregida</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>Documento del plan</translation>
    </message>
    <message>
        <source>Assessment title</source>
        <translation>Título de la evaluación</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Action added</source>
        <translation>Acción añadida</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Acción modificada</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Acción eliminada</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Area profile</source>
        <translation>Perfil por ámbito</translation>
    </message>
    <message>
        <source>Score and coverage by area</source>
        <translation>Puntuación y cobertura por ámbito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Cobertura %</translation>
    </message>
    <message>
        <source>Change by area, B − A (score points)</source>
        <translation>Cambio por ámbito, B − A (puntos)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source> (n/a)</source>
        <translation> (n/a)</translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>The charts cannot be shown</source>
        <translation>No se pueden mostrar los gráficos</translation>
    </message>
</context>
<context>
    <name>ConsistencyWarning</name>
    <message>
        <source>%1 is rated %2 but cites no evidence: add the passage of the plan that supports it</source>
        <translation>%1 tiene calificación %2 pero no cita ninguna evidencia: añada el pasaje del plan que la respalda</translation>
    </message>
    <message>
        <source>%1 is rated %2 (operationalised or higher) but cites no budget, indicator or institution</source>
        <translation>%1 tiene calificación %2 (operativo o más) pero no cita presupuesto, indicador ni institución</translation>
    </message>
    <message>
        <source>%1 has target %2, below its current level %3</source>
        <translation>%1 tiene la meta %2, por debajo de su nivel actual %3</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file must contain one JSON object, found %1</source>
        <translation>el archivo debe contener un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>unknown key, ignored (known keys: %1)</source>
        <translation>clave desconocida, ignorada (claves conocidas: %1)</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>debe ser %1, se encontró %2</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>falta (obligatorio)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>debe ser un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>must be a map of language to text, e.g. {&quot;en&quot;: &quot;…&quot;}, found %1</source>
        <translation>debe ser un mapa de idioma a texto, p. ej. {&quot;en&quot;: &quot;…&quot;}, se encontró %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;pt-BR&quot;</source>
        <translation>«%1» no es un código de idioma como «en» o «pt-BR»</translation>
    </message>
    <message>
        <source>missing English text (&quot;en&quot;): English is required and is the fallback for every language</source>
        <translation>falta el texto en inglés («en»): el inglés es obligatorio y es el respaldo de todos los idiomas</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>%1 does not parse at line %2: %3</source>
        <translation>%1 no se puede leer en la línea %2: %3</translation>
    </message>
    <message>
        <source>content.xml has %1 headings where %2 were expected</source>
        <translation>content.xml tiene %1 títulos en lugar de los %2 esperados</translation>
    </message>
    <message>
        <source>the package has %1 files where %2 were expected</source>
        <translation>el paquete tiene %1 archivos en lugar de los %2 esperados</translation>
    </message>
    <message>
        <source>the package does not start with its stored mimetype</source>
        <translation>el paquete no empieza por su tipo MIME sin comprimir</translation>
    </message>
    <message>
        <source>the package holds %1 where %2 was expected</source>
        <translation>el paquete contiene %1 donde se esperaba %2</translation>
    </message>
    <message>
        <source>the ODT report %1 would be larger than 4 GiB</source>
        <translation>el informe ODT %1 superaría los 4 GiB</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>the PDF has no cross-reference trailer that can be read</source>
        <translation>el PDF no tiene un tráiler de referencias cruzadas legible</translation>
    </message>
    <message>
        <source>the PDF&apos;s catalog or page tree cannot be read</source>
        <translation>no se puede leer el catálogo ni el árbol de páginas del PDF</translation>
    </message>
    <message>
        <source>the bookmark “%1” is for page %2 of a PDF of %3 pages</source>
        <translation>el marcador «%1» remite a la página %2 de un PDF de %3 páginas</translation>
    </message>
</context>
<context>
    <name>PlanDetailsFields</name>
    <message>
        <source>e.g. National Development Plan 2026–2030</source>
        <translation>p. ej. Plan Nacional de Desarrollo 2026–2030</translation>
    </message>
    <message>
        <source>e.g. 2026–2030</source>
        <translation>p. ej. 2026–2030</translation>
    </message>
    <message>
        <source>Where the plan can be found: number, link, ISBN</source>
        <translation>Dónde encontrar el plan: número, enlace, ISBN</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>Government self-assessment</source>
        <translation>Autoevaluación del gobierno</translation>
    </message>
    <message>
        <source>Civil-society review</source>
        <translation>Revisión de la sociedad civil</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation>&amp;Título del plan:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>&amp;Document reference:</source>
        <translation>Referencia del &amp;documento:</translation>
    </message>
    <message>
        <source>Assessment t&amp;itle:</source>
        <translation>Título de la evaluació&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>E&amp;valuadores:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Give the plan&apos;s title.</source>
        <translation>Indique el título del plan.</translation>
    </message>
    <message>
        <source>Give the country.</source>
        <translation>Indique el país.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>government self-assessment</source>
        <translation>autoevaluación del gobierno</translation>
    </message>
    <message>
        <source>civil-society review</source>
        <translation>revisión de la sociedad civil</translation>
    </message>
    <message>
        <source>workshop assessment</source>
        <translation>evaluación en taller</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplicable: %1</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Nivel %1 — %2</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>1 assessor, name withheld</source>
        <translation>1 evaluador, nombre reservado</translation>
    </message>
    <message>
        <source>%1 assessors, names withheld</source>
        <translation>%1 evaluadores, nombres reservados</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Overall score: %1 out of 100 (a profile, not a ranking).</source>
        <translation>Puntuación global: %1 de 100 (un perfil, no una clasificación).</translation>
    </message>
    <message>
        <source>Coverage: %1% — %2 criteria rated, %3 not applicable, of %4.</source>
        <translation>Cobertura: %1 % — %2 criterios calificados, %3 no aplicables, de %4.</translation>
    </message>
    <message>
        <source>Process and enablers: %1; sector content: %2; cross-cutting: %3.</source>
        <translation>Proceso y facilitadores: %1; contenido sectorial: %2; transversal: %3.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Rated / N/A / all</source>
        <translation>Calificados / N/A / todos</translation>
    </message>
    <message>
        <source>Scores by area; “—” means nothing rated yet, not zero.</source>
        <translation>Puntuaciones por ámbito; «—» significa que aún no hay nada calificado, no cero.</translation>
    </message>
    <message>
        <source>Now at level %1, target %2. Recommendation: %3</source>
        <translation>Ahora en el nivel %1, meta %2. Recomendación: %3</translation>
    </message>
    <message>
        <source>Ask: that the plan provide %1</source>
        <translation>Pedir: que el plan prevea %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Each criterion of the rubric “%1” (%2, version %3) was rated against the plan on a scale from 0 (not addressed) to %4, with the evidence cited. A criterion scores level ÷ %4 × 100; an area is the weighted mean of its rated criteria, undefined (“—”) when none is rated; not applicable criteria, with their justification, count for coverage only.</source>
        <translation>Cada criterio de la rúbrica «%1» (%2, versión %3) se calificó frente al plan en una escala de 0 (no abordado) a %4, con la evidencia citada. Un criterio puntúa nivel ÷ %4 × 100; un ámbito es la media ponderada de sus criterios calificados, indefinida («—») cuando ninguno está calificado; los criterios no aplicables, con su justificación, solo cuentan para la cobertura.</translation>
    </message>
    <message>
        <source>Rubric identity: %1 %2, SHA-256 %3.</source>
        <translation>Identidad de la rúbrica: %1 %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Briefing note: %1</source>
        <translation>Nota informativa: %1</translation>
    </message>
    <message>
        <source>How the plan addresses the recommendations of the GMG handbook on mainstreaming migration into development planning</source>
        <translation>Cómo aborda el plan las recomendaciones del manual del GMG sobre la integración de la migración en la planificación del desarrollo</translation>
    </message>
    <message>
        <source>Headline findings</source>
        <translation>Conclusiones principales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Strongest areas: %1.</source>
        <translation>Ámbitos más sólidos: %1.</translation>
    </message>
    <message>
        <source>Largest gaps: %1.</source>
        <translation>Mayores brechas: %1.</translation>
    </message>
    <message>
        <source>Area profile: score of each area, 0–100; areas with nothing rated at the centre.</source>
        <translation>Perfil por ámbito: puntuación de cada ámbito, 0–100; los ámbitos sin calificaciones, en el centro.</translation>
    </message>
    <message>
        <source>Priority gaps and what to ask for</source>
        <translation>Brechas prioritarias y qué pedir</translation>
    </message>
    <message>
        <source>No rated criterion is below its target.</source>
        <translation>Ningún criterio calificado está por debajo de su meta.</translation>
    </message>
    <message>
        <source>What the plan says</source>
        <translation>Lo que dice el plan</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Assessment report: %1</source>
        <translation>Informe de evaluación: %1</translation>
    </message>
    <message>
        <source>Against the GMG handbook “Mainstreaming Migration into Development Planning”</source>
        <translation>Frente al manual del GMG «Integración de la migración en la planificación del desarrollo»</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Area profile.</source>
        <translation>Perfil por ámbito.</translation>
    </message>
    <message>
        <source>Score and coverage by area.</source>
        <translation>Puntuación y cobertura por ámbito.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Private note: %1</source>
        <translation>Nota privada: %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Aún no hay acciones registradas.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Gaps by priority</source>
        <translation>Brechas por prioridad</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Consistency warnings</source>
        <translation>Advertencias de coherencia</translation>
    </message>
    <message>
        <source>Workshop summary: %1</source>
        <translation>Resumen del taller: %1</translation>
    </message>
    <message>
        <source>Mechanisms in place, self-assessment and preliminary recommendations</source>
        <translation>Mecanismos existentes, autoevaluación y recomendaciones preliminares</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>No registrado.</translation>
    </message>
    <message>
        <source>1. Mechanisms in place</source>
        <translation>1. Mecanismos existentes</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No criterion was found operational (level 3 or above) yet.</source>
        <translation>Todavía no se ha considerado operativo ningún criterio (nivel 3 o superior).</translation>
    </message>
    <message>
        <source>2. Self-assessment</source>
        <translation>2. Autoevaluación</translation>
    </message>
    <message>
        <source>Area profile as assessed by the participants.</source>
        <translation>Perfil por ámbito según la evaluación de los participantes.</translation>
    </message>
    <message>
        <source>3. Preliminary recommendations</source>
        <translation>3. Recomendaciones preliminares</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>cannot draw the PDF report %1</source>
        <translation>no se puede dibujar el informe PDF %1</translation>
    </message>
    <message>
        <source>not a complete PDF</source>
        <translation>no es un PDF completo</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>cannot add bookmarks to the PDF report %1: %2</source>
        <translation>no se pueden añadir los marcadores al informe PDF %1: %2</translation>
    </message>
    <message>
        <source>the PDF lacks its bookmarks</source>
        <translation>al PDF le faltan sus marcadores</translation>
    </message>
</context>
<context>
    <name>ReportRenderingModule</name>
    <message>
        <source>Reports cannot be made</source>
        <translation>No se pueden generar informes</translation>
    </message>
</context>
<context>
    <name>ReportSvgCharts</name>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>coverage %</source>
        <translation>cobertura %</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Chart: %1 (see the PDF, ODT or HTML version)</source>
        <translation>Gráfico: %1 (vea la versión PDF, ODT o HTML)</translation>
    </message>
    <message>
        <source>the HTML does not parse at line %1: %2</source>
        <translation>el HTML no se puede analizar en la línea %1: %2</translation>
    </message>
    <message>
        <source>the HTML does not start with the report&apos;s title</source>
        <translation>el HTML no empieza con el título del informe</translation>
    </message>
    <message>
        <source>the HTML has %1 sections where %2 were expected</source>
        <translation>el HTML tiene %1 secciones donde se esperaban %2</translation>
    </message>
    <message>
        <source>the Markdown does not start with the report&apos;s title</source>
        <translation>el Markdown no empieza con el título del informe</translation>
    </message>
    <message>
        <source>the Markdown lacks the section “%1”</source>
        <translation>al Markdown le falta la sección «%1»</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>the HTML&apos;s contents link to “%1”, which it does not have</source>
        <translation>el índice del HTML remite a «%1», que no contiene</translation>
    </message>
</context>
<context>
    <name>RubricLoader</name>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>«%1» no es un identificador válido: use letras, cifras, «.», «-» o «_», empezando por una letra o una cifra</translation>
    </message>
    <message>
        <source>bad version &quot;%1&quot;: use a semantic version such as &quot;1.0.0&quot;</source>
        <translation>versión incorrecta «%1»: use una versión semántica como «1.0.0»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Coherence rubric (expected &quot;%2&quot;)</source>
        <translation>«%1» no es una rúbrica de Coherence (se esperaba «%2»)</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Coherence; this one reads version %2. Update Coherence to open it.</source>
        <translation>la versión de formato %1 fue escrita por un Coherence más reciente; este lee la versión %2. Actualice Coherence para abrirla.</translation>
    </message>
    <message>
        <source>must be 1 or more, found %1</source>
        <translation>debe ser 1 o más, se encontró %1</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>debe ser un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>a scale needs at least two levels, found %1</source>
        <translation>una escala necesita al menos dos niveles, se encontró %1</translation>
    </message>
    <message>
        <source>levels must be numbered 0, 1, 2, … in order; expected %1, found %2</source>
        <translation>los niveles deben numerarse 0, 1, 2, … en orden; se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>a rubric needs at least one area</source>
        <translation>una rúbrica necesita al menos un ámbito</translation>
    </message>
    <message>
        <source>area</source>
        <translation>ámbito</translation>
    </message>
    <message>
        <source>unknown block &quot;%1&quot; (use process, sector or cross-cutting)</source>
        <translation>bloque desconocido «%1» (use process, sector o cross-cutting)</translation>
    </message>
    <message>
        <source>a rubric needs at least one criterion</source>
        <translation>una rúbrica necesita al menos un criterio</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;: it must be the id of one of &quot;areas&quot;</source>
        <translation>ámbito desconocido «%1»: debe ser el identificador de uno de los «areas»</translation>
    </message>
    <message>
        <source>target %1 is outside the rating scale (0 to %2)</source>
        <translation>la meta %1 está fuera de la escala de calificación (0 a %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the rating scale (0 to %2)</source>
        <translation>«%1» no es un nivel de la escala de calificación (0 a %2)</translation>
    </message>
    <message>
        <source>unknown reference type &quot;%1&quot; (use %2)</source>
        <translation>tipo de referencia desconocido «%1» (use %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;: it must be the id of one of &quot;sources&quot;</source>
        <translation>fuente desconocida «%1»: debe ser el identificador de una de las «sources»</translation>
    </message>
    <message>
        <source>area &quot;%1&quot; has no criteria; its score will always be undefined</source>
        <translation>el ámbito «%1» no tiene criterios; su puntuación será siempre indefinida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>«%1» no es un identificador de %2 válido: use letras, cifras, «.», «-» o «_»</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;: ids must be unique</source>
        <translation>identificador de %1 duplicado «%2»: los identificadores deben ser únicos</translation>
    </message>
    <message>
        <source>weight must be greater than 0, found %1</source>
        <translation>el peso debe ser mayor que 0, se encontró %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>RubricMarkdown</name>
    <message>
        <source>GMG handbook pp. %1</source>
        <translation>manual del GMG, págs. %1</translation>
    </message>
    <message>
        <source>GMG handbook p. %1</source>
        <translation>manual del GMG, pág. %1</translation>
    </message>
    <message>
        <source>(corrected by the assessor; %1 as cited)</source>
        <translation>(corregida por quien evalúa; %1 según la cita)</translation>
    </message>
    <message>
        <source>GCM Objective %1</source>
        <translation>Objetivo %1 del PMM</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODS %1</translation>
    </message>
    <message>
        <source>(as cited in %1)</source>
        <translation>(según la cita en %1)</translation>
    </message>
    <message>
        <source>Rubric `%1`, version %2, SHA-256 `%3`.</source>
        <translation>Rúbrica `%1`, versión %2, SHA-256 `%3`.</translation>
    </message>
    <message>
        <source>Generated from the rubric data by `coherence-cli rubric show %1 --format markdown`; do not edit by hand.</source>
        <translation>Generado a partir de los datos de la rúbrica con `coherence-cli rubric show %1 --format markdown`; no lo edite a mano.</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de calificación</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Minimum evidence</source>
        <translation>Evidencia mínima</translation>
    </message>
    <message>
        <source>Not applicable (N/A) needs a written justification and leaves the criterion out of the score.</source>
        <translation>No aplicable (N/A) requiere una justificación escrita y deja el criterio fuera de la puntuación.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Qué buscar</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Levels for this criterion</source>
        <translation>Niveles para este criterio</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Weight %1, default target %2</source>
        <translation>Peso %1, meta predeterminada %2</translation>
    </message>
    <message>
        <source>; keywords: %1</source>
        <translation>; palabras clave: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1 areas, %2 criteria, scale 0–%3, sha256 %4</source>
        <translation>%1 ámbitos, %2 criterios, escala 0–%3, sha256 %4</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>vote tallies and citation contributors (Coherence 0.2)</source>
        <translation>recuentos de votos y autores de las citas (Coherence 0.2)</translation>
    </message>
    <message>
        <source>no upgrade from schema version %1 is known to this Coherence</source>
        <translation>este Coherence no conoce ninguna actualización desde la versión de esquema %1</translation>
    </message>
    <message>
        <source>could not write the backup copy before upgrading (%1); the file was not changed</source>
        <translation>no se pudo escribir la copia de seguridad antes de actualizar (%1); el archivo no se modificó</translation>
    </message>
    <message>
        <source>could not start the upgrade: %1</source>
        <translation>no se pudo iniciar la actualización: %1</translation>
    </message>
    <message>
        <source>upgrading from schema version %1 failed (%2); the file was not changed, and a backup is at %3</source>
        <translation>la actualización desde la versión de esquema %1 falló (%2); el archivo no se modificó y hay una copia de seguridad en %3</translation>
    </message>
    <message>
        <source>could not finish the upgrade (%1); the file was not changed</source>
        <translation>no se pudo terminar la actualización (%1); el archivo no se modificó</translation>
    </message>
</context>
<context>
    <name>ScoreReportFormat</name>
    <message>
        <source>Rubric: %1 %2 (%3)</source>
        <translation>Rúbrica: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overall score: %1   Coverage: %2% (%3 rated, %4 not applicable, of %5)</source>
        <translation>Puntuación global: %1   Cobertura: %2 % (%3 calificados, %4 no aplicables, de %5)</translation>
    </message>
    <message>
        <source>%1 block: %2</source>
        <translation>Bloque %1: %2</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>coverage %1% (%2/%3)</source>
        <translation>cobertura %1 % (%2/%3)</translation>
    </message>
    <message>
        <source>Gaps by priority</source>
        <translation>Brechas por prioridad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>level %1 → target %2, priority %3</source>
        <translation>nivel %1 → meta %2, prioridad %3</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>SetDetailsCommand</name>
    <message>
        <source>Edit assessment details</source>
        <translation>Editar los detalles de la evaluación</translation>
    </message>
</context>
<context>
    <name>SetPageCorrectionCommand</name>
    <message>
        <source>Correct a handbook page of %1</source>
        <translation>Corregir una página del manual en %1</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message>
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <source>→ or Page Down: next · ← or Page Up: back · 0–4: the room&apos;s level · V: count votes · B: blank screen · Esc: leave</source>
        <translation>→ o Av Pág: siguiente · ← o Re Pág: atrás · 0–4: el nivel de la sala · V: contar votos · B: pantalla en negro · Esc: salir</translation>
    </message>
    <message>
        <source>Area %1 of %2</source>
        <translation>Ámbito %1 de %2</translation>
    </message>
    <message>
        <source>Recommendations: %1</source>
        <translation>Recomendaciones: %1</translation>
    </message>
    <message>
        <source>score so far %1</source>
        <translation>puntuación hasta ahora %1</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>The room&apos;s level: %1 — %2</source>
        <translation>El nivel de la sala: %1 — %2</translation>
    </message>
    <message>
        <source>Not yet rated: press 0–4 for the room&apos;s level</source>
        <translation>Aún sin calificar: pulse 0–4 para el nivel de la sala</translation>
    </message>
    <message>
        <source>votes: %1, spread %2–%3, median %4</source>
        <translation>votos: %1, rango %2–%3, mediana %4</translation>
    </message>
    <message>
        <source>wide spread: discuss</source>
        <translation>gran dispersión: debatir</translation>
    </message>
    <message>
        <source>Votes per level</source>
        <translation>Votos por nivel</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Tab: next level · Enter: save · Esc: cancel</source>
        <translation>Tab: nivel siguiente · Intro: guardar · Esc: cancelar</translation>
    </message>
    <message>
        <source>Area profile</source>
        <translation>Perfil por ámbito</translation>
    </message>
    <message>
        <source>%1% of the criteria rated · scores 0–100, the outer ring is 100</source>
        <translation>%1 % de los criterios calificados · puntuaciones 0–100, el anillo exterior es 100</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>Principales brechas</translation>
    </message>
    <message>
        <source>No criterion is below its target.</source>
        <translation>Ningún criterio está por debajo de su meta.</translation>
    </message>
    <message>
        <source>level %1, target %2: a gap of %3</source>
        <translation>nivel %1, meta %2: una brecha de %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>Qué buscar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Private note (not shown to the room): %1</source>
        <translation>Nota privada (no se muestra a la sala): %1</translation>
    </message>
    <message>
        <source>Citations recorded: %1</source>
        <translation>Citas registradas: %1</translation>
    </message>
    <message>
        <source>Votes: %1; spread %2–%3; median %4</source>
        <translation>Votos: %1; rango %2–%3; mediana %4</translation>
    </message>
    <message>
        <source>Gaps in all: %1</source>
        <translation>Brechas en total: %1</translation>
    </message>
    <message>
        <source>Keys: → / Page Down / Space next · ← / Page Up back · L the levels in full · 0–4 the room&apos;s level · V count votes · B blank · Ctrl+Z undo · Esc leave</source>
        <translation>Teclas: → / Av Pág / Espacio siguiente · ← / Re Pág atrás · L los niveles completos · 0–4 el nivel de la sala · V contar votos · B pantalla en negro · Ctrl+Z deshacer · Esc salir</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>no se puede copiar a %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>more than one SQL statement given; run them one by one</source>
        <translation>se dio más de una instrucción SQL; ejecútelas una a una</translation>
    </message>
    <message>
        <source>the statement returned rows where none were expected</source>
        <translation>la instrucción devolvió filas donde no se esperaba ninguna</translation>
    </message>
</context>
<context>
    <name>SqliteTransaction</name>
    <message>
        <source>no transaction is active</source>
        <translation>no hay ninguna transacción activa</translation>
    </message>
</context>
<context>
    <name>VerifiedFileWriter</name>
    <message>
        <source>nothing to write to %1: the export came out empty</source>
        <translation>nada que escribir en %1: la exportación quedó vacía</translation>
    </message>
    <message>
        <source>the export to %1 failed its check (%2); nothing was written</source>
        <translation>la exportación a %1 no superó su comprobación (%2); no se escribió nada</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 did not read back as written; it was removed</source>
        <translation>%1 no se volvió a leer tal como se escribió; se eliminó</translation>
    </message>
</context>
<context>
    <name>WindowModule</name>
    <message>
        <source>%1: its module %2 is in none of %3; reinstall Coherence.</source>
        <translation>%1: su módulo %2 no está en ninguna de %3; reinstale Coherence.</translation>
    </message>
    <message>
        <source>%1: its module cannot be loaded (%2); reinstall Coherence.</source>
        <translation>%1: su módulo no se puede cargar (%2); reinstale Coherence.</translation>
    </message>
    <message>
        <source>%1: %2 is not the module of this Coherence; reinstall Coherence.</source>
        <translation>%1: %2 no es el módulo de este Coherence; reinstale Coherence.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>the zip archive has no end record where it should (a truncated file?)</source>
        <translation>el archivo zip no tiene registro final donde debería (¿un archivo truncado?)</translation>
    </message>
    <message>
        <source>the zip archive&apos;s end record does not describe its central directory</source>
        <translation>el registro final del archivo zip no describe su directorio central</translation>
    </message>
    <message>
        <source>entry %1 of the zip archive&apos;s central directory is damaged</source>
        <translation>la entrada %1 del directorio central del archivo zip está dañada</translation>
    </message>
    <message>
        <source>entry %1 of the zip archive&apos;s central directory runs past its end</source>
        <translation>la entrada %1 del directorio central del archivo zip sobrepasa su final</translation>
    </message>
    <message>
        <source>the zip entry %1 is encrypted, has a data descriptor or an unknown compression</source>
        <translation>la entrada zip %1 está cifrada, tiene un descriptor de datos o una compresión desconocida</translation>
    </message>
    <message>
        <source>the zip entry %1&apos;s local header does not match the central directory</source>
        <translation>la cabecera local de la entrada zip %1 no coincide con el directorio central</translation>
    </message>
    <message>
        <source>the zip entry %1 runs past the entries&apos; end</source>
        <translation>la entrada zip %1 sobrepasa el final de las entradas</translation>
    </message>
    <message>
        <source>the zip archive&apos;s central directory holds more than its %1 entries</source>
        <translation>el directorio central del archivo zip contiene más que sus %1 entradas</translation>
    </message>
    <message>
        <source>the zip entry %1 records the size or CRC-32 of other content</source>
        <translation>la entrada zip %1 registra el tamaño o el CRC-32 de otro contenido</translation>
    </message>
    <message>
        <source>the zip entry %1 does not hold what was written to it</source>
        <translation>la entrada zip %1 no contiene lo que se escribió en ella</translation>
    </message>
</context>
<context>
    <name>coherence::ActionDialog</name>
    <message>
        <source>Due by</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Separate partners with commas</source>
        <translation>Separe los socios con comas</translation>
    </message>
    <message>
        <source>(not tied to a criterion)</source>
        <translation>(no vinculada a un criterio)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterio:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Institución responsable:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Socios:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
</context>
<context>
    <name>coherence::ActionPlanModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>coherence::ActionPlanPage</name>
    <message>
        <source>&amp;Add action…</source>
        <translation>Aña&amp;dir acción…</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <source>Show actions with status</source>
        <translation>Mostrar acciones con estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Añadir la acción «%1»</translation>
    </message>
    <message>
        <source>Close the gap on: %1</source>
        <translation>Cerrar la brecha en: %1</translation>
    </message>
    <message>
        <source>Edit action &quot;%1&quot;</source>
        <translation>Editar la acción «%1»</translation>
    </message>
    <message>
        <source>Remove action &quot;%1&quot;</source>
        <translation>Quitar la acción «%1»</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>coherence::AssessmentDetailsDialog</name>
    <message>
        <source>Assessment details</source>
        <translation>Detalles de la evaluación</translation>
    </message>
</context>
<context>
    <name>coherence::CitationDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>The plan, unless another document</source>
        <translation>El plan, salvo otro documento</translation>
    </message>
    <message>
        <source>e.g. 5.3 Labour migration</source>
        <translation>p. ej. 5.3 Migración laboral</translation>
    </message>
    <message>
        <source>e.g. 81</source>
        <translation>p. ej. 81</translation>
    </message>
    <message>
        <source>The passage of the plan, as short as makes the point</source>
        <translation>El pasaje del plan, tan breve como permita el argumento</translation>
    </message>
    <message>
        <source>Budget, indicator and institution citations are what a level 3 rating needs</source>
        <translation>Las citas de presupuesto, indicador e institución son lo que pide una calificación de nivel 3</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>E&amp;xtracto:</translation>
    </message>
    <message>
        <source>Give at least an excerpt, a section or a page, so a reader can find the passage.</source>
        <translation>Indique al menos un extracto, una sección o una página, para que se pueda encontrar el pasaje.</translation>
    </message>
    <message>
        <source>The excerpt is too long (%1 characters; at most %2).</source>
        <translation>El extracto es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>S&amp;hows:</source>
        <translation>&amp;Muestra:</translation>
    </message>
</context>
<context>
    <name>coherence::CitationListModel</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>coherence::CompareDialog</name>
    <message>
        <source>Show &amp;differences only</source>
        <translation>Mostrar solo las &amp;diferencias</translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation>Comparar evaluaciones</translation>
    </message>
    <message>
        <source>Overall %1 → %2 (%3)</source>
        <translation>Global %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>%1 of %2 criteria differ</source>
        <translation>%1 de %2 criterios difieren</translation>
    </message>
    <message>
        <source>The rubric versions differ (A: %1, B: %2): criteria are matched by id.</source>
        <translation>Las versiones de la rúbrica difieren (A: %1, B: %2): los criterios se emparejan por identificador.</translation>
    </message>
    <message>
        <source>Levels of A and B by criterion</source>
        <translation>Niveles de A y B por criterio</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Criterios</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Á&amp;mbitos</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Nothing differs.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>&amp;What changed (%1)</source>
        <translation>&amp;Qué cambió (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>Cambio</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
</context>
<context>
    <name>coherence::CriterionPage</name>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>What to look for in the plan</source>
        <translation>Qué buscar en el plan</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Record the page as you found it in your copy of the handbook</source>
        <translation>Anote la página tal como la encontró en su ejemplar del manual</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>&amp;Not applicable to this plan (press N)</source>
        <translation>&amp;No aplicable a este plan (pulse N)</translation>
    </message>
    <message>
        <source>Why does this criterion not apply? (required for N/A)</source>
        <translation>¿Por qué no se aplica este criterio? (obligatorio para N/A)</translation>
    </message>
    <message>
        <source>Justification for not applicable</source>
        <translation>Justificación de «no aplicable»</translation>
    </message>
    <message>
        <source>Write why this criterion does not apply; it is marked N/A as soon as there is a justification.</source>
        <translation>Escriba por qué no se aplica este criterio; se marca N/A en cuanto hay una justificación.</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Nivel meta</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>Nivel &amp;meta:</translation>
    </message>
    <message>
        <source>Set target of %1</source>
        <translation>Fijar la meta de %1</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← Ante&amp;rior</translation>
    </message>
    <message>
        <source>Previous criterion (Alt+Left)</source>
        <translation>Criterio anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Ne&amp;xt →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Next criterion (Alt+Right)</source>
        <translation>Criterio siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Evidence from the plan</source>
        <translation>Evidencia del plan</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Evidencia citada</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>Aña&amp;dir evidencia…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Shown in reports</source>
        <translation>Se muestra en los informes</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Never printed in briefing notes, never shown in presentations</source>
        <translation>Nunca se imprime en las notas informativas ni se muestra en las presentaciones</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminada (%1)</translation>
    </message>
    <message>
        <source>Handbook page numbers are as cited by the NGO Committee on Migration (2011) and have not been checked against the handbook; check them against your copy and correct them here.</source>
        <translation>Los números de página del manual son los citados por el NGO Committee on Migration (2011) y no se han verificado en el manual; compruébelos en su ejemplar y corríjalos aquí.</translation>
    </message>
    <message>
        <source>Handbook page</source>
        <translation>Página del manual</translation>
    </message>
    <message>
        <source>%1 cites the handbook at p. %2 (as cited by the NGO Committee on Migration, 2011).
Page in your copy of the handbook (leave empty to keep p. %2):</source>
        <translation>%1 cita el manual en la pág. %2 (según la cita del NGO Committee on Migration, 2011).
Página en su ejemplar del manual (déjela vacía para mantener la pág. %2):</translation>
    </message>
    <message>
        <source>Rate %1 at %2</source>
        <translation>Calificar %1 con el nivel %2</translation>
    </message>
    <message>
        <source>Mark %1 as applicable</source>
        <translation>Marcar %1 como aplicable</translation>
    </message>
    <message>
        <source>Mark %1 not applicable</source>
        <translation>Marcar %1 como no aplicable</translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation>Editar la nota de %1</translation>
    </message>
    <message>
        <source>Edit private note of %1</source>
        <translation>Editar la nota privada de %1</translation>
    </message>
    <message>
        <source>Add evidence to %1</source>
        <translation>Añadir evidencia a %1</translation>
    </message>
    <message>
        <source>Edit evidence of %1</source>
        <translation>Editar la evidencia de %1</translation>
    </message>
    <message>
        <source>Remove evidence from %1</source>
        <translation>Quitar evidencia de %1</translation>
    </message>
    <message>
        <source>&amp;Correct a page number…</source>
        <translation>Corregir un número de &amp;página…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>coherence::DashboardPage</name>
    <message>
        <source>Gaps by priority; press Enter to open</source>
        <translation>Brechas por prioridad; pulse Intro para abrir</translation>
    </message>
    <message>
        <source>Consistency warnings; press Enter to open</source>
        <translation>Advertencias de coherencia; pulse Intro para abrir</translation>
    </message>
    <message>
        <source>&amp;Warnings (click to open)</source>
        <translation>A&amp;dvertencias (clic para abrir)</translation>
    </message>
    <message>
        <source>Ga&amp;ps by priority (double-click to open)</source>
        <translation>&amp;Brechas por prioridad (doble clic para abrir)</translation>
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
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>coherence::HistoryDialog</name>
    <message>
        <source>&amp;Only the criterion shown</source>
        <translation>&amp;Solo el criterio mostrado</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Filter: words, a criterion such as “LAB-2”, a name</source>
        <translation>Filtro: palabras, un criterio como «LAB-2», un nombre</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrar los cambios</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Cambios, los más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Solo %1</translation>
    </message>
    <message>
        <source>The change log could not be read: %1</source>
        <translation>No se pudo leer el registro de cambios: %1</translation>
    </message>
    <message>
        <source>Changes recorded in this file: %1</source>
        <translation>Cambios registrados en este archivo: %1</translation>
    </message>
    <message>
        <source>Changes shown: %1 of %2</source>
        <translation>Cambios mostrados: %1 de %2</translation>
    </message>
</context>
<context>
    <name>coherence::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>coherence::LevelOption</name>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <source>Press %1 to choose this level</source>
        <translation>Pulse %1 para elegir este nivel</translation>
    </message>
</context>
<context>
    <name>coherence::MainWindow</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export action plan as CS&amp;V…</source>
        <translation>Exportar plan de acción como CS&amp;V…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Detalles de la evaluación…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>Ce&amp;rrar la evaluación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Merge assessments…</source>
        <translation>&amp;Fusionar evaluaciones…</translation>
    </message>
    <message>
        <source>Merge several participants&apos; assessments into one consensus file</source>
        <translation>Fusionar las evaluaciones de varios participantes en un archivo de consenso</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Comparar c&amp;on…</translation>
    </message>
    <message>
        <source>Compare the open assessment with another one</source>
        <translation>Comparar la evaluación abierta con otra</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Present to a room, one recommendation at a time (F5)</source>
        <translation>Presentar a una sala, una recomendación cada vez (F5)</translation>
    </message>
    <message>
        <source>Presentation &amp;settings…</source>
        <translation>A&amp;justes de la presentación…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Next criterion</source>
        <translation>Criterio &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous criterion</source>
        <translation>Criterio &amp;anterior</translation>
    </message>
    <message>
        <source>Rate at level &amp;%1</source>
        <translation>Calificar con el nivel &amp;%1</translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation>&amp;No aplicable…</translation>
    </message>
    <message>
        <source>Add an action for this criterion…</source>
        <translation>Añadir una acción para este criterio…</translation>
    </message>
    <message>
        <source>Show the &amp;overall score</source>
        <translation>Mostrar la puntuación &amp;global</translation>
    </message>
    <message>
        <source>&amp;Criterion</source>
        <translation>&amp;Criterio</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Pla&amp;n de acción</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir recien&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Calificar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Rubric &amp;sources and page numbers</source>
        <translation>&amp;Fuentes de la rúbrica y números de página</translation>
    </message>
    <message>
        <source>&amp;About Coherence</source>
        <translation>Acerca &amp;de Coherence</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>Coverage %1%</source>
        <translation>Cobertura %1 %</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>Opened your copy of %1 (%2)</source>
        <translation>Se abrió su copia de %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 no se pudo abrir: %2</translation>
    </message>
    <message>
        <source>Opened %1 — every change is saved as you make it</source>
        <translation>%1 abierto — cada cambio se guarda al hacerlo</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Filter: words, “C143”, “10.7”, “p. 80” (Ctrl+F)</source>
        <translation>Filtro: palabras, «C143», «10.7», «p. 80» (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter recommendations</source>
        <translation>Filtrar recomendaciones</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Todas las recomendaciones</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Con advertencias</translation>
    </message>
    <message>
        <source>Below target (gaps)</source>
        <translation>Por debajo de la meta (brechas)</translation>
    </message>
    <message>
        <source>Recommendations by area</source>
        <translation>Recomendaciones por ámbito</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <translation>No se puede crear la evaluación</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Abrir una evaluación</translation>
    </message>
    <message>
        <source>Coherence assessments (*.coherence);;JSON assessments (*.json)</source>
        <translation>Evaluaciones de Coherence (*.coherence);;Evaluaciones JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an assessment exported as JSON</source>
        <translation>Importar una evaluación exportada como JSON</translation>
    </message>
    <message>
        <source>JSON assessments (*.json)</source>
        <translation>Evaluaciones JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the imported assessment as</source>
        <translation>Guardar la evaluación importada como</translation>
    </message>
    <message>
        <source>Coherence assessments (*.coherence)</source>
        <translation>Evaluaciones de Coherence (*.coherence)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message>
        <source>%1 is not a valid assessment: %2</source>
        <translation>%1 no es una evaluación válida: %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importado en %2</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported to %1 (checked)</source>
        <translation>Exportado a %1 (comprobado)</translation>
    </message>
    <message>
        <source>Export the action plan as CSV</source>
        <translation>Exportar el plan de acción como CSV</translation>
    </message>
    <message>
        <source>Export the ratings as CSV</source>
        <translation>Exportar las calificaciones como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written and checked: %1</source>
        <translation>Informe escrito y comprobado: %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Rubric sources</source>
        <translation>Fuentes de la rúbrica</translation>
    </message>
    <message>
        <source>About Coherence</source>
        <translation>Acerca de Coherence</translation>
    </message>
    <message>
        <source>Coherence %1

Scores a national development plan against the recommendations of the Global Migration Group handbook “Mainstreaming Migration into Development Planning” (IOM, 2010).

Works offline: it makes no network connection, ever. Every change is saved as you make it.

Licence: GPL-3.0-or-later.</source>
        <translation>Coherence %1

Puntúa un plan nacional de desarrollo frente a las recomendaciones del manual del Grupo Mundial sobre Migración «Integración de la migración en la planificación del desarrollo» (OIM, 2010).

Funciona sin conexión: nunca establece una conexión de red. Cada cambio se guarda al hacerlo.

Licencia: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>it is not a valid assessment</source>
        <translation>no es una evaluación válida</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>Choose the participants&apos; assessments to merge</source>
        <translation>Elija las evaluaciones de los participantes que desea fusionar</translation>
    </message>
    <message>
        <source>Assessments (*.coherence *.json)</source>
        <translation>Evaluaciones (*.coherence *.json)</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>No se puede fusionar</translation>
    </message>
    <message>
        <source>These assessments cannot be merged: %1</source>
        <translation>Estas evaluaciones no se pueden fusionar: %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>Save the consensus as</source>
        <translation>Guardar el consenso como</translation>
    </message>
    <message>
        <source>%1 already exists: a merge always makes a new file. Choose another name.</source>
        <translation>%1 ya existe: una fusión siempre crea un archivo nuevo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The consensus could not be written: %1</source>
        <translation>No se pudo escribir el consenso: %1</translation>
    </message>
    <message>
        <source>Merged %1 assessments into %2</source>
        <translation>%1 evaluaciones fusionadas en %2</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>These assessments cannot be compared: %1</source>
        <translation>Estas evaluaciones no se pueden comparar: %1</translation>
    </message>
    <message>
        <source>Rate the criterion on screen at that level</source>
        <translation>Calificar en ese nivel el criterio en pantalla</translation>
    </message>
    <message>
        <source>Not applicable (asks for the justification)</source>
        <translation>No aplicable (pide la justificación)</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Criterio siguiente</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Criterio anterior</translation>
    </message>
    <message>
        <source>Filter the recommendations</source>
        <translation>Filtrar las recomendaciones</translation>
    </message>
    <message>
        <source>Undo (saved at once, like any edit)</source>
        <translation>Deshacer (se guarda al momento, como cualquier cambio)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Criterion, dashboard, action plan</source>
        <translation>Criterio, panel, plan de acción</translation>
    </message>
    <message>
        <source>Present to a room, one recommendation at a time</source>
        <translation>Presentar a una sala, una recomendación cada vez</translation>
    </message>
    <message>
        <source>New assessment, open</source>
        <translation>Nueva evaluación, abrir</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Close the assessment, quit</source>
        <translation>Cerrar la evaluación, salir</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Pasar de un control a otro</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Export ra&amp;tings as CSV…</source>
        <translation>Exportar calificaciones como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export r&amp;eport…</source>
        <translation>Exportar infor&amp;me…</translation>
    </message>
    <message>
        <source>Problems found in all: %1.</source>
        <translation>Problemas encontrados en total: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file at the place named, or export the assessment again from the program that made it.</source>
        <translation>No se importó nada. Corrija el archivo en el lugar indicado, o exporte de nuevo la evaluación desde el programa que la produjo.</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Historial de cambios…</translation>
    </message>
    <message>
        <source>Every change the file records, newest first</source>
        <translation>Todos los cambios que registra el archivo, los más recientes primero</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
</context>
<context>
    <name>coherence::MergeDialog</name>
    <message>
        <source>Show &amp;disagreements only</source>
        <translation>Mostrar solo los &amp;desacuerdos</translation>
    </message>
    <message>
        <source>&amp;Anonymise: attribute notes and citations to &quot;Participant 1&quot;, &quot;Participant 2&quot;, …</source>
        <translation>&amp;Anonimizar: atribuir notas y citas a «Participante 1», «Participante 2», …</translation>
    </message>
    <message>
        <source>Merge assessments</source>
        <translation>Fusionar evaluaciones</translation>
    </message>
    <message>
        <source>%1 assessments. The consensus of each criterion starts at the median of the participants&apos; levels (the lower one when it falls between two); pick another where the room decided otherwise. %2 criteria have levels 2 or more apart, or are rated by some and called not applicable by others.</source>
        <translation>%1 evaluaciones. El consenso de cada criterio parte de la mediana de los niveles de los participantes (la menor cuando queda entre dos); elija otro donde la sala decidió otra cosa. %2 criterios tienen niveles separados por 2 o más, o unos los califican y otros los consideran no aplicables.</translation>
    </message>
    <message>
        <source>%1 used rubric version %2: %3% of the criteria in common.</source>
        <translation>%1 usó la versión %2 de la rúbrica: %3 % de los criterios en común.</translation>
    </message>
    <message>
        <source>Not every participant used rubric version %1; what is left aside:</source>
        <translation>No todos los participantes usaron la versión %1 de la rúbrica; lo que se deja de lado:</translation>
    </message>
    <message>
        <source>Participants&apos; levels and the consensus by criterion</source>
        <translation>Niveles de los participantes y consenso por criterio</translation>
    </message>
    <message>
        <source>&amp;Create consensus file…</source>
        <translation>&amp;Crear archivo de consenso…</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>desacuerdo</translation>
    </message>
    <message>
        <source>Consensus level of %1</source>
        <translation>Nivel de consenso de %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (mediana)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
</context>
<context>
    <name>coherence::NavigatorModel</name>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
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
        <translation>%1: %2 de %3 criterios calificados o no aplicables; puntuación %4</translation>
    </message>
    <message>
        <source>Area %1, %2 of %3 done</source>
        <translation>Ámbito %1, %2 de %3 hechos</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
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
        <translation>, tiene una advertencia</translation>
    </message>
</context>
<context>
    <name>coherence::NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>%1 (%2, built in)</source>
        <translation>%1 (%2, integrada)</translation>
    </message>
    <message>
        <source>A rubric file…</source>
        <translation>Un archivo de rúbrica…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>R&amp;úbrica:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluacion</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Guardar la nueva evaluación como</translation>
    </message>
    <message>
        <source>Coherence assessments (*.coherence)</source>
        <translation>Evaluaciones de Coherence (*.coherence)</translation>
    </message>
    <message>
        <source>Choose a rubric file</source>
        <translation>Elegir un archivo de rúbrica</translation>
    </message>
    <message>
        <source>Rubrics (*.json)</source>
        <translation>Rúbricas (*.json)</translation>
    </message>
    <message>
        <source>Cannot use this rubric</source>
        <translation>No se puede usar esta rúbrica</translation>
    </message>
    <message>
        <source>%1 is not a valid rubric:
%2</source>
        <translation>%1 no es una rúbrica válida:
%2</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, de %3)</translation>
    </message>
    <message>
        <source>Choose a rubric.</source>
        <translation>Elija una rúbrica.</translation>
    </message>
    <message>
        <source>Choose where to save the assessment.</source>
        <translation>Elija dónde guardar la evaluación.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 ya existe: elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>coherence::PresentationSettingsDialog</name>
    <message>
        <source>Show the &amp;presenter view on the other screen</source>
        <translation>Mostrar la vista del &amp;presentador en la otra pantalla</translation>
    </message>
    <message>
        <source>Presentation settings</source>
        <translation>Ajustes de la presentación</translation>
    </message>
    <message>
        <source>e.g. Ministry of Labour, workers&apos; and employers&apos; organisations, migrant associations</source>
        <translation>p. ej. Ministerio de Trabajo, organizaciones de trabajadores y empleadores, asociaciones de migrantes</translation>
    </message>
    <message>
        <source>Automatic (the other screen when there are two)</source>
        <translation>Automática (la otra pantalla cuando hay dos)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>Pa&amp;ntalla:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipantes:</translation>
    </message>
</context>
<context>
    <name>coherence::PresentationWindow</name>
    <message>
        <source>Coherence — presentation</source>
        <translation>Coherence — presentación</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Rate %1 at level %2 (the room)</source>
        <translation>Calificar %1 con el nivel %2 (la sala)</translation>
    </message>
    <message>
        <source>Record the room&apos;s votes on %1</source>
        <translation>Registrar los votos de la sala sobre %1</translation>
    </message>
</context>
<context>
    <name>coherence::PresenterView</name>
    <message>
        <source>Coherence — presenter view</source>
        <translation>Coherence — vista del presentador</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <source>%1:%2:%3 elapsed</source>
        <translation>%1:%2:%3 transcurridos</translation>
    </message>
</context>
<context>
    <name>coherence::ReportDialog</name>
    <message>
        <source>Leave out the overall score</source>
        <translation>Omitir la puntuación global</translation>
    </message>
    <message>
        <source>Withhold the assessors&apos; names</source>
        <translation>Reservar los nombres de los evaluadores</translation>
    </message>
    <message>
        <source>Include private notes (full report only)</source>
        <translation>Incluir las notas privadas (solo informe completo)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Briefing note (2–4 pages)</source>
        <translation>Nota informativa (2–4 páginas)</translation>
    </message>
    <message>
        <source>Full assessment report</source>
        <translation>Informe de evaluación completo</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Resumen del taller</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (edit in LibreOffice or Word)</source>
        <translation>ODT (editable en LibreOffice o Word)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (un solo archivo)</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>briefing-note</source>
        <translation>nota-informativa</translation>
    </message>
    <message>
        <source>assessment-report</source>
        <translation>informe-de-evaluacion</translation>
    </message>
    <message>
        <source>workshop-summary</source>
        <translation>resumen-del-taller</translation>
    </message>
    <message>
        <source>Export the report as</source>
        <translation>Exportar el informe como</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Informe no exportado</translation>
    </message>
    <message>
        <source>Written and checked: %1</source>
        <translation>Escrito y comprobado: %1</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 files. The report is written: open %2 from its folder.</source>
        <translation>Ninguna aplicación de este ordenador abre archivos %1. El informe está escrito: abra %2 desde su carpeta.</translation>
    </message>
</context>
<context>
    <name>coherence::ScorePanel</name>
    <message>
        <source>Process and enablers</source>
        <translation>Proceso y facilitadores</translation>
    </message>
    <message>
        <source>Sector content</source>
        <translation>Contenido sectorial</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Show overall score</source>
        <translation>Ver puntuación global</translation>
    </message>
    <message>
        <source>One number invites ranking; the area profile tells more. Hide it when it gets in the way of the discussion.</source>
        <translation>Una sola cifra invita a clasificar; el perfil por ámbito dice más. Ocúltela cuando estorbe la discusión.</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>Coverage %1% — %2 rated, %3 not applicable, %4 to go</source>
        <translation>Cobertura %1 % — %2 calificados, %3 no aplicables, %4 pendientes</translation>
    </message>
    <message>
        <source>Score %1, coverage %2%</source>
        <translation>Puntuación %1, cobertura %2 %</translation>
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
        <translation>Fin de la presentación</translation>
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
        <translation>Puntúa un plan nacional de desarrollo frente a las recomendaciones del manual del Grupo Mundial sobre Migración «Integración de la migración en la planificación del desarrollo» (OIM, 2010). Cada cambio se guarda al hacerlo.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start assessing a plan (Ctrl+N)</source>
        <translation>Empezar a evaluar un plan (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a .coherence file (Ctrl+O)</source>
        <translation>Abrir un archivo .coherence (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>Im&amp;portar JSON…</translation>
    </message>
    <message>
        <source>Turn an assessment exported as JSON into a .coherence file</source>
        <translation>Convertir una evaluación exportada como JSON en un archivo .coherence</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Abrir el e&amp;jemplo</translation>
    </message>
    <message>
        <source>A fictional plan, rated, to see how Coherence works</source>
        <translation>Un plan ficticio, calificado, para ver cómo funciona Coherence</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Recent assessments; press Enter to open</source>
        <translation>Evaluaciones recientes; pulse Intro para abrir</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No assessment opened yet. Start a new one for your plan, or open the sample to see a rated plan, its scores and its reports first.</source>
        <translation>Aún no se ha abierto ninguna evaluación. Empiece una nueva para su plan, o abra primero el ejemplo para ver un plan calificado, sus puntuaciones y sus informes.</translation>
    </message>
    <message>
        <source>Re&amp;cent assessments</source>
        <translation>Evaluaciones &amp;recientes</translation>
    </message>
</context>
<context>
    <name>coherence::WrappedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
</TS>
