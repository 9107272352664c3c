<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Send to the customer</source>
        <translation>Enviar al cliente</translation>
    </message>
    <message>
        <source>Send this link to the customer. They open it, enter their bank credentials or token on Belvo&apos;s page themselves, and the link works again: nobody at the desk sees their password.</source>
        <translation>Envíe este enlace al cliente. El cliente lo abre, ingresa él mismo sus credenciales bancarias o su token en la página de Belvo, y el vínculo vuelve a funcionar: nadie en la mesa de ayuda ve su contraseña.</translation>
    </message>
    <message>
        <source>Customer&apos;s lan&amp;guage:</source>
        <translation>&amp;Idioma del cliente:</translation>
    </message>
    <message>
        <source>The language of Belvo&apos;s page the customer opens</source>
        <translation>El idioma de la página de Belvo que abre el cliente</translation>
    </message>
    <message>
        <source>Link for the c&amp;ustomer:</source>
        <translation>&amp;Enlace para el cliente:</translation>
    </message>
    <message>
        <source>Send this address to the customer; it works once, for a limited time</source>
        <translation>Envíe esta dirección al cliente; funciona una sola vez, por tiempo limitado</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>QR code of the link for the customer</source>
        <translation>Código QR del enlace para el cliente</translation>
    </message>
    <message>
        <source>A customer on a video call or at the counter can scan this code with their phone.</source>
        <translation>Un cliente en una videollamada o en la ventanilla puede escanear este código con su celular.</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Nuevo enlace</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Make a new link for the customer when this one has expired</source>
        <translation>Crear un nuevo enlace para el cliente cuando este haya expirado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stops waiting for the customer</source>
        <translation>Deja de esperar al cliente</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Update history</source>
        <translation>Historial de actualizaciones</translation>
    </message>
    <message>
        <source>&amp;Link id:</source>
        <translation>&amp;ID del vínculo:</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos los vínculos</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Update attempts</source>
        <translation>Intentos de actualización</translation>
    </message>
    <message>
        <source>&amp;Copy request id</source>
        <translation>&amp;Copiar ID de solicitud</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <source>Show only the attempts on this link</source>
        <translation>Muestra solo los intentos de este vínculo</translation>
    </message>
    <message>
        <source>Show only the attempts with this outcome</source>
        <translation>Muestra solo los intentos con este resultado</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>El primer día que se muestra</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>El último día que se muestra</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show only the attempts this agent made (the whole name)</source>
        <translation>Muestra solo los intentos que hizo este agente (el nombre completo)</translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
    <message>
        <source>Show only the attempts made for this ticket (the whole reference)</source>
        <translation>Muestra solo los intentos hechos para este ticket (la referencia completa)</translation>
    </message>
    <message>
        <source>Enter or double-click opens the attempt&apos;s link in the main window</source>
        <translation>Enter o doble clic abre el vínculo del intento en la ventana principal</translation>
    </message>
    <message>
        <source>Attempt details</source>
        <translation>Detalles del intento</translation>
    </message>
    <message>
        <source>Every step of the selected attempt, its HTTP status and request ids</source>
        <translation>Cada paso del intento seleccionado, su estado HTTP y sus ID de solicitud</translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <source>Links needing attention</source>
        <translation>Vínculos que requieren atención</translation>
    </message>
    <message>
        <source>Which links to list, by their status</source>
        <translation>Qué vínculos listar, según su estado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>&amp;Search links:</source>
        <translation>B&amp;uscar vínculos:</translation>
    </message>
    <message>
        <source>Link id, external id or bank</source>
        <translation>ID del vínculo, ID externo o banco</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Buscar vínculos</translation>
    </message>
    <message>
        <source>Shows only the links whose id, external id or bank contains this text; Down moves to the list</source>
        <translation>Muestra solo los vínculos cuyo ID, ID externo o banco contiene este texto; con Down se pasa a la lista</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;co:</translation>
    </message>
    <message>
        <source>all, or a bank such as Erebor Mexico (Enter lists it)</source>
        <translation>todos, o un banco como Erebor Mexico (Enter para listar)</translation>
    </message>
    <message>
        <source>Lists only the links of this bank (its name as the list shows it, or its code name); empty for all</source>
        <translation>Lista solo los vínculos de este banco (su nombre tal como aparece en la lista, o su nombre de código); vacío: todos</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a link in the form</source>
        <translation>Presione Enter o haga doble clic para abrir un vínculo en el formulario</translation>
    </message>
    <message>
        <source>Stop loa&amp;ding</source>
        <translation>&amp;Detener carga</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener carga</translation>
    </message>
    <message>
        <source>&amp;Open in the form</source>
        <translation>Abrir en el &amp;formulario</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Abrir en el formulario</translation>
    </message>
    <message>
        <source>Puts the selected link in the form beside the list and checks it</source>
        <translation>Pone el vínculo seleccionado en el formulario junto a la lista y lo verifica</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Cerrar la lista</translation>
    </message>
    <message>
        <source>Nobody on it</source>
        <translation>Nadie en él</translation>
    </message>
    <message>
        <source>Only the links nobody is on</source>
        <translation>Solo los vínculos en los que nadie trabaja</translation>
    </message>
    <message>
        <source>Hides the links a colleague, or you, is working on now</source>
        <translation>Oculta los vínculos en los que un colega, o usted, trabaja ahora</translation>
    </message>
    <message>
        <source>A bank that many of these links are at, or that Belvo reports down</source>
        <translation>Un banco que tiene muchos de estos vínculos, o que Belvo informa caído</translation>
    </message>
    <message>
        <source>How many of the links listed each bank holds, and its health as Belvo reports it</source>
        <translation>Cuántos de los vínculos listados tiene cada banco, y su estado según Belvo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Relink</source>
        <translation>Relink</translation>
    </message>
    <message>
        <source>Demo mode: you are talking to Relink&apos;s built-in Belvo simulator, not to Belvo. Nothing you do here reaches a bank.</source>
        <translation>Modo demo: está usando el simulador de Belvo integrado en Relink, no Belvo. Nada de lo que haga aquí llega a un banco.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Link &amp;id:</source>
        <translation>&amp;ID del vínculo:</translation>
    </message>
    <message>
        <source>Paste the link id or its dashboard URL</source>
        <translation>Pegue el ID del vínculo o su URL del panel</translation>
    </message>
    <message>
        <source>The link&apos;s UUID; a pasted URL is reduced to the id</source>
        <translation>El UUID del vínculo; de una URL pegada se extrae el ID</translation>
    </message>
    <message>
        <source>Load the link and the fields its bank needs</source>
        <translation>Cargar el vínculo y los campos que pide su banco</translation>
    </message>
    <message>
        <source>New credentials</source>
        <translation>Credenciales nuevas</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Update credentials</source>
        <translation>Actuali&amp;zar credenciales</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Relink</source>
        <translation>&amp;Acerca de Relink</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Where updates are sent: the Belvo sandbox, production, or a custom URL</source>
        <translation>Adónde se envían las actualizaciones: el sandbox de Belvo, producción o una URL personalizada</translation>
    </message>
    <message>
        <source>An https address; plain http only to this computer</source>
        <translation>Una dirección https; http simple solo hacia esta computadora</translation>
    </message>
    <message>
        <source>Results appear here.</source>
        <translation>Los resultados aparecen aquí.</translation>
    </message>
    <message>
        <source>Se&amp;nd to the customer…</source>
        <translation>E&amp;nviar al cliente…</translation>
    </message>
    <message>
        <source>Send to the customer</source>
        <translation>Enviar al cliente</translation>
    </message>
    <message>
        <source>Makes a link the customer opens to update the credentials themselves; no credentials needed here</source>
        <translation>Crea un enlace que el cliente abre para actualizar él mismo las credenciales; aquí no se necesitan credenciales</translation>
    </message>
    <message>
        <source>&amp;Links needing attention…</source>
        <translation>&amp;Vínculos que requieren atención…</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>Optional, e.g. SUP-1234</source>
        <translation>Opcional, p. ej., SUP-1234</translation>
    </message>
    <message>
        <source>The support ticket this update is for, recorded in the history</source>
        <translation>El ticket de soporte de esta actualización, que se registra en el historial</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Check link</source>
        <translation>&amp;Verificar vínculo</translation>
    </message>
    <message>
        <source>Loads the link&apos;s status and the fields its bank asks for</source>
        <translation>Carga el estado del vínculo y los campos que pide su banco</translation>
    </message>
    <message>
        <source>Stops what is running (Esc)</source>
        <translation>Detiene lo que está en curso (Esc)</translation>
    </message>
    <message>
        <source>Sends the new credentials to Belvo for this link</source>
        <translation>Envía las credenciales nuevas a Belvo para este vínculo</translation>
    </message>
    <message>
        <source>History of this link</source>
        <translation>Historial de este vínculo</translation>
    </message>
    <message>
        <source>Opens the update history filtered on this link</source>
        <translation>Abre el historial de actualizaciones filtrado por este vínculo</translation>
    </message>
    <message>
        <source>The link&apos;s external id (your system&apos;s reference for the customer)</source>
        <translation>El ID externo del vínculo (la referencia de su sistema para el cliente)</translation>
    </message>
    <message>
        <source>The ticket recorded with the next update or hand-off; it stays for the next link you open by hand</source>
        <translation>El ticket que se registra con la próxima actualización o el próximo envío al cliente; se mantiene para el próximo vínculo que abra manualmente</translation>
    </message>
    <message>
        <source>History of &amp;this link…</source>
        <translation>Historial de &amp;este vínculo…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>MfaDialog</name>
    <message>
        <source>The bank asks for a token</source>
        <translation>El banco solicita un token</translation>
    </message>
    <message>
        <source>QR code to scan with the bank&apos;s app</source>
        <translation>Código QR para escanear con la app del banco</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The code the customer received from the bank</source>
        <translation>El código que el cliente recibió del banco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>I have &amp;approved it</source>
        <translation>Ya se &amp;aprobó</translation>
    </message>
    <message>
        <source>&amp;Submit token</source>
        <translation>&amp;Enviar token</translation>
    </message>
    <message>
        <source>Reference the bank sent (not the code to type):</source>
        <translation>Referencia que envió el banco (no es el código que debe escribir):</translation>
    </message>
    <message>
        <source>Copy QR code</source>
        <translation>Copiar código QR</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, to paste into a chat or an email to the customer</source>
        <translation>Copiar el código QR como imagen, para pegarlo en un chat o un correo electrónico al cliente</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>Guardar código QR…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Guardar el código QR como imagen PNG</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Results appear here.</source>
        <translation>Los resultados aparecen aquí.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>Modo de acceso:</translation>
    </message>
    <message>
        <source>Refresh rate:</source>
        <translation>Frecuencia de actualización:</translation>
    </message>
    <message>
        <source>Last accessed:</source>
        <translation>Último acceso:</translation>
    </message>
    <message>
        <source>Link id:</source>
        <translation>ID del vínculo:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the link id</source>
        <translation>Copiar el ID del vínculo</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Creado por:</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>Mostrar &amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>Raw JSON answer</source>
        <translation>Respuesta JSON sin procesar</translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation>Copiar para el ticket</translation>
    </message>
    <message>
        <source>Copy a plain-text summary of this result for the support ticket (no credentials)</source>
        <translation>Copiar un resumen en texto sin formato de este resultado para el ticket de soporte (sin credenciales)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Belvo API keys</source>
        <translation>Claves de API de Belvo</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Secret &amp;id:</source>
        <translation>&amp;ID secreto:</translation>
    </message>
    <message>
        <source>Secret &amp;password:</source>
        <translation>&amp;Contraseña secreta:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the secret password</source>
        <translation>Mostrar la contraseña secreta</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>&amp;Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Usar &amp;solo en esta sesión</translation>
    </message>
    <message>
        <source>&amp;Forget saved keys</source>
        <translation>&amp;Olvidar claves guardadas</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Wait for Belvo up to:</source>
        <translation>Esperar a Belvo &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idiom&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Conservar el historial &amp;durante:</translation>
    </message>
    <message>
        <source>The environment whose API keys you are editing</source>
        <translation>El entorno cuyas claves de API está editando</translation>
    </message>
    <message>
        <source>An https address; plain http only to this computer</source>
        <translation>Una dirección https; http simple solo hacia esta computadora</translation>
    </message>
    <message>
        <source>The secret id from the Belvo dashboard for this environment</source>
        <translation>El ID secreto del panel de Belvo para este entorno</translation>
    </message>
    <message>
        <source>The secret password from the Belvo dashboard, kept in the system keychain</source>
        <translation>La contraseña secreta del panel de Belvo, guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>How long to wait for Belvo and the bank before giving up</source>
        <translation>Cuánto esperar a Belvo y al banco antes de desistir</translation>
    </message>
    <message>
        <source>Older update records are deleted</source>
        <translation>Los registros de actualización más antiguos se eliminan</translation>
    </message>
    <message>
        <source>The language Relink uses from its next start</source>
        <translation>El idioma que Relink usará desde su próximo inicio</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Certi&amp;ficado de CA adicional:</translation>
    </message>
    <message>
        <source>None: only the system&apos;s CA certificates</source>
        <translation>Ninguno: solo los certificados de CA del sistema</translation>
    </message>
    <message>
        <source>A PEM file with the CA certificate of a network that inspects TLS, trusted as well as the system&apos;s</source>
        <translation>Un archivo PEM con el certificado de CA de una red que inspecciona TLS, en el que se confía además de en los del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Buscar el archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Bo&amp;rrar</translation>
    </message>
    <message>
        <source>Trust only the system&apos;s CA certificates</source>
        <translation>Confiar solo en los certificados de CA del sistema</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Su &amp;nombre en el historial:</translation>
    </message>
    <message>
        <source>Recorded with every update you make; empty: your login name</source>
        <translation>Se registra con cada actualización que haga; vacío: su nombre de usuario del sistema</translation>
    </message>
    <message>
        <source>History &amp;address:</source>
        <translation>Dirección de&amp;l historial:</translation>
    </message>
    <message>
        <source>A file on this computer, or the team history: postgresql://USER@HOST/DATABASE; empty: the file on this computer</source>
        <translation>Un archivo en esta computadora, o el historial del equipo: postgresql://USER@HOST/DATABASE; vacío: el archivo en esta computadora</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Test the history address</source>
        <translation>Probar la dirección del historial</translation>
    </message>
    <message>
        <source>Settings — Relink</source>
        <translation>Configuración — Relink</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relink: update a Belvo link&apos;s credentials, through the bank&apos;s MFA challenge. Without saved API keys it starts in demo mode.</source>
        <translation>Relink: actualiza las credenciales de un vínculo de Belvo, pasando por el desafío MFA del banco. Sin claves de API guardadas, inicia en modo demo.</translation>
    </message>
    <message>
        <source>Use the built-in Belvo simulator.</source>
        <translation>Usa el simulador de Belvo integrado.</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificado de CA adicional</translation>
    </message>
    <message>
        <source>%1

Relink trusts only the system&apos;s CA certificates for now. Choose another file, or none, in File › Settings.</source>
        <translation>%1

Por ahora, Relink solo confía en los certificados de CA del sistema. Elija otro archivo, o ninguno, en Archivo › Configuración.</translation>
    </message>
    <message>
        <source>Start, paint the main window once and exit (packaging checks, start-up benchmarks). Never handed to a running Relink.</source>
        <translation>Inicia, dibuja la ventana principal una vez y sale (pruebas de empaquetado, mediciones de arranque). Nunca se pasa a un Relink que ya está en ejecución.</translation>
    </message>
    <message>
        <source>The link to fill in and check: its id, a dashboard or API URL that contains it, or a relink://link/LINK_ID link (with environment=sandbox or production and ticket=REF, both optional). When Relink is running already, it gets the link and comes to the front.</source>
        <translation>El vínculo que se completa y verifica: su ID, una URL del panel o de la API que lo contenga, o un enlace relink://link/LINK_ID (con environment=sandbox o production y ticket=REF, ambos opcionales). Si Relink ya está en ejecución, recibe el vínculo y pasa al frente.</translation>
    </message>
    <message>
        <source>relink opens one link at a time; give it one link id or URL.
</source>
        <translation>relink abre un vínculo a la vez; indique un solo ID de vínculo o URL.
</translation>
    </message>
</context>
<context>
    <name>relink::Accessibility</name>
    <message>
        <source>Clear the field</source>
        <translation>Borrar el campo</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>relink::BelvoClient</name>
    <message>
        <source>The connection to %1 closed before the answer was complete. Check the link&apos;s status, then try again.</source>
        <translation>La conexión con %1 se cerró antes de completar la respuesta. Revise el estado del vínculo y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id. A link id looks like 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</source>
        <translation>&quot;%1&quot; no es un ID de vínculo. Un ID de vínculo se ve así: 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Cancelado. No se envió nada.</translation>
    </message>
    <message>
        <source>Cancelled. The request may already have reached Belvo; check the link&apos;s status before trying again.</source>
        <translation>Cancelado. Es posible que la solicitud ya haya llegado a Belvo; revise el estado del vínculo antes de intentar de nuevo.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MiB and was stopped. This is not a normal Belvo answer: check the base URL.</source>
        <translation>La respuesta de %1 superó los %2 MiB y se detuvo. No es una respuesta normal de Belvo: revise la URL base.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the environment or base URL and your network.</source>
        <translation>No se pudo conectar con %1: la conexión fue rechazada. Revise el entorno o la URL base y su red.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the base URL and your network connection.</source>
        <translation>No se encontró el servidor %1. Revise la URL base y su conexión de red.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2. Relink never ignores certificate problems; if your network inspects TLS, ask your IT team to install its CA certificate.</source>
        <translation>No se pudo confiar en la conexión segura con %1: %2. Relink nunca ignora los problemas de certificados; si su red inspecciona TLS, pida a su equipo de TI que instale su certificado de CA.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your network, then try again.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1. Revise su red y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>The answer from %1 broke the HTTP protocol (%2). Check the base URL.</source>
        <translation>La respuesta de %1 no respetó el protocolo HTTP (%2). Revise la URL base.</translation>
    </message>
    <message>
        <source>A network error stopped the request to %1: %2. Check your connection, then try again.</source>
        <translation>Un error de red detuvo la solicitud a %1: %2. Revise su conexión y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>Belvo&apos;s answer (HTTP %1) could not be read: %2 Check the base URL; if it is right, report this to Belvo.</source>
        <translation>No se pudo leer la respuesta de Belvo (HTTP %1): %2 Revise la URL base; si es correcta, informe esto a Belvo.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). Relink does not follow redirects, so the secret keys never go elsewhere; check the base URL.</source>
        <translation>%1 respondió con una redirección (HTTP %2). Relink no sigue redirecciones, para que las claves secretas nunca vayan a otro lugar; revise la URL base.</translation>
    </message>
    <message>
        <source>the answer is not JSON.</source>
        <translation>la respuesta no es JSON.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1.</source>
        <translation>estado HTTP inesperado %1.</translation>
    </message>
    <message>
        <source>No secret keys are set for this environment. Add them in Settings, or set BELVO_SECRET_ID and BELVO_SECRET_PASSWORD.</source>
        <translation>No hay claves secretas configuradas para este entorno. Agréguelas en Configuración o defina BELVO_SECRET_ID y BELVO_SECRET_PASSWORD.</translation>
    </message>
    <message>
        <source>The secret keys contain characters that cannot be right. Copy them again from the Belvo dashboard.</source>
        <translation>Las claves secretas contienen caracteres que no pueden ser correctos. Cópielas de nuevo desde el panel de Belvo.</translation>
    </message>
    <message>
        <source>Fill in at least the password before updating.</source>
        <translation>Complete al menos la contraseña antes de actualizar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MFA session id. Copy the session from the token request.</source>
        <translation>&quot;%1&quot; no es un ID de sesión MFA. Copie la sesión de la solicitud de token.</translation>
    </message>
    <message>
        <source>Enter the token the bank gave the customer.</source>
        <translation>Ingrese el token que el banco le dio al cliente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an institution code.</source>
        <translation>&quot;%1&quot; no es un código de institución.</translation>
    </message>
</context>
<context>
    <name>relink::Cli</name>
    <message>
        <source>update: a JSON object with the credential fields (password, password2, token, encryption_key, username_type, certificate, private_key), from FILE or - for standard input.</source>
        <translation>update: un objeto JSON con los campos de credenciales (password, password2, token, encryption_key, username_type, certificate, private_key), desde FILE o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>update: a certificate file to send.</source>
        <translation>update: un archivo de certificado para enviar.</translation>
    </message>
    <message>
        <source>update: the certificate&apos;s private-key file.</source>
        <translation>update: el archivo de clave privada del certificado.</translation>
    </message>
    <message>
        <source>resume: the MFA session from the challenge.</source>
        <translation>resume: la sesión MFA del desafío.</translation>
    </message>
    <message>
        <source>sandbox, development or production (default sandbox).</source>
        <translation>sandbox, development o production (predeterminado: sandbox).</translation>
    </message>
    <message>
        <source>A custom base URL (also BELVO_BASE_URL); https, or http to this computer only.</source>
        <translation>Una URL base personalizada (también BELVO_BASE_URL); https, o http solo hacia esta computadora.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file (e.g. a company TLS proxy).</source>
        <translation>Confía también en los certificados de CA de este archivo PEM (p. ej., un proxy TLS de la empresa).</translation>
    </message>
    <message>
        <source>Run against the built-in Belvo simulator.</source>
        <translation>Usa el simulador de Belvo integrado.</translation>
    </message>
    <message>
        <source>Try &apos;relink-cli --help&apos;.
</source>
        <translation>Pruebe &apos;relink-cli --help&apos;.
</translation>
    </message>
    <message>
        <source>%1 takes exactly one LINK_ID.</source>
        <translation>%1 requiere exactamente un LINK_ID.</translation>
    </message>
    <message>
        <source>resume takes no positional arguments; use --link and --session.</source>
        <translation>resume no acepta argumentos posicionales; use --link y --session.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no se indicó ningún comando.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo mode: talking to the built-in Belvo simulator, not to Belvo.
</source>
        <translation>Modo demo: se usa el simulador de Belvo integrado, no Belvo.
</translation>
    </message>
    <message>
        <source>Link %1
</source>
        <translation>Vínculo %1
</translation>
    </message>
    <message>
        <source>  Status:        %1 (%2)
</source>
        <translation>  Estado:                      %1 (%2)
</translation>
    </message>
    <message>
        <source>  Institution:   %1
</source>
        <translation>  Institución:                 %1
</translation>
    </message>
    <message>
        <source>  Access mode:   %1
</source>
        <translation>  Modo de acceso:              %1
</translation>
    </message>
    <message>
        <source>  Refresh rate:  %1
</source>
        <translation>  Frecuencia de actualización: %1
</translation>
    </message>
    <message>
        <source>  Last accessed: %1
</source>
        <translation>  Último acceso:               %1
</translation>
    </message>
    <message>
        <source>  Created by:    %1
</source>
        <translation>  Creado por:                  %1
</translation>
    </message>
    <message>
        <source>  External id:   %1
</source>
        <translation>  ID externo:                  %1
</translation>
    </message>
    <message>
        <source> [field %1]</source>
        <translation> [campo %1]</translation>
    </message>
    <message>
        <source> (request_id %1)</source>
        <translation> (request_id %1)</translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s) before retrying.
</source>
        <translation>
            <numerusform>Belvo pide esperar %n segundo antes de reintentar.
</numerusform>
            <numerusform>Belvo pide esperar %n segundos antes de reintentar.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank asks for an MFA token.
  %1
</source>
        <translation>El banco solicita un token MFA.
  %1
</translation>
    </message>
    <message>
        <source>  Challenge (%1): %2
</source>
        <translation>  Desafío (%1): %2
</translation>
    </message>
    <message numerus="yes">
        <source>  The session expires in %n second(s).
</source>
        <translation>
            <numerusform>  La sesión expira en %n segundo.
</numerusform>
            <numerusform>  La sesión expira en %n segundos.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>Press Enter once the customer has approved the login: </source>
        <translation>Presione Enter cuando el cliente haya aprobado el inicio de sesión: </translation>
    </message>
    <message>
        <source>Interrupted. The MFA session was left unfinished.
</source>
        <translation>Interrumpido. La sesión MFA quedó sin terminar.
</translation>
    </message>
    <message>
        <source>The bank expects a token; type it, or press Ctrl+D to stop.
</source>
        <translation>El banco espera un token; escríbalo o presione Ctrl+D para detenerse.
</translation>
    </message>
    <message>
        <source>resume, history: the link id.</source>
        <translation>resume, history: el ID del vínculo.</translation>
    </message>
    <message>
        <source>history takes no positional arguments; use --link and --since.</source>
        <translation>history no acepta argumentos posicionales; use --link y --since.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>advertencia: %1
</translation>
    </message>
    <message>
        <source>No updates recorded yet.
</source>
        <translation>Aún no hay actualizaciones registradas.
</translation>
    </message>
    <message>
        <source>resume: read the MFA token from the first line of this file (else from standard input; an empty line when the bank expects no input).</source>
        <translation>resume: lee el token MFA de la primera línea de este archivo (si no, de la entrada estándar; una línea vacía si el banco no espera ningún dato).</translation>
    </message>
    <message>
        <source>Print the resulting link as JSON; failures too, as JSON on standard output.</source>
        <translation>Imprime el vínculo resultante como JSON; también los errores, como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout requiere un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>the demo simulator could not start.</source>
        <translation>no se pudo iniciar el simulador de demo.</translation>
    </message>
    <message>
        <source>--env and --base-url name two different places; give only one. Nothing was sent.</source>
        <translation>--env y --base-url indican dos destinos distintos; indique solo uno. No se envió nada.</translation>
    </message>
    <message>
        <source>no secret keys for %1. Set BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, or save the keys in the desktop app&apos;s Settings. (%2)</source>
        <translation>no hay claves secretas para %1. Defina BELVO_SECRET_ID y BELVO_SECRET_PASSWORD, o guarde las claves en Configuración de la app de escritorio. (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id.</source>
        <translation>&quot;%1&quot; no es un ID de vínculo.</translation>
    </message>
    <message>
        <source>--since takes a date like 2026-11-24.</source>
        <translation>--since requiere una fecha como 2026-11-24.</translation>
    </message>
    <message>
        <source>choose --json or --csv, not both.</source>
        <translation>elija --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>Belvo is limiting requests; wait a minute before retrying.
</source>
        <translation>Belvo está limitando las solicitudes; espere un minuto antes de reintentar.
</translation>
    </message>
    <message>
        <source>Finish with: relink-cli resume --link %1 --session %2, giving the token on standard input or in a file with --token-file PATH.
</source>
        <translation>Termine con: relink-cli resume --link %1 --session %2, indicando el token en la entrada estándar o en un archivo con --token-file PATH.
</translation>
    </message>
    <message>
        <source>Belvo accepted the update.
</source>
        <translation>Belvo aceptó la actualización.
</translation>
    </message>
    <message>
        <source>MFA token needed: %1
</source>
        <translation>Se necesita un token MFA: %1
</translation>
    </message>
    <message>
        <source>No token given (end of input).
</source>
        <translation>No se indicó ningún token (fin de la entrada).
</translation>
    </message>
    <message>
        <source>resume needs --link and --session.</source>
        <translation>resume requiere --link y --session.</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2. Nothing was sent.</source>
        <translation>no se puede leer el archivo de token %1: %2. No se envió nada.</translation>
    </message>
    <message>
        <source>the token file %1 is empty. Put the token on its first line (an empty line when the bank expects no input). Nothing was sent.</source>
        <translation>el archivo de token %1 está vacío. Escriba el token en su primera línea (una línea vacía si el banco no espera ningún dato). No se envió nada.</translation>
    </message>
    <message>
        <source>Token (an empty line when the bank expects no input): </source>
        <translation>Token (una línea vacía si el banco no espera ningún dato): </translation>
    </message>
    <message>
        <source>no token on standard input. Give it as one line (an empty line when the bank expects no input), or with --token-file PATH. Nothing was sent.</source>
        <translation>no hay ningún token en la entrada estándar. Indíquelo como una línea (una línea vacía si el banco no espera ningún dato) o con --token-file PATH. No se envió nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id (a UUID such as 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.</source>
        <translation>&quot;%1&quot; no es un ID de vínculo (un UUID como 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). No se envió nada.</translation>
    </message>
    <message>
        <source>cannot read the fields from standard input.</source>
        <translation>no se pueden leer los campos de la entrada estándar.</translation>
    </message>
    <message>
        <source>cannot read the fields file %1: %2</source>
        <translation>no se puede leer el archivo de campos %1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message>
        <source>--certificate-file and --private-key-file go together: give both or neither. Nothing was sent.</source>
        <translation>--certificate-file y --private-key-file van juntos: indique ambos o ninguno. No se envió nada.</translation>
    </message>
    <message>
        <source>nothing to send. Give the credentials with --fields FILE (or - for standard input).</source>
        <translation>no hay nada que enviar. Indique las credenciales con --fields FILE (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>Interrupted. Nothing was sent.</source>
        <translation>Interrumpido. No se envió nada.</translation>
    </message>
    <message>
        <source>handoff: the widget&apos;s language for the customer: en, es or pt (default es).</source>
        <translation>handoff: el idioma del widget para el cliente: en, es o pt (predeterminado: es).</translation>
    </message>
    <message>
        <source>wait: the status to wait for (only valid).</source>
        <translation>wait: el estado que se espera (solo valid).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 120); for wait, seconds to wait for the link to be valid (default 600).</source>
        <translation>Segundos de espera de una respuesta (predeterminado: 120); para wait, segundos de espera hasta que el vínculo sea válido (predeterminado: 600).</translation>
    </message>
    <message>
        <source>%1 needs a simulator that keeps running, and --demo starts one for this run only. Start relink-simulator and give its address with --base-url. Nothing was sent.</source>
        <translation>%1 necesita un simulador que siga en ejecución, y --demo inicia uno solo para esta ejecución. Inicie relink-simulator e indique su dirección con --base-url. No se envió nada.</translation>
    </message>
    <message>
        <source>--locale takes en, es or pt. Nothing was sent.</source>
        <translation>--locale requiere en, es o pt. No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The link is valid for %n minute(s), until %1, and works once.</source>
        <translation>
            <numerusform>El enlace es válido durante %n minuto, hasta %1, y funciona una sola vez.</numerusform>
            <numerusform>El enlace es válido durante %n minutos, hasta %1, y funciona una sola vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link is valid for %n second(s), until %1, and works once.</source>
        <translation>
            <numerusform>El enlace es válido durante %n segundo, hasta %1, y funciona una sola vez.</numerusform>
            <numerusform>El enlace es válido durante %n segundos, hasta %1, y funciona una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to the customer, then wait for the link with: relink-cli wait %1
</source>
        <translation>Envíelo al cliente y luego espere al vínculo con: relink-cli wait %1
</translation>
    </message>
    <message>
        <source>--until takes only valid: the status to wait for. Nothing was sent.</source>
        <translation>--until solo admite valid: el estado que se espera. No se envió nada.</translation>
    </message>
    <message>
        <source>--timeout takes the seconds to wait for the link, from 1 to %1. Nothing was sent.</source>
        <translation>--timeout requiere los segundos de espera del vínculo, entre 1 y %1. No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for link %1 to be valid; it is checked every %2 seconds. Ctrl+C stops.
</source>
        <translation>
            <numerusform>Esperando hasta %n segundo a que el vínculo %1 sea válido; se verifica cada %2 segundos. Ctrl+C detiene la espera.
</numerusform>
            <numerusform>Esperando hasta %n segundos a que el vínculo %1 sea válido; se verifica cada %2 segundos. Ctrl+C detiene la espera.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  status: %2
</source>
        <translation>%1  estado: %2
</translation>
    </message>
    <message>
        <source>%1  warning: %2 Still waiting.
</source>
        <translation>%1  advertencia: %2 Se sigue esperando.
</translation>
    </message>
    <message>
        <source>Interrupted. %1</source>
        <translation>Interrumpido. %1</translation>
    </message>
    <message>
        <source>update, resume, get, history, links, handoff or wait</source>
        <translation>update, resume, get, history, links, handoff o wait</translation>
    </message>
    <message>
        <source>history, links: only attempts, or links created, on or after this date (YYYY-MM-DD).</source>
        <translation>history, links: solo los intentos, o los vínculos creados, de esta fecha en adelante (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>history, links: print CSV.</source>
        <translation>history, links: imprime en formato CSV.</translation>
    </message>
    <message>
        <source>links: the statuses to list, separated by commas (valid, invalid, unconfirmed, token_required), or all; default invalid,token_required.</source>
        <translation>links: los estados que se listan, separados por comas (valid, invalid, unconfirmed, token_required), o all; predeterminado: invalid,token_required.</translation>
    </message>
    <message>
        <source>links: only this institution&apos;s links.</source>
        <translation>links: solo los vínculos de esta institución.</translation>
    </message>
    <message>
        <source>links: list at most N links.</source>
        <translation>links: lista como máximo N vínculos.</translation>
    </message>
    <message>
        <source>links takes no positional arguments; use --status, --institution, --since and --limit.</source>
        <translation>links no acepta argumentos posicionales; use --status, --institution, --since y --limit.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation>INSTITUCIÓN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST ACCESSED</source>
        <translation>ÚLTIMO ACCESO</translation>
    </message>
    <message>
        <source>EXTERNAL ID</source>
        <translation>ID EXTERNO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an institution code (such as erebor_mx_retail). Nothing was sent.</source>
        <translation>&quot;%1&quot; no es un código de institución (como erebor_mx_retail). No se envió nada.</translation>
    </message>
    <message>
        <source>--limit takes a number of links, 1 or more. Nothing was sent.</source>
        <translation>--limit requiere un número de vínculos, 1 o más. No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s); the listing goes on then.
</source>
        <translation>
            <numerusform>Belvo pide esperar %n segundo; luego el listado continúa.
</numerusform>
            <numerusform>Belvo pide esperar %n segundos; luego el listado continúa.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing stopped after %n link(s).
</source>
        <translation>
            <numerusform>El listado se detuvo después de %n vínculo.
</numerusform>
            <numerusform>El listado se detuvo después de %n vínculos.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n link(s) that need attention.
</source>
        <translation>
            <numerusform>Se muestra %1 de %n vínculo que requiere atención.
</numerusform>
            <numerusform>Se muestran %1 de %n vínculos que requieren atención.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n matching link(s).
</source>
        <translation>
            <numerusform>Se muestra %1 de %n vínculo que coincide.
</numerusform>
            <numerusform>Se muestran %1 de %n vínculos que coinciden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) need attention.
</source>
        <translation>
            <numerusform>%n vínculo requiere atención.
</numerusform>
            <numerusform>%n vínculos requieren atención.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match.
</source>
        <translation>
            <numerusform>%n vínculo coincide.
</numerusform>
            <numerusform>%n vínculos coinciden.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is still being written; the rest of this run&apos;s record is lost. Run relink-cli history to see what was kept.</source>
        <translation>El historial todavía se está escribiendo; el resto del registro de esta ejecución se pierde. Ejecute relink-cli history para ver lo que se conservó.</translation>
    </message>
    <message>
        <source>update, resume, handoff: the support ticket this is done for (recorded in the history); history: only that ticket&apos;s attempts.</source>
        <translation>update, resume, handoff: el ticket de soporte para el que se hace (se registra en el historial); history: solo los intentos de ese ticket.</translation>
    </message>
    <message>
        <source>history: only this agent&apos;s attempts.</source>
        <translation>history: solo los intentos de este agente.</translation>
    </message>
    <message>
        <source>the history address (RELINK_HISTORY_URL, or the desktop app&apos;s Settings) is not one Relink takes: %1 Nothing was sent.</source>
        <translation>la dirección del historial (RELINK_HISTORY_URL, o Configuración de la app de escritorio) no es válida para Relink: %1 No se envió nada.</translation>
    </message>
    <message>
        <source>the history address (RELINK_HISTORY_URL, or the desktop app&apos;s Settings) is not one Relink takes: %1</source>
        <translation>la dirección del historial (RELINK_HISTORY_URL, o Configuración de la app de escritorio) no es válida para Relink: %1</translation>
    </message>
    <message>
        <source>the history could not be read.</source>
        <translation>no se pudo leer el historial.</translation>
    </message>
    <message>
        <source>No updates match; without --link, --since, --agent and --ticket, all are shown.
</source>
        <translation>Ninguna actualización coincide; sin --link, --since, --agent ni --ticket, se muestran todas.
</translation>
    </message>
    <message>
        <source>Update a Belvo link&apos;s credentials, through the bank&apos;s MFA challenge when there is one, or hand the link to the customer to fix in Belvo&apos;s hosted widget.</source>
        <translation>Actualiza las credenciales de un vínculo de Belvo, pasando por el desafío MFA del banco si lo hay, o pasa el vínculo al cliente para que lo repare en el widget alojado de Belvo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>show a link</source>
        <translation>muestra un vínculo</translation>
    </message>
    <message>
        <source>print a link for the customer to fix LINK_ID in Belvo&apos;s hosted widget</source>
        <translation>imprime un enlace para que el cliente repare LINK_ID en el widget alojado de Belvo</translation>
    </message>
    <message>
        <source>list links needing attention (--status, --institution, --since, --limit, --json, --csv)</source>
        <translation>lista los vínculos que requieren atención (--status, --institution, --since, --limit, --json, --csv)</translation>
    </message>
    <message>
        <source>finish an MFA session (PATCH /api/links/)</source>
        <translation>termina una sesión MFA (PATCH /api/links/)</translation>
    </message>
    <message>
        <source>send new credentials (PUT /api/links/LINK_ID/)</source>
        <translation>envía credenciales nuevas (PUT /api/links/LINK_ID/)</translation>
    </message>
    <message>
        <source>wait until LINK_ID is valid again (--until valid, --timeout SECONDS)</source>
        <translation>espera hasta que LINK_ID vuelva a ser válido (--until valid, --timeout SECONDS)</translation>
    </message>
    <message>
        <source>RELINK_AGENT: %1 Nothing was sent.</source>
        <translation>RELINK_AGENT: %1 No se envió nada.</translation>
    </message>
    <message>
        <source>--agent: %1</source>
        <translation>--agent: %1</translation>
    </message>
    <message>
        <source>before an update: what stands in the way (exit 9 when something asks to confirm)</source>
        <translation>antes de una actualización: lo que se interpone (sale con 9 cuando algo pide confirmación)</translation>
    </message>
    <message>
        <source>Nothing stands in the way of updating link %1.
</source>
        <translation>Nada impide actualizar el vínculo %1.
</translation>
    </message>
    <message>
        <source>Before updating link %1, confirm what the findings above ask.
</source>
        <translation>Antes de actualizar el vínculo %1, confirme lo que piden los hallazgos de arriba.
</translation>
    </message>
    <message>
        <source>its address is not one Relink takes (%1). Correct RELINK_HISTORY_URL or the desktop app&apos;s History setting.</source>
        <translation>su dirección no es una que Relink acepte (%1). Corrija RELINK_HISTORY_URL o el ajuste Historial de la app de escritorio.</translation>
    </message>
    <message>
        <source>update, handoff: never ask. An MFA challenge is printed as JSON (exit 4); a pre-flight finding to confirm stops the run (exit 9).</source>
        <translation>update, handoff: no preguntar nunca. Un desafío MFA se imprime como JSON (salida 4); un hallazgo de la verificación previa que pide confirmación detiene la ejecución (salida 9).</translation>
    </message>
    <message>
        <source>update, handoff: go ahead even when the pre-flight asks to confirm (the bank down, login errors, an open hand-off); the history records it.</source>
        <translation>update, handoff: seguir aunque la verificación previa pida confirmar (el banco caído, errores de inicio de sesión, un envío abierto); el historial lo registra.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <extracomment>The answers taken as &quot;yes&quot; at the y/N question, in lower case, separated by &quot;|&quot; (English &quot;y&quot; and &quot;yes&quot; are always taken too).</extracomment>
        <translation>s|sí|si</translation>
    </message>
    <message>
        <source>Going ahead (--force); the history records what you confirmed.
</source>
        <translation>Se sigue adelante (--force); el historial registra lo que confirmó.
</translation>
    </message>
    <message>
        <source>Going ahead (--force).
</source>
        <translation>Se sigue adelante (--force).
</translation>
    </message>
    <message>
        <source>Update link %1 anyway? [y/N] </source>
        <translation>¿Actualizar el vínculo %1 de todos modos? [s/N] </translation>
    </message>
    <message>
        <source>Send link %1 to the customer anyway? [y/N] </source>
        <translation>¿Enviar el vínculo %1 al cliente de todos modos? [s/N] </translation>
    </message>
    <message>
        <source>Link %1 was not updated: nothing was sent for it.</source>
        <translation>El vínculo %1 no se actualizó: no se envió nada para él.</translation>
    </message>
    <message>
        <source>No link for the customer was made: nothing was sent for link %1.</source>
        <translation>No se creó ningún enlace para el cliente: no se envió nada para el vínculo %1.</translation>
    </message>
    <message>
        <source>Confirm what is asked above (with the customer, or the colleague on the link), then run again with --force to go ahead; the history records it.
</source>
        <translation>Confirme lo que se pide arriba (con el cliente o con el compañero que está en el vínculo) y vuelva a ejecutar con --force para seguir; el historial lo registra.
</translation>
    </message>
    <message>
        <source>Keys come from BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, else from the keychain entry the desktop app saves. Credentials come from --fields and MFA tokens from standard input or --token-file, never from arguments.
Exit codes: 0 ok, 2 bad usage or input (nothing sent), 3 authentication or permission, 4 MFA token needed or session expired, 5 link not found, 6 other 4xx, 7 server, network or malformed answer, or the link still not valid when wait&apos;s time ran out, 8 rate-limited (wait the Retry-After seconds), 9 the pre-flight found something to confirm (check; update and handoff without a terminal or with --no-input: nothing was sent), 130 interrupted.</source>
        <translation>Las claves se toman de BELVO_SECRET_ID y BELVO_SECRET_PASSWORD o, si no, de la entrada del llavero del sistema que guarda la app de escritorio. Las credenciales se toman de --fields, y los tokens MFA, de la entrada estándar o de --token-file; nunca de los argumentos.
Códigos de salida: 0 correcto, 2 uso o entrada incorrectos (no se envió nada), 3 autenticación o permiso, 4 se necesita un token MFA o la sesión expiró, 5 vínculo no encontrado, 6 otro error 4xx, 7 error del servidor o de red, respuesta mal formada, o el vínculo aún no es válido cuando se agotó el tiempo de wait, 8 límite de solicitudes (espere los segundos que indica Retry-After), 9 la verificación previa encontró algo que confirmar (check; update y handoff sin terminal o con --no-input: no se envió nada), 130 interrumpido.</translation>
    </message>
    <message>
        <source>The history could not be read, so last_attempt, claimed_by and handoff_open_until are empty: %1
</source>
        <translation>No se pudo leer el historial, así que last_attempt, claimed_by y handoff_open_until quedan vacíos: %1
</translation>
    </message>
    <message>
        <source>relink-cli: the history stopped partway, so the output is cut short (run the command again once the history answers): %1
</source>
        <translation>relink-cli: el historial se detuvo a mitad de camino, así que la salida está incompleta (ejecute el comando otra vez cuando el historial responda): %1
</translation>
    </message>
    <message>
        <source>show what was done to which link (--link, --since, --json, --csv); --prune DAYS deletes the older attempts</source>
        <translation>muestra qué se hizo con cada vínculo (--link, --since, --json, --csv); --prune DÍAS borra los intentos más antiguos</translation>
    </message>
    <message>
        <source>history: delete the attempts older than DAYS days, in batches (a team history too: others keep recording meanwhile).</source>
        <translation>history: borra los intentos de más de DAYS días, por lotes (también en un historial de equipo: los demás siguen registrando mientras tanto).</translation>
    </message>
    <message>
        <source>No attempt started before %1: nothing to delete.
</source>
        <translation>Ningún intento empezó antes de %1: no hay nada que borrar.
</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n attempt(s) started before %1 (batches: %2; the longest held the history for %3 ms).
</source>
        <translation>
            <numerusform>Se borró %n intento empezado antes de %1 (lotes: %2; el más largo ocupó el historial %3 ms).
</numerusform>
            <numerusform>Se borraron %n intentos empezados antes de %1 (lotes: %2; el más largo ocupó el historial %3 ms).
</numerusform>
        </translation>
    </message>
    <message>
        <source>--prune takes a number of days, from 1 to 36500.</source>
        <translation>--prune admite un número de días, de 1 a 36500.</translation>
    </message>
    <message>
        <source>--prune deletes by age alone; leave out --%1.</source>
        <translation>--prune borra solo por antigüedad; quite --%1.</translation>
    </message>
</context>
<context>
    <name>relink::CopyConfirmation</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>relink::CredentialForm</name>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados y claves (*.pem *.crt *.cer *.key *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Second password or &amp;PIN</source>
        <translation>Segunda contraseña o &amp;PIN</translation>
    </message>
    <message>
        <source>MFA &amp;token (rarely needed)</source>
        <translation>&amp;Token MFA (rara vez necesario)</translation>
    </message>
    <message>
        <source>&amp;Encryption key (legacy)</source>
        <translation>Clave de ci&amp;frado (heredada)</translation>
    </message>
    <message>
        <source>&amp;Document type</source>
        <translation>Tipo de &amp;documento</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>Archivo de ce&amp;rtificado</translation>
    </message>
    <message>
        <source>Private &amp;key file</source>
        <translation>Archivo de c&amp;lave privada</translation>
    </message>
    <message>
        <source>Fill in the new credentials.</source>
        <translation>Complete las credenciales nuevas.</translation>
    </message>
    <message>
        <source>This bank does not ask for %1, so what was typed there was left out.</source>
        <translation>Este banco no pide %1, así que se descartó lo que se escribió allí.</translation>
    </message>
    <message>
        <source>Open another link</source>
        <translation>Abrir otro vínculo</translation>
    </message>
    <message>
        <source>Credentials are typed for link %1. Opening link %2 clears them.</source>
        <translation>Hay credenciales escritas para el vínculo %1. Abrir el vínculo %2 las borra.</translation>
    </message>
    <message>
        <source>Clear them and open</source>
        <translation>Borrarlas y abrir</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>The bank&apos;s own form could not be loaded (%1). Showing every field; fill in what the customer gave you.</source>
        <translation>No se pudo cargar el formulario del banco (%1). Se muestran todos los campos; complete lo que le dio el cliente.</translation>
    </message>
    <message>
        <source>The fields %1 asks for.</source>
        <translation>Los campos que pide %1.</translation>
    </message>
</context>
<context>
    <name>relink::CredentialRow</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>(not needed)</source>
        <translation>(no se necesita)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the value for a few seconds</source>
        <translation>Mostrar el valor unos segundos</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Optional. Choose the file; it is sent base64-encoded, with its pair.</source>
        <translation>Opcional. Elija el archivo; se envía codificado en base64, junto con su par.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, chosen before, is not one of the values this bank accepts. Choose one from the list.</source>
        <translation>%1: %2, elegido antes, no es uno de los valores que acepta este banco. Elija uno de la lista.</translation>
    </message>
    <message>
        <source>%1: choose a value from the list.</source>
        <translation>%1: elija un valor de la lista.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: campo obligatorio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format.</source>
        <translation>%1 no tiene el formato esperado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: this bank accepts at most %n character(s).</source>
        <translation>
            <numerusform>%1: este banco acepta como máximo %n carácter.</numerusform>
            <numerusform>%1: este banco acepta como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept from before)</source>
        <translation>(se conserva el anterior)</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>relink::HandoffDialog</name>
    <message>
        <source>Link %1</source>
        <translation>Vínculo %1</translation>
    </message>
    <message>
        <source>Link %1 (%2)</source>
        <translation>Vínculo %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Making a link for the customer…</source>
        <translation>Creando un enlace para el cliente…</translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Esperando al cliente…</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>The customer can use this link for %1:%2 more (until %3).</source>
        <translation>El cliente puede usar este enlace durante %1:%2 más (hasta %3).</translation>
    </message>
    <message>
        <source>This link expired at %1. If the customer still needs one, make a New link and send that instead.</source>
        <translation>Este enlace expiró a las %1. Si el cliente aún necesita uno, cree un Nuevo enlace y envíe ese en su lugar.</translation>
    </message>
    <message>
        <source>Waiting for the customer… the link is still %1 — last checked %2</source>
        <translation>Esperando al cliente… el vínculo sigue con el estado %1 — última verificación: %2</translation>
    </message>
    <message>
        <source>Waiting for the customer… — the last check, at %1, failed: %2 Relink keeps checking.</source>
        <translation>Esperando al cliente… — la última verificación, a las %1, falló: %2 Relink sigue verificando.</translation>
    </message>
    <message>
        <source>The customer updated the link: it is valid again.</source>
        <translation>El cliente actualizó el vínculo: vuelve a ser válido.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Belvo&apos;s request id: %1</source>
        <translation>ID de solicitud de Belvo: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer… the link was last seen %1</source>
        <translation>Esperando al cliente… el último estado conocido del vínculo era %1</translation>
    </message>
    <message>
        <source>Relink is watching this link, but its customer&apos;s link can&apos;t be copied again (it is not kept, or it expired). If the customer still needs one, make a New link and send that instead.</source>
        <translation>Relink está vigilando este vínculo, pero el enlace del cliente no se puede volver a copiar (no se conserva o expiró). Si el cliente aún necesita uno, cree un Nuevo enlace y envíe ese en su lugar.</translation>
    </message>
</context>
<context>
    <name>relink::HandoffFlow</name>
    <message>
        <source>The hand-off was cancelled before anything was sent.</source>
        <translation>Se canceló el envío al cliente antes de enviar nada.</translation>
    </message>
    <message>
        <source>The hand-off for link %1 was cancelled.</source>
        <translation>Se canceló el envío al cliente del vínculo %1.</translation>
    </message>
    <message>
        <source>The hand-off for link %1 was cancelled while its link was being made; the customer has no link.</source>
        <translation>Se canceló el envío al cliente del vínculo %1 mientras se creaba su enlace; el cliente no tiene ningún enlace.</translation>
    </message>
    <message>
        <source>No link for the customer could be made: %1</source>
        <translation>No se pudo crear un enlace para el cliente: %1</translation>
    </message>
    <message>
        <source>No new link for the customer could be made: %1</source>
        <translation>No se pudo crear un nuevo enlace para el cliente: %1</translation>
    </message>
    <message>
        <source>Link %1 is already valid: there is nothing for the customer to do. No link was made for them.</source>
        <translation>El vínculo %1 ya es válido: el cliente no tiene nada que hacer. No se creó ningún enlace para él.</translation>
    </message>
    <message>
        <source>No link for the customer was made: link %1 could not be checked first: %2</source>
        <translation>No se creó ningún enlace para el cliente: no se pudo verificar antes el vínculo %1: %2</translation>
    </message>
    <message>
        <source>Link %1 is valid, but Relink never saw it not valid since the customer&apos;s link was made: it cannot tell who fixed it.</source>
        <translation>El vínculo %1 es válido, pero Relink nunca lo vio como no válido desde que se creó el enlace del cliente: no puede saber quién lo reparó.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryCommands</name>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show every recorded attempt on this link (%1)</source>
        <translation>Muestra todos los intentos registrados de este vínculo (%1)</translation>
    </message>
</context>
<context>
    <name>relink::HistoryDetails</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>sin respuesta HTTP</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>request ids: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Vínculo: %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Banco: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Link status: %1</source>
        <translation>Estado del vínculo: %1</translation>
    </message>
    <message>
        <source>Fields sent: %1</source>
        <translation>Campos enviados: %1</translation>
    </message>
    <message>
        <source>No step was recorded: nothing was sent.</source>
        <translation>No se registró ningún paso: no se envió nada.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
</context>
<context>
    <name>relink::HistoryFile</name>
    <message>
        <source>The update history file %1 belongs to another user of this computer, who could read it or add records to it. Relink did not use it: links can still be updated, but this update is not recorded. Move that file away, or choose a history file in a folder only you can write to.</source>
        <translation>El archivo del historial de actualizaciones %1 pertenece a otro usuario de este equipo, que podría leerlo o añadirle registros. Relink no lo usó: los vínculos se pueden seguir actualizando, pero esta actualización no queda registrada. Aparte ese archivo o elija un archivo de historial en una carpeta en la que solo usted pueda escribir.</translation>
    </message>
    <message>
        <source>The update history file %1 is a link to another file, or not a file at all; Relink never follows it. Relink did not use it: links can still be updated, but this update is not recorded. Remove it and let Relink create the file, or choose the real file&apos;s path.</source>
        <translation>El archivo del historial de actualizaciones %1 es un enlace a otro archivo, o no es un archivo; Relink nunca lo sigue. Relink no lo usó: los vínculos se pueden seguir actualizando, pero esta actualización no queda registrada. Elimínelo y deje que Relink cree el archivo, o elija la ruta del archivo real.</translation>
    </message>
    <message>
        <source>The folder %1 of the update history can be changed by other users of this computer, who could put their own file in its place. Relink did not use it: links can still be updated, but this update is not recorded. Choose a history file in a folder only you can write to.</source>
        <translation>Otros usuarios de este equipo pueden cambiar la carpeta %1 del historial de actualizaciones y poner su propio archivo en su lugar. Relink no la usó: los vínculos se pueden seguir actualizando, pero esta actualización no queda registrada. Elija un archivo de historial en una carpeta en la que solo usted pueda escribir.</translation>
    </message>
    <message>
        <source>The update history file %1 cannot be made private to you. Relink did not use it: links can still be updated, but this update is not recorded. Check that the file is yours and on a disk that keeps permissions, or choose another history file.</source>
        <translation>El archivo del historial de actualizaciones %1 no se puede hacer privado para usted. Relink no lo usó: los vínculos se pueden seguir actualizando, pero esta actualización no queda registrada. Compruebe que el archivo sea suyo y esté en un disco que conserve los permisos, o elija otro archivo de historial.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryLocation</name>
    <message>
        <source>The history address is empty. Leave the setting empty for the history on this computer, or write a file path or a postgresql:// address.</source>
        <translation>La dirección del historial está vacía. Deje vacía la opción para usar el historial en esta computadora, o escriba una ruta de archivo o una dirección postgresql://.</translation>
    </message>
    <message>
        <source>Relink keeps the history in a SQLite file or on PostgreSQL; &quot;%1:&quot; is neither. Use a file path, sqlite:/path/history.sqlite or postgresql://USER@HOST/DATABASE.</source>
        <translation>Relink guarda el historial en un archivo SQLite o en PostgreSQL; &quot;%1:&quot; no es ninguno de los dos. Use una ruta de archivo, sqlite:/path/history.sqlite o postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>The history address names no file.</source>
        <translation>La dirección del historial no indica ningún archivo.</translation>
    </message>
    <message>
        <source>Write it as postgresql://USER@HOST:PORT/DATABASE, for example postgresql://relink@teamdb.example.com/relink.</source>
        <translation>Escríbala como postgresql://USER@HOST:PORT/DATABASE, por ejemplo postgresql://relink@teamdb.example.com/relink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address Relink can use. %2</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL que Relink pueda usar. %2</translation>
    </message>
    <message>
        <source>The history address holds a password. Take it out: the password goes in ~/.pgpass (or the file PGPASSFILE names), never in the address or the settings.</source>
        <translation>La dirección del historial contiene una contraseña. Quítela: la contraseña va en ~/.pgpass (o en el archivo que indique PGPASSFILE), nunca en la dirección ni en la configuración.</translation>
    </message>
    <message>
        <source>The history address names no database. %1</source>
        <translation>La dirección del historial no indica ninguna base de datos. %1</translation>
    </message>
    <message>
        <source>The history address has an option Relink does not take (&quot;%1&quot;); only sslmode is allowed. libpq&apos;s other settings come from its environment (PGSSLROOTCERT…).</source>
        <translation>La dirección del historial tiene una opción que Relink no acepta (&quot;%1&quot;); solo se permite sslmode. Las demás opciones de libpq se toman de su entorno (PGSSLROOTCERT…).</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>sslmode &quot;%1&quot; no es uno de estos: disable, allow, prefer, require, verify-ca o verify-full.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address Relink can use: the user, host and database are plain names. %2</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL que Relink pueda usar: el usuario, el host y la base de datos deben ser nombres simples. %2</translation>
    </message>
    <message>
        <source>The history address asks for sslmode=%1 with %2, another computer: the database&apos;s password could go to a server that only pretends to be it. Relink reaches a team database on another computer with sslmode=verify-full only: take sslmode out of the address. If the server&apos;s certificate is signed by your company&apos;s own authority, set PGSSLROOTCERT to that authority&apos;s certificate file (or put it in ~/.postgresql/root.crt).</source>
        <translation>La dirección del historial pide sslmode=%1 con %2, otro equipo: la contraseña de la base de datos podría llegar a un servidor que solo finge serlo. Relink se conecta a una base de datos del equipo en otro equipo solo con sslmode=verify-full: quite sslmode de la dirección. Si el certificado del servidor lo firma la autoridad propia de su empresa, indique en PGSSLROOTCERT el archivo del certificado de esa autoridad (o póngalo en ~/.postgresql/root.crt).</translation>
    </message>
</context>
<context>
    <name>relink::HistoryService</name>
    <message>
        <source>The team history is unreachable; this update is kept on this computer and sent when it is back. %1</source>
        <translation>No se puede acceder al historial del equipo; esta actualización se guarda en esta computadora y se envía cuando vuelva a estar disponible. %1</translation>
    </message>
    <message>
        <source>%1 Until it is corrected the history is kept on this computer (%2).</source>
        <translation>%1 Hasta que se corrija, el historial se guarda en esta computadora (%2).</translation>
    </message>
    <message>
        <source>The history could not be opened there. Check the address.</source>
        <translation>No se pudo abrir el historial en esa dirección. Revise la dirección.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept on this computer belong to another team history; point Relink at it again to send them.</source>
        <translation>
            <numerusform>%n registro guardado en esta computadora pertenece a otro historial del equipo; vuelva a apuntar Relink a él para enviarlo.</numerusform>
            <numerusform>%n registros guardados en esta computadora pertenecen a otro historial del equipo; vuelva a apuntar Relink a él para enviarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record could not be sent to the team history (%1). It is kept aside on this computer; the records after it are sent.</source>
        <translation>No se pudo enviar un registro al historial del equipo (%1). Queda apartado en esta computadora; los registros posteriores sí se envían.</translation>
    </message>
    <message numerus="yes">
        <source>The team history is unreachable; %n record(s) kept on this computer will be sent when it is back. %1</source>
        <translation>
            <numerusform>No se puede acceder al historial del equipo; %n registro guardado en esta computadora se enviará cuando vuelva a estar disponible. %1</numerusform>
            <numerusform>No se puede acceder al historial del equipo; %n registros guardados en esta computadora se enviarán cuando vuelva a estar disponible. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relink::HistorySettings</name>
    <message>
        <source>%1 is set in the environment: it decides where the history is kept, not this setting. Unset it to choose here.</source>
        <translation>%1 está definida en el entorno: es la que decide dónde se guarda el historial, no esta opción. Quítela del entorno para elegir aquí.</translation>
    </message>
    <message>
        <source>RELINK_AGENT is set in the environment: the history records you as “%1”.</source>
        <translation>RELINK_AGENT está definida en el entorno: el historial lo registra como “%1”.</translation>
    </message>
    <message>
        <source>The team history is kept by its database, for as long as the team decides: this number deletes nothing from it.</source>
        <translation>El historial del equipo lo conserva su base de datos, durante el tiempo que decida el equipo: este número no borra nada de él.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Connected to %1; the history is recorded there.</source>
        <translation>Conectado a %1; el historial se registra ahí.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryStore</name>
    <message>
        <source>The update history (%1) cannot be opened: it is damaged or locked by another program. Links can still be updated; this update is not recorded. Close other Relink windows, or move the file away to start a new history.</source>
        <translation>No se puede abrir el historial de actualizaciones (%1): está dañado o bloqueado por otro programa. Los vínculos se pueden seguir actualizando, pero esta actualización no se registra. Cierre las demás ventanas de Relink o mueva el archivo a otro lugar para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>This update could not be written to the history (%1). The update itself is not affected.</source>
        <translation>No se pudo registrar esta actualización en el historial (%1). La actualización en sí no se ve afectada.</translation>
    </message>
    <message>
        <source>The history could not be read (%1). Close other Relink windows, then open the history again; updates are not affected.</source>
        <translation>No se pudo leer el historial (%1). Cierre las otras ventanas de Relink y vuelva a abrir el historial; las actualizaciones no se ven afectadas.</translation>
    </message>
    <message>
        <source>The update history (%1) was written by a newer Relink. Links can still be updated; this update is not recorded. Update Relink to keep recording; the file is fine as it is.</source>
        <translation>El historial de actualizaciones (%1) fue escrito por una versión más nueva de Relink. Los vínculos se pueden seguir actualizando; esta actualización no se registra. Actualice Relink para seguir registrando; el archivo está bien como está.</translation>
    </message>
    <message>
        <source>The history could not be cleared (%1). Close other Relink windows, then try again.</source>
        <translation>No se pudo borrar el historial (%1). Cierre las otras ventanas de Relink y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The history could not be read (%1). The wait goes on; it is recorded as an attempt of its own.</source>
        <translation>No se pudo leer el historial (%1). La espera continúa; se registra como un intento aparte.</translation>
    </message>
    <message>
        <source>The team history needs Qt&apos;s PostgreSQL driver, which is not installed (Debian: libqt6sql6-psql). Install it, or use the history on this computer.</source>
        <translation>El historial del equipo necesita el controlador de PostgreSQL de Qt, que no está instalado (Debian: libqt6sql6-psql). Instálelo, o use el historial en esta computadora.</translation>
    </message>
    <message>
        <source>The team history (%1) did not accept the password of %2, or none was found. Put the right one in ~/.pgpass (or the file PGPASSFILE names) and try again.</source>
        <translation>El historial del equipo (%1) no aceptó la contraseña de %2, o no se encontró ninguna. Ponga la correcta en ~/.pgpass (o en el archivo que indique PGPASSFILE) e intente de nuevo.</translation>
    </message>
    <message>
        <source>Relink could not connect to %1 (%2). Check that the server is up and the address is right.</source>
        <translation>Relink no pudo conectarse a %1 (%2). Revise que el servidor esté en funcionamiento y que la dirección sea correcta.</translation>
    </message>
    <message>
        <source>The team history (%1) was set up by a newer Relink. Update Relink on this computer to record there.</source>
        <translation>El historial del equipo (%1) fue creado por una versión más nueva de Relink. Actualice Relink en esta computadora para registrar ahí.</translation>
    </message>
    <message>
        <source>The team history (%1) could not be prepared (%2). Ask whoever runs the database whether %3 may create tables in it.</source>
        <translation>El historial del equipo (%1) no se pudo preparar (%2). Pregunte a quien administra la base de datos si %3 puede crear tablas en ella.</translation>
    </message>
    <message>
        <source>This update could not be kept on this computer for the team history (%1); it is not recorded. The update itself is not affected.</source>
        <translation>Esta actualización no se pudo guardar en esta computadora para el historial del equipo (%1); no queda registrada. La actualización en sí no se ve afectada.</translation>
    </message>
    <message>
        <source>The team history is kept by its database; Relink does not clear it. Ask whoever runs it.</source>
        <translation>El historial del equipo lo conserva su base de datos; Relink no lo borra. Consulte a quien la administra.</translation>
    </message>
    <message>
        <source>Relink could not make sure that %1 is the team&apos;s database: it offers no encrypted connection, or its certificate is not signed by an authority Relink trusts, or not made for %2. The password was not sent. Set PGSSLROOTCERT to the certificate file of the authority that signed the server&apos;s certificate (or put it in ~/.postgresql/root.crt), and check that the address names the host the certificate was made for.</source>
        <translation>Relink no pudo asegurarse de que %1 sea la base de datos del equipo: no ofrece una conexión cifrada, o su certificado no está firmado por una autoridad en la que Relink confía, o no se hizo para %2. La contraseña no se envió. Indique en PGSSLROOTCERT el archivo del certificado de la autoridad que firmó el certificado del servidor (o póngalo en ~/.postgresql/root.crt) y compruebe que la dirección nombra el host para el que se hizo el certificado.</translation>
    </message>
    <message>
        <source>Who is on which link could not be read from the history (%1). Ask your team before going ahead.</source>
        <translation>No se pudo leer del historial quién está en cada vínculo (%1). Pregunte a su equipo antes de seguir.</translation>
    </message>
    <message>
        <source>The history could not record who is on the link (%1): colleagues will not see it. Tell them you are on it.</source>
        <translation>El historial no pudo registrar quién está en el vínculo (%1): sus compañeros no lo verán. Avíseles de que está en él.</translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2. Choose another folder.</source>
        <translation>No se pudo exportar el historial a %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Old attempts could not be deleted from the history (%1). What was deleted stays deleted, and nothing recorded since is touched; try again later.</source>
        <translation>No se pudieron borrar los intentos antiguos del historial (%1). Lo ya borrado queda borrado y no se toca nada de lo registrado desde entonces; vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryTableModel</name>
    <message>
        <source>The history could not be read. Check its address in Settings › History, then open the history again.</source>
        <translation>No se pudo leer el historial. Revise su dirección en Configuración › Historial y vuelva a abrir el historial.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryWindow</name>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Waiting for MFA</source>
        <translation>Esperando MFA</translation>
    </message>
    <message>
        <source>Belvo errors</source>
        <translation>Errores de Belvo</translation>
    </message>
    <message>
        <source>HTTP errors</source>
        <translation>Errores HTTP</translation>
    </message>
    <message>
        <source>Network problems</source>
        <translation>Problemas de red</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Link id</source>
        <translation>ID del vínculo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>Campos enviados</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Estado del vínculo</translation>
    </message>
    <message>
        <source>No updates in this period.</source>
        <translation>No hay actualizaciones en este período.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Se exportó a %1.</translation>
    </message>
    <message>
        <source>Delete every recorded update from this computer? Belvo keeps its own records; this cannot be undone.</source>
        <translation>¿Eliminar todas las actualizaciones registradas en esta computadora? Belvo conserva sus propios registros; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Sent to the customer</source>
        <translation>Enviado al cliente</translation>
    </message>
    <message>
        <source>Still waiting for the customer</source>
        <translation>Aún esperando al cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Team history: %1</source>
        <translation>Historial del equipo: %1</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>En esta computadora: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>Select an attempt to see its steps, their HTTP statuses and request ids.</source>
        <translation>Seleccione un intento para ver sus pasos, sus estados HTTP y sus ID de solicitud.</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request ids</source>
        <translation>Copiar los ID de solicitud del intento seleccionado</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Request id copied.</source>
        <translation>ID de solicitud copiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n request ids copied.</source>
        <translation>
            <numerusform>Se copió %n ID de solicitud.</numerusform>
            <numerusform>Se copiaron %n ID de solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>relink::LaunchHandler</name>
    <message>
        <source>Link not opened</source>
        <translation>No se abrió el vínculo</translation>
    </message>
    <message>
        <source>Link %1 opened in demo mode, not in %2 as the ticket says: choose %2 in the Environment list to check it there.</source>
        <translation>Vínculo %1 abierto en modo demo, no en %2 como indica el ticket: elija %2 en la lista Entorno para verificarlo allí.</translation>
    </message>
    <message>
        <source>Link %1 opened in %2.</source>
        <translation>Vínculo %1 abierto en %2.</translation>
    </message>
    <message>
        <source>Link %1 opened.</source>
        <translation>Vínculo %1 abierto.</translation>
    </message>
    <message>
        <source>Ticket: %1.</source>
        <translation>Ticket: %1.</translation>
    </message>
</context>
<context>
    <name>relink::LinkEntry</name>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Ticket in force: %1</source>
        <translation>Ticket vigente: %1</translation>
    </message>
    <message>
        <source>No ticket in force</source>
        <translation>Sin ticket vigente</translation>
    </message>
</context>
<context>
    <name>relink::LinkId</name>
    <message>
        <source>Paste the link id, or a dashboard or API URL that contains it.</source>
        <translation>Pegue el ID del vínculo, o una URL del panel o de la API que lo contenga.</translation>
    </message>
    <message>
        <source>✓ A valid link id.</source>
        <translation>✓ ID de vínculo válido.</translation>
    </message>
    <message>
        <source>Not a link id yet. A link id looks like 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</source>
        <translation>Aún no es un ID de vínculo. Un ID de vínculo se ve así: 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</translation>
    </message>
</context>
<context>
    <name>relink::LinkListing</name>
    <message>
        <source>The start date (%1) is after the end date (%2). Swap them, or leave one out.</source>
        <translation>La fecha inicial (%1) es posterior a la fecha final (%2). Intercámbielas u omita una.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n link(s) listed; more match.</source>
        <translation>
            <numerusform>Se listó %n vínculo; hay más que coinciden.</numerusform>
            <numerusform>Se listaron los primeros %n vínculos; hay más que coinciden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n link(s) listed.</source>
        <translation>
            <numerusform>Se listó todo: %n vínculo.</numerusform>
            <numerusform>Se listó todo: %n vínculos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Belvo&apos;s pages of links lead in a circle (a page names an earlier one as the next), so the listing stopped after %n link(s). Try again; if it happens again, report it to Belvo.</source>
        <translation>
            <numerusform>Las páginas de vínculos de Belvo forman un ciclo (una página indica como siguiente una anterior), así que el listado se detuvo después de %n vínculo. Intente de nuevo; si vuelve a ocurrir, infórmelo a Belvo.</numerusform>
            <numerusform>Las páginas de vínculos de Belvo forman un ciclo (una página indica como siguiente una anterior), así que el listado se detuvo después de %n vínculos. Intente de nuevo; si vuelve a ocurrir, infórmelo a Belvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Cancelado. No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n link(s); list them again to see them all.</source>
        <translation>
            <numerusform>Cancelado después de %n vínculo; vuelva a listarlos para verlos todos.</numerusform>
            <numerusform>Cancelado después de %n vínculos; vuelva a listarlos para verlos todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the first page of links arrived.</source>
        <translation>Cancelado antes de que llegara la primera página de vínculos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link status. Give one or more of %2 (separated by commas), or all.</source>
        <translation>&quot;%1&quot; no es un estado de vínculo. Indique uno o más de %2 (separados por comas), o all.</translation>
    </message>
    <message>
        <source>No link status given. Give one or more of %1 (separated by commas), or all.</source>
        <translation>No se indicó ningún estado de vínculo. Indique uno o más de %1 (separados por comas), o all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Give it as YYYY-MM-DD, e.g. 2026-11-24.</source>
        <translation>&quot;%1&quot; no es una fecha. Indíquela como YYYY-MM-DD, p. ej., 2026-11-24.</translation>
    </message>
    <message>
        <source>The answer is not a page of links: it has no &quot;results&quot; list.</source>
        <translation>La respuesta no es una página de vínculos: no tiene una lista &quot;results&quot;.</translation>
    </message>
    <message>
        <source>The page of links has no valid &quot;count&quot;.</source>
        <translation>La página de vínculos no tiene un &quot;count&quot; válido.</translation>
    </message>
    <message>
        <source>The page of links gives an unreadable address for the next page.</source>
        <translation>La página de vínculos indica una dirección ilegible para la página siguiente.</translation>
    </message>
    <message>
        <source>Item %1 of the page is not a link: %2</source>
        <translation>El elemento %1 de la página no es un vínculo: %2</translation>
    </message>
    <message>
        <source>The list&apos;s next page is on %1, not on %2, so Relink stopped there and sent nothing to it (the secret keys would go with it). Check the base URL; if it is right, report this to Belvo.</source>
        <translation>La página siguiente de la lista está en %1, no en %2, así que Relink se detuvo ahí y no le envió nada (las claves secretas irían con la solicitud). Revise la URL base; si es correcta, informe esto a Belvo.</translation>
    </message>
</context>
<context>
    <name>relink::LinkPicture</name>
    <message numerus="yes">
        <source>%1: %n link(s) need attention, and Belvo reports the bank down — updates will fail until it is back.</source>
        <translation>
            <numerusform>%1: %n vínculo necesita atención, y Belvo informa el banco caído: las actualizaciones fallarán hasta que vuelva.</numerusform>
            <numerusform>%1: %n vínculos necesitan atención, y Belvo informa el banco caído: las actualizaciones fallarán hasta que vuelva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) listed, and Belvo reports the bank down — updates will fail until it is back.</source>
        <translation>
            <numerusform>%1: %n vínculo listado, y Belvo informa el banco caído: las actualizaciones fallarán hasta que vuelva.</numerusform>
            <numerusform>%1: %n vínculos listados, y Belvo informa el banco caído: las actualizaciones fallarán hasta que vuelva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of the %2 links needing attention are at this bank. It may be failing: update one and see before the others.</source>
        <translation>
            <numerusform>%1: %n de los %2 vínculos que necesitan atención es de este banco. Puede estar fallando: actualice uno y vea antes de los demás.</numerusform>
            <numerusform>%1: %n de los %2 vínculos que necesitan atención son de este banco. Puede estar fallando: actualice uno y vea antes de los demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of the %2 links listed are at this bank. It may be failing: update one and see before the others.</source>
        <translation>
            <numerusform>%1: %n de los %2 vínculos listados es de este banco. Puede estar fallando: actualice uno y vea antes de los demás.</numerusform>
            <numerusform>%1: %n de los %2 vínculos listados son de este banco. Puede estar fallando: actualice uno y vea antes de los demás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relink::LinkPreflight</name>
    <message>
        <source>%1 is on link %2 now (since %3): check with them before going ahead.</source>
        <translation>%1 está ahora en el vínculo %2 (desde las %3): hable con esa persona antes de seguir.</translation>
    </message>
    <message>
        <source>Check link again before Update or Send to the customer: its history and who is on it are read first.</source>
        <translation>Vuelva a verificar el vínculo antes de Actualizar credenciales o Enviar al cliente: primero se leen su historial y quién está en él.</translation>
    </message>
    <message>
        <source>Checking this link&apos;s history and who is on it…</source>
        <translation>Revisando el historial de este vínculo y quién está en él…</translation>
    </message>
    <message>
        <source>Before Update or Send to customer: confirm what is found above, and tick Confirmed.</source>
        <translation>Antes de Actualizar credenciales o Enviar al cliente: confirme lo que se indica arriba y marque Confirmado.</translation>
    </message>
</context>
<context>
    <name>relink::LinkSummary</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>External id: %1</source>
        <translation>ID externo: %1</translation>
    </message>
</context>
<context>
    <name>relink::LinkWatch</name>
    <message>
        <source>Link %1 is valid again: Belvo can log in to the bank.</source>
        <translation>El vínculo %1 vuelve a ser válido: Belvo puede iniciar sesión en el banco.</translation>
    </message>
    <message>
        <source>Link %1 is still %2: the customer has not finished in time. Ask them whether they got through, then check the link again or start a new hand-off.</source>
        <translation>El vínculo %1 sigue con el estado %2: el cliente no terminó a tiempo. Pregúntele si pudo completar el proceso y luego verifique el vínculo de nuevo o inicie un nuevo envío al cliente.</translation>
    </message>
    <message>
        <source>The time ran out before Belvo said how link %1 is. Check the link, or wait again.</source>
        <translation>Se agotó el tiempo antes de que Belvo informara el estado del vínculo %1. Verifique el vínculo o vuelva a esperar.</translation>
    </message>
    <message>
        <source>The time ran out before link %1 could be checked: %2</source>
        <translation>Se agotó el tiempo antes de poder verificar el vínculo %1: %2</translation>
    </message>
    <message>
        <source>Stopped waiting for link %1 before its status was known.</source>
        <translation>Se dejó de esperar al vínculo %1 antes de conocer su estado.</translation>
    </message>
    <message>
        <source>Stopped waiting for link %1; it was last seen %2.</source>
        <translation>Se dejó de esperar al vínculo %1; su último estado conocido era %2.</translation>
    </message>
</context>
<context>
    <name>relink::LinksTableModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 por %2 a las %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>The last attempt on a link: its time, the agent, how it ended.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (desde %2)</translation>
    </message>
    <message>
        <source>%1 (since %2, ticket %3)</source>
        <translation>%1 (desde %2, ticket %3)</translation>
    </message>
</context>
<context>
    <name>relink::LinksWindow</name>
    <message>
        <source>Needing attention (invalid, token required)</source>
        <translation>Requieren atención (inválido, token requerido)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Token required</source>
        <translation>Token requerido</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos los vínculos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Link id</source>
        <translation>ID del vínculo</translation>
    </message>
    <message>
        <source>There are no API keys for this environment: add them in File › Settings, then Refresh.</source>
        <translation>No hay claves de API para este entorno: agréguelas en Archivo › Configuración y luego haga clic en Actualizar.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Cargando vínculos…</translation>
    </message>
    <message>
        <source>1 link needs attention</source>
        <translation>1 vínculo requiere atención</translation>
    </message>
    <message>
        <source>%1 links need attention</source>
        <translation>%1 vínculos requieren atención</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 vínculo</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 vínculos</translation>
    </message>
    <message>
        <source>(%1 shown: scroll down for more)</source>
        <translation>(%1 mostrados: desplácese hacia abajo para ver más)</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh to list the links again.</source>
        <translation>Se canceló la carga. Haga clic en Actualizar para volver a listar los vínculos.</translation>
    </message>
    <message>
        <source>The list stopped: %1</source>
        <translation>La lista se detuvo: %1</translation>
    </message>
    <message>
        <source>Belvo&apos;s request id: %1</source>
        <translation>ID de solicitud de Belvo: %1</translation>
    </message>
    <message>
        <source>(%1 shown: Refresh to list them all)</source>
        <translation>(%1 mostrados: pulse Actualizar para listarlos todos)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>— 1 matches the search</source>
        <translation>— 1 coincide con la búsqueda</translation>
    </message>
    <message>
        <source>— %1 match the search</source>
        <translation>— %1 coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>Bank&apos;s health</source>
        <translation>Estado del banco</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Who is on it</source>
        <translation>Quién trabaja en él</translation>
    </message>
    <message>
        <source>Hand-off open until</source>
        <translation>Envío al cliente abierto hasta</translation>
    </message>
    <message numerus="yes">
        <source>— %n with nobody on it</source>
        <translation>
            <numerusform>— %n sin nadie en él</numerusform>
            <numerusform>— %n sin nadie en ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n match(es) the search, with nobody on it</source>
        <translation>
            <numerusform>— %n coincide con la búsqueda, sin nadie en él</numerusform>
            <numerusform>— %n coinciden con la búsqueda, sin nadie en ellos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (Belvo reports it down)</source>
        <translation>%1 %2 (Belvo lo informa caído)</translation>
    </message>
    <message>
        <source>%1 %2 (healthy)</source>
        <translation>%1 %2 (disponible)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more bank(s)</source>
        <translation>
            <numerusform>%n banco más</numerusform>
            <numerusform>%n bancos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By bank, of the %n listed so far:</source>
        <translation>
            <numerusform>Por banco, del %n listado hasta ahora:</numerusform>
            <numerusform>Por banco, de los %n listados hasta ahora:</numerusform>
        </translation>
    </message>
    <message>
        <source>By bank:</source>
        <translation>Por banco:</translation>
    </message>
    <message>
        <source>Who is on each link and the last attempts could not be read (Relink tries again every minute, and on Refresh): %1</source>
        <translation>No se pudo leer quién trabaja en cada vínculo ni los últimos intentos (Relink lo intenta de nuevo cada minuto, y al Actualizar): %1</translation>
    </message>
</context>
<context>
    <name>relink::MainWindow</name>
    <message>
        <source>PRODUCTION: real customers&apos; banks</source>
        <translation>PRODUCCIÓN: bancos de clientes reales</translation>
    </message>
    <message>
        <source>%1 — Relink</source>
        <translation>%1 — Relink</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>Add the API keys for %1 in File › Settings.</source>
        <translation>Agregue las claves de API para %1 en Archivo › Configuración.</translation>
    </message>
    <message>
        <source>Enter the link id first.</source>
        <translation>Primero ingrese el ID del vínculo.</translation>
    </message>
    <message>
        <source>Updating the credentials… (the bank may take a minute)</source>
        <translation>Actualizando las credenciales… (el banco puede tardar un minuto)</translation>
    </message>
    <message>
        <source>Waiting for the bank&apos;s MFA token…</source>
        <translation>Esperando el token MFA del banco…</translation>
    </message>
    <message>
        <source>Enter the link id above, and the credential fields appear here.</source>
        <translation>Ingrese arriba el ID del vínculo y aquí aparecerán los campos de credenciales.</translation>
    </message>
    <message>
        <source>The credential fields were emptied: what was typed belonged to another link.</source>
        <translation>Se vaciaron los campos de credenciales: lo que se escribió pertenecía a otro vínculo.</translation>
    </message>
    <message numerus="yes">
        <source>Belvo is limiting requests: Update is available again in %n second(s).</source>
        <translation>
            <numerusform>Belvo está limitando las solicitudes: Actualizar credenciales vuelve a estar disponible en %n segundo.</numerusform>
            <numerusform>Belvo está limitando las solicitudes: Actualizar credenciales vuelve a estar disponible en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer updated the link</source>
        <translation>El cliente actualizó el vínculo</translation>
    </message>
    <message>
        <source>%1 Correct the ticket, or empty its field.</source>
        <translation>%1 Corrija el ticket, o deje vacío su campo.</translation>
    </message>
    <message numerus="yes">
        <source>Belvo is limiting requests: Update is available again at %1, in %n minute(s).</source>
        <translation>
            <numerusform>Belvo está limitando las solicitudes: Actualizar credenciales vuelve a estar disponible a las %1, dentro de %n minuto.</numerusform>
            <numerusform>Belvo está limitando las solicitudes: Actualizar credenciales vuelve a estar disponible a las %1, dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the link: the fields its bank asks for appear here.</source>
        <translation>Verificando el vínculo: aquí aparecen los campos que pide su banco.</translation>
    </message>
    <message>
        <source>Check link to see the fields this link&apos;s bank asks for.</source>
        <translation>Haga clic en Verificar vínculo para ver los campos que pide el banco de este vínculo.</translation>
    </message>
    <message>
        <source>Loading the link…</source>
        <translation>Cargando el vínculo…</translation>
    </message>
    <message>
        <source>The link could not be loaded</source>
        <translation>No se pudo cargar el vínculo</translation>
    </message>
    <message>
        <source>Showing every field, since the link could not be loaded: fill in what the customer gave you.</source>
        <translation>Se muestran todos los campos, porque no se pudo cargar el vínculo: complete lo que le dio el cliente.</translation>
    </message>
    <message>
        <source>Current state of the link</source>
        <translation>Estado actual del vínculo</translation>
    </message>
    <message>
        <source>Loading the fields %1 needs…</source>
        <translation>Cargando los campos que necesita %1…</translation>
    </message>
    <message>
        <source>Link %1 opens when what is running ends.</source>
        <translation>El vínculo %1 se abre cuando termine lo que está en curso.</translation>
    </message>
    <message>
        <source>Checking this link&apos;s history and who is on it…</source>
        <translation>Revisando el historial de este vínculo y quién está en él…</translation>
    </message>
</context>
<context>
    <name>relink::MfaDialog</name>
    <message>
        <source>The bank asks for a one-time token. Ask the customer for it.</source>
        <translation>El banco solicita un token de un solo uso. Pídaselo al cliente.</translation>
    </message>
    <message>
        <source>The bank did not say how long this session lasts.</source>
        <translation>El banco no indicó cuánto dura esta sesión.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Tiempo restante: %1:%2</translation>
    </message>
    <message>
        <source>The session expired.</source>
        <translation>La sesión expiró.</translation>
    </message>
    <message numerus="yes">
        <source>The bank&apos;s token has at most %n character(s).</source>
        <translation>
            <numerusform>El token del banco tiene como máximo %n carácter.</numerusform>
            <numerusform>El token del banco tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a token the bank accepts: check it with the customer.</source>
        <translation>Este no es un token que el banco acepte: revíselo con el cliente.</translation>
    </message>
    <message>
        <source>Copied the QR code as an image.</source>
        <translation>Se copió el código QR como imagen.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The bank asks for a token</source>
        <translation>El banco solicita un token</translation>
    </message>
    <message>
        <source>Approve the login on the customer&apos;s phone</source>
        <translation>Apruebe el inicio de sesión en el celular del cliente</translation>
    </message>
    <message>
        <source>Stop waiting for the code?</source>
        <translation>¿Dejar de esperar el código?</translation>
    </message>
    <message>
        <source>The bank&apos;s session ends and the customer may get another code.</source>
        <translation>La sesión del banco termina y es posible que el cliente reciba otro código.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Seguir esperando</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Guardar el código QR</translation>
    </message>
    <message>
        <source>qr-code.png</source>
        <translation>codigo-qr.png</translation>
    </message>
    <message>
        <source>Saved the QR code to %1.</source>
        <translation>Se guardó el código QR en %1.</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1.</source>
        <translation>No se pudo guardar el código QR en %1.</translation>
    </message>
</context>
<context>
    <name>relink::Preflight</name>
    <message>
        <source>no history is kept here.</source>
        <translation>aquí no se lleva historial.</translation>
    </message>
    <message>
        <source>there is no connection to Belvo.</source>
        <translation>no hay conexión con Belvo.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s).</source>
        <translation>
            <numerusform>no respondió en %n segundo.</numerusform>
            <numerusform>no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Belvo reports %1 down (checked at %2): the update will most likely fail. Try later.</source>
        <translation>Belvo informa que %1 está caído (verificado a las %2): lo más probable es que la actualización falle. Intente más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) for this link since %1 (%2). Banks often lock online banking after 3: confirm the password with the customer first.</source>
        <translation>
            <numerusform>%n contraseña incorrecta para este vínculo desde las %1 (%2). Los bancos suelen bloquear la banca en línea después de 3: confirme primero la contraseña con el cliente.</numerusform>
            <numerusform>%n contraseñas incorrectas para este vínculo desde las %1 (%2). Los bancos suelen bloquear la banca en línea después de 3: confirme primero la contraseña con el cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the customer by %1 at %2, open until %3: updating now can clash with the customer&apos;s own update.</source>
        <translation>Enviado al cliente por %1 a las %2, abierto hasta las %3: actualizar ahora puede chocar con la actualización del propio cliente.</translation>
    </message>
    <message>
        <source>Link %1 is valid already: updating replaces working credentials.</source>
        <translation>El vínculo %1 ya es válido: actualizar reemplaza credenciales que funcionan.</translation>
    </message>
    <message>
        <source>The link could not be checked: %1</source>
        <translation>No se pudo verificar el vínculo: %1</translation>
    </message>
    <message>
        <source>The bank&apos;s health could not be checked: %1</source>
        <translation>No se pudo verificar el estado del banco: %1</translation>
    </message>
    <message>
        <source>The history could not be read, so earlier login errors and hand-offs were not checked: %1</source>
        <translation>No se pudo leer el historial, así que no se verificaron errores de inicio de sesión ni envíos al cliente anteriores: %1</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>accepted by Belvo</source>
        <translation>aceptado por Belvo</translation>
    </message>
    <message>
        <source>stopped at the bank&apos;s MFA</source>
        <translation>detenido en el MFA del banco</translation>
    </message>
    <message>
        <source>sent to the customer</source>
        <translation>enviado al cliente</translation>
    </message>
    <message>
        <source>sent to the customer, not done in time</source>
        <translation>enviado al cliente, sin terminar a tiempo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>Belvo&apos;s error %1</source>
        <translation>error %1 de Belvo</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer from Belvo (%1)</source>
        <translation>sin respuesta de Belvo (%1)</translation>
    </message>
    <message>
        <source>Last attempt: %1, by %2 at %3.</source>
        <translation>Último intento: %1, por %2 el %3.</translation>
    </message>
    <message>
        <source>the check was stopped before it answered.</source>
        <translation>la verificación se detuvo antes de que respondiera.</translation>
    </message>
    <message>
        <source>%1 is on this link (since %2).</source>
        <translation>%1 está en este vínculo (desde las %2).</translation>
    </message>
    <message>
        <source>%1 is on this link (since %2, ticket %3).</source>
        <translation>%1 está en este vínculo (desde las %2, ticket %3).</translation>
    </message>
    <message>
        <source>Ask them before going ahead: two updates of one link at once fail (too_many_sessions), and the customer may be asked twice.</source>
        <translation>Pregúntele antes de seguir: dos actualizaciones del mismo vínculo a la vez fallan (too_many_sessions) y al cliente se le puede pedir lo mismo dos veces.</translation>
    </message>
    <message>
        <source>the check was stopped.</source>
        <translation>la verificación se detuvo.</translation>
    </message>
    <message>
        <source>Who else is on this link could not be checked: %1</source>
        <translation>No se pudo comprobar quién más está en este vínculo: %1</translation>
    </message>
</context>
<context>
    <name>relink::PreflightPanel</name>
    <message>
        <source>Before going ahead</source>
        <translation>Antes de seguir</translation>
    </message>
    <message>
        <source>Confirmed: go ahead anyway (the history records it)</source>
        <translation>Confirmado: seguir de todos modos (el historial lo registra)</translation>
    </message>
    <message>
        <source>Confirmed: go ahead anyway</source>
        <translation>Confirmado: seguir de todos modos</translation>
    </message>
    <message>
        <source>Update and Send to customer wait for this while a finding above asks to confirm</source>
        <translation>Actualizar credenciales y Enviar al cliente esperan esta casilla mientras un hallazgo de arriba pida confirmación</translation>
    </message>
    <message>
        <source>To confirm: %1</source>
        <translation>Por confirmar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Before going ahead, confirm: %1</source>
        <translation>Antes de seguir, confirme: %1</translation>
    </message>
</context>
<context>
    <name>relink::Result</name>
    <message>
        <source>The link was invalidated after several failed logins. Update its credentials with the customer&apos;s current ones.</source>
        <translation>El vínculo se invalidó tras varios inicios de sesión fallidos. Actualice sus credenciales con las actuales del cliente.</translation>
    </message>
    <message>
        <source>A session with the bank is already open for this link. Wait a few minutes, then try again.</source>
        <translation>Ya hay una sesión abierta con el banco para este vínculo. Espere unos minutos y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>The MFA session timed out. Start the update again.</source>
        <translation>Se agotó el tiempo de la sesión MFA. Vuelva a iniciar la actualización.</translation>
    </message>
    <message>
        <source>The bank is not answering right now. Try again later.</source>
        <translation>El banco no responde en este momento. Intente de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Belvo has deactivated this institution; the link cannot be updated.</source>
        <translation>Belvo desactivó esta institución; el vínculo no se puede actualizar.</translation>
    </message>
    <message>
        <source>This institution does not support this operation. Do not retry.</source>
        <translation>Esta institución no admite esta operación. No lo reintente.</translation>
    </message>
    <message>
        <source>The link&apos;s creation was never completed. The customer needs to create the link again.</source>
        <translation>La creación del vínculo nunca se completó. El cliente debe crear el vínculo de nuevo.</translation>
    </message>
    <message>
        <source>The bank rejected the credentials. Check them with the customer and try again.</source>
        <translation>El banco rechazó las credenciales. Revíselas con el cliente e intente de nuevo.</translation>
    </message>
    <message>
        <source>Fill in the field %1.</source>
        <translation>Complete el campo %1.</translation>
    </message>
    <message>
        <source>The value of %1 is not one Belvo knows. Check it.</source>
        <translation>Belvo no reconoce el valor de %1. Revíselo.</translation>
    </message>
    <message>
        <source>Belvo did not accept the secret keys for this environment. Check the keys in Settings (each environment has its own).</source>
        <translation>Belvo no aceptó las claves secretas para este entorno. Revise las claves en Configuración (cada entorno tiene las suyas).</translation>
    </message>
    <message>
        <source>These secret keys are not allowed to do this. Ask your Belvo administrator for keys with access.</source>
        <translation>Estas claves secretas no tienen permiso para hacer esto. Pida a su administrador de Belvo claves con acceso.</translation>
    </message>
    <message>
        <source>No link with this id exists in this environment. Check the id and that the right environment is selected.</source>
        <translation>No existe ningún vínculo con este ID en este entorno. Revise el ID y que esté seleccionado el entorno correcto.</translation>
    </message>
    <message>
        <source>Belvo timed out talking to the bank. Try again later.</source>
        <translation>Se agotó el tiempo de Belvo al comunicarse con el banco. Intente de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Too many requests were sent to Belvo. Wait before trying again.</source>
        <translation>Se enviaron demasiadas solicitudes a Belvo. Espere antes de intentar de nuevo.</translation>
    </message>
    <message>
        <source>Belvo or the bank failed. Try again once or twice; if it keeps failing, report the request id to Belvo.</source>
        <translation>Falló Belvo o el banco. Intente de nuevo una o dos veces; si sigue fallando, informe el ID de solicitud a Belvo.</translation>
    </message>
    <message>
        <source>Belvo refused the request. Check the details, and report the request id to Belvo if it is unclear.</source>
        <translation>Belvo rechazó la solicitud. Revise los detalles e informe el ID de solicitud a Belvo si no está claro.</translation>
    </message>
    <message>
        <source>Working: Belvo can log in to the bank with the stored credentials.</source>
        <translation>Funcionando: Belvo puede iniciar sesión en el banco con las credenciales guardadas.</translation>
    </message>
    <message>
        <source>Broken: the stored credentials no longer work. Update them.</source>
        <translation>Roto: las credenciales guardadas ya no funcionan. Actualícelas.</translation>
    </message>
    <message>
        <source>Unconfirmed: the link&apos;s creation was never completed.</source>
        <translation>Sin confirmar: la creación del vínculo nunca se completó.</translation>
    </message>
    <message>
        <source>Waiting for an MFA token: update the link and complete the bank&apos;s challenge.</source>
        <translation>Esperando un token MFA: actualice el vínculo y complete el desafío del banco.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Estado desconocido.</translation>
    </message>
    <message>
        <source>Link %1 is now %2.</source>
        <translation>El vínculo %1 ahora tiene el estado %2.</translation>
    </message>
    <message>
        <source>Institution %1 loaded.</source>
        <translation>Institución %1 cargada.</translation>
    </message>
    <message>
        <source>Connected: Belvo accepted these keys.</source>
        <translation>Conectado: Belvo aceptó estas claves.</translation>
    </message>
    <message>
        <source>The bank asks for an MFA token: %1</source>
        <translation>El banco solicita un token MFA: %1</translation>
    </message>
    <message>
        <source>The bank asks for an MFA token. %1</source>
        <translation>El banco solicita un token MFA. %1</translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s) before retrying.</source>
        <translation>
            <numerusform>Belvo pide esperar %n segundo antes de reintentar.</numerusform>
            <numerusform>Belvo pide esperar %n segundos antes de reintentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belvo accepted the update (HTTP %1) without returning the link.</source>
        <translation>Belvo aceptó la actualización (HTTP %1) sin devolver el vínculo.</translation>
    </message>
    <message numerus="yes">
        <source>A hand-off link for the customer is ready; it works for %n second(s).</source>
        <translation>
            <numerusform>El enlace para el cliente está listo; funciona durante %n segundo.</numerusform>
            <numerusform>El enlace para el cliente está listo; funciona durante %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hand-off link for the customer is ready; it works for %n minute(s).</source>
        <translation>
            <numerusform>El enlace para el cliente está listo; funciona durante %n minuto.</numerusform>
            <numerusform>El enlace para el cliente está listo; funciona durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match these filters in Belvo&apos;s list.</source>
        <translation>
            <numerusform>%n vínculo coincide con estos filtros en la lista de Belvo.</numerusform>
            <numerusform>%n vínculos coinciden con estos filtros en la lista de Belvo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relink::ResultPanel</name>
    <message>
        <source>Hide raw &amp;JSON</source>
        <translation>Ocultar &amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>Mostrar &amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>Results appear here.</source>
        <translation>Los resultados aparecen aquí.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>Belvo reported %n problem(s):</source>
        <translation>
            <numerusform>Belvo informó %n problema:</numerusform>
            <numerusform>Belvo informó %n problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s) before retrying.</source>
        <translation>
            <numerusform>Belvo pide esperar %n segundo antes de reintentar.</numerusform>
            <numerusform>Belvo pide esperar %n segundos antes de reintentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (campo %1)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the request id to give to Belvo</source>
        <translation>Copiar el ID de solicitud para dárselo a Belvo</translation>
    </message>
    <message>
        <source>Copy request id %1</source>
        <translation>Copiar ID de solicitud %1</translation>
    </message>
    <message>
        <source>… (%1 more not shown)</source>
        <translation>… (%1 más sin mostrar)</translation>
    </message>
    <message>
        <source>Credentials updated</source>
        <translation>Credenciales actualizadas</translation>
    </message>
    <message>
        <source>Belvo accepted the update</source>
        <translation>Belvo aceptó la actualización</translation>
    </message>
    <message>
        <source>The MFA session expired</source>
        <translation>La sesión MFA expiró</translation>
    </message>
    <message>
        <source>MFA cancelled</source>
        <translation>MFA cancelada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The update failed</source>
        <translation>La actualización falló</translation>
    </message>
    <message>
        <source>%1 (as last read)</source>
        <translation>%1 (según la última lectura)</translation>
    </message>
    <message>
        <source>Copied the link id.</source>
        <translation>Se copió el ID del vínculo.</translation>
    </message>
    <message>
        <source>Copied a summary for the ticket (no credentials in it).</source>
        <translation>Se copió un resumen para el ticket (sin credenciales).</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>About link %1</source>
        <translation>Sobre el vínculo %1</translation>
    </message>
    <message>
        <source>About link %1 (external id %2)</source>
        <translation>Sobre el vínculo %1 (ID externo %2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>HTTP status: none (no answer from the server)</source>
        <translation>Estado HTTP: ninguno (sin respuesta del servidor)</translation>
    </message>
    <message>
        <source>Copied request id %1.</source>
        <translation>Se copió el ID de solicitud %1.</translation>
    </message>
</context>
<context>
    <name>relink::SampleLinks</name>
    <message>
        <source>Erebor Mexico: updated</source>
        <translation>Erebor Mexico: actualizado</translation>
    </message>
    <message>
        <source>the link becomes valid (the PIN is optional: 4 digits).</source>
        <translation>el vínculo pasa a ser válido (el PIN es opcional: 4 dígitos).</translation>
    </message>
    <message>
        <source>Heimdall Mexico: SMS code</source>
        <translation>Heimdall Mexico: código por SMS</translation>
    </message>
    <message>
        <source>choose a document type; the bank asks for a code: 111111 is accepted, 999999 is not.</source>
        <translation>elija un tipo de documento; el banco pide un código: se acepta 111111, pero no 999999.</translation>
    </message>
    <message>
        <source>Heimdall Mexico: QR code</source>
        <translation>Heimdall Mexico: código QR</translation>
    </message>
    <message>
        <source>choose a document type; the bank shows a QR code, then accepts the code 111111.</source>
        <translation>elija un tipo de documento; el banco muestra un código QR y luego acepta el código 111111.</translation>
    </message>
    <message>
        <source>Gotham Business Bank: approve on phone</source>
        <translation>Gotham Business Bank: aprobación en el celular</translation>
    </message>
    <message>
        <source>the bank waits for the customer to approve; then press I have approved it.</source>
        <translation>el banco espera a que el cliente apruebe; luego presione Ya se aprobó.</translation>
    </message>
    <message>
        <source>Sample links:</source>
        <translation>Vínculos de ejemplo:</translation>
    </message>
    <message>
        <source>Fills in link %1</source>
        <translation>Completa el vínculo %1</translation>
    </message>
    <message>
        <source>Fills in a sample link of the demo; password %1</source>
        <translation>Completa un vínculo de ejemplo de la demo; contraseña %1</translation>
    </message>
    <message>
        <source>Sample link %1: the password is %2; %3</source>
        <translation>Vínculo de ejemplo %1: la contraseña es %2; %3</translation>
    </message>
    <message>
        <source>Erebor Brazil: bank down</source>
        <translation>Erebor Brazil: banco caído</translation>
    </message>
    <message>
        <source>Belvo reports this bank down: the update fails until it is back.</source>
        <translation>Belvo informa que este banco está caído: la actualización falla hasta que vuelva.</translation>
    </message>
</context>
<context>
    <name>relink::SettingsDialog</name>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Relink will use this language from its next start.</source>
        <translation>Relink usará este idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>(saved; type to replace)</source>
        <translation>(guardada; escriba para reemplazarla)</translation>
    </message>
    <message>
        <source>Keys for %1 are saved in the system keychain.</source>
        <translation>Las claves para %1 están guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Keys for %1 are used for this session only; they are not saved.</source>
        <translation>Las claves para %1 se usan solo en esta sesión; no se guardan.</translation>
    </message>
    <message>
        <source>No keys for %1 yet. Paste them from the Belvo dashboard.</source>
        <translation>Aún no hay claves para %1. Péguelas desde el panel de Belvo.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so keys cannot be saved. Use “Use for this session only” to work with them until Relink closes. (The keychain said: %1)</source>
        <translation>Esta computadora no tiene un llavero del sistema disponible, así que las claves no se pueden guardar. Use “Usar solo en esta sesión” para trabajar con ellas hasta que Relink se cierre. (El llavero respondió: %1)</translation>
    </message>
    <message>
        <source>Saved in the system keychain. Relink uses these keys for %1 from now on.</source>
        <translation>Guardadas en el llavero del sistema. Relink usará estas claves para %1 de ahora en adelante.</translation>
    </message>
    <message>
        <source>Relink uses these keys for %1 until it closes; they are not saved anywhere.</source>
        <translation>Relink usará estas claves para %1 hasta que se cierre; no se guardan en ningún lugar.</translation>
    </message>
    <message>
        <source>The keys for %1 were removed.</source>
        <translation>Se eliminaron las claves para %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>✓ These keys work in %1.</source>
        <translation>✓ Estas claves funcionan en %1.</translation>
    </message>
    <message>
        <source>✗ Belvo rejected these keys in %1. Check that they belong to this environment.</source>
        <translation>✗ Belvo rechazó estas claves en %1. Revise que pertenezcan a este entorno.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Delete older history?</source>
        <translation>¿Eliminar el historial más antiguo?</translation>
    </message>
    <message numerus="yes">
        <source>Keeping the history for %1 days deletes %n older record(s) from this computer. Belvo keeps its own records. Delete them?</source>
        <translation>
            <numerusform>Conservar el historial durante %1 días elimina %n registro más antiguo de esta computadora. Belvo conserva sus propios registros. ¿Eliminarlo?</numerusform>
            <numerusform>Conservar el historial durante %1 días elimina %n registros más antiguos de esta computadora. Belvo conserva sus propios registros. ¿Eliminarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n older record(s) deleted.</source>
        <translation>
            <numerusform>Se eliminó %n registro antiguo.</numerusform>
            <numerusform>Se eliminaron %n registros antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificado de CA adicional</translation>
    </message>
    <message>
        <source>Relink trusts the system&apos;s CA certificates only.</source>
        <translation>Relink solo confía en los certificados de CA del sistema.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Relink trusts the certificates in this file as well as the system&apos;s: %1.</source>
        <translation>Relink confía en los certificados de este archivo además de en los del sistema: %1.</translation>
    </message>
    <message>
        <source>Save the API keys you typed for %1?</source>
        <translation>¿Guardar las claves de API que escribió para %1?</translation>
    </message>
    <message>
        <source>They are not saved yet: closing Settings now drops them.</source>
        <translation>Aún no se guardaron: si cierra Configuración ahora, se descartan.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
</context>
<context>
    <name>relink::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Relink</source>
        <translation>Atajos de teclado — Relink</translation>
    </message>
    <message>
        <source>The keys of the main window as it is now. Alt+I always reaches Link id; a bank&apos;s fields get the letters left over.</source>
        <translation>Las teclas de la ventana principal tal como está ahora. Alt+I siempre lleva a ID del vínculo; los campos de un banco reciben las letras que quedan libres.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each key and what it does</source>
        <translation>Cada tecla y lo que hace</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menú %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In Link id: check the link</source>
        <translation>En ID del vínculo: verifica el vínculo</translation>
    </message>
    <message>
        <source>In a credential field: update the credentials</source>
        <translation>En un campo de credenciales: actualiza las credenciales</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Cancela lo que está en curso</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>Campo siguiente (Shift+Tab: el anterior)</translation>
    </message>
</context>
<context>
    <name>relink::TicketSummary</name>
    <message>
        <source>Link id</source>
        <translation>ID del vínculo</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Estado del vínculo</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>sin respuesta (%1)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (campo %1)</translation>
    </message>
</context>
<context>
    <name>relink::UpdateFlow</name>
    <message>
        <source>The MFA step was cancelled; the link was not updated. Start the update again when the customer is ready.</source>
        <translation>Se canceló el paso MFA; el vínculo no se actualizó. Vuelva a iniciar la actualización cuando el cliente esté listo.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Belvo accepted the update, but the link could not be read back: %1 Check the link to see its status.</source>
        <translation>Belvo aceptó la actualización, pero no se pudo volver a leer el vínculo: %1 Verifique el vínculo para ver su estado.</translation>
    </message>
    <message>
        <source>The token was not accepted. Ask the customer for the new one and try again.</source>
        <translation>No se aceptó el token. Pida el nuevo token al cliente e intente de nuevo.</translation>
    </message>
    <message>
        <source>The bank&apos;s MFA session expired before a token was sent; the link was not updated. Start the update again when the customer is ready.</source>
        <translation>La sesión MFA del banco expiró antes de que se enviara un token; el vínculo no se actualizó. Vuelva a iniciar la actualización cuando el cliente esté listo.</translation>
    </message>
</context>
<context>
    <name>relink::WaitingDock</name>
    <message>
        <source>Waiting for customers</source>
        <translation>Clientes en espera</translation>
    </message>
    <message>
        <source>Copy customer&apos;s link</source>
        <translation>Copiar enlace del cliente</translation>
    </message>
    <message>
        <source>Show QR…</source>
        <translation>Mostrar QR…</translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation>Abrir en el formulario</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Dejar de vigilar</translation>
    </message>
    <message>
        <source>Stopped waiting for link %1.</source>
        <translation>Se dejó de esperar al vínculo %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The customer&apos;s link for %1 is on the clipboard.</source>
        <translation>El enlace del cliente para %1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>A customer updated their link</source>
        <translation>Un cliente actualizó su vínculo</translation>
    </message>
    <message>
        <source>Link %1 is valid again.</source>
        <translation>El vínculo %1 vuelve a ser válido.</translation>
    </message>
    <message>
        <source>Link %1 (%2) is valid again.</source>
        <translation>El vínculo %1 (%2) vuelve a ser válido.</translation>
    </message>
    <message>
        <source>&amp;Waiting for customers</source>
        <translation>&amp;Clientes en espera</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Ven&amp;tana</translation>
    </message>
    <message>
        <source>No new link for %1 could be made here: send it to the customer again from the form.</source>
        <translation>No se pudo crear aquí un nuevo enlace para %1: envíelo de nuevo al cliente desde el formulario.</translation>
    </message>
</context>
<context>
    <name>relink::WaitingTableModel</name>
    <message>
        <source>making the link…</source>
        <translation>creando el enlace…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>link expired; still watching</source>
        <translation>enlace expirado; se sigue vigilando</translation>
    </message>
    <message>
        <source>about %1 (can&apos;t be copied again: make a New link)</source>
        <translation>aprox. %1 (no se puede volver a copiar: cree un Nuevo enlace)</translation>
    </message>
    <message>
        <source>valid — the customer updated it at %1</source>
        <translation>válido — el cliente lo actualizó a las %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin verificar</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Link id</source>
        <translation>ID del vínculo</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último estado conocido</translation>
    </message>
</context>
<context>
    <name>relink::WindowMenu</name>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>About Relink</source>
        <translation>Acerca de Relink</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relink %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Brings a customer&apos;s Belvo bank link back to life by updating its credentials, through the bank&apos;s MFA challenge when there is one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relink %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reactiva el vínculo bancario de Belvo de un cliente actualizando sus credenciales, pasando por el desafío MFA del banco si lo hay.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relink::agent</name>
    <message>
        <source>The agent&apos;s name is longer than %1 characters.</source>
        <translation>El nombre del agente tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The agent&apos;s name holds a control or invisible character.</source>
        <translation>El nombre del agente contiene un carácter de control o invisible.</translation>
    </message>
</context>
<context>
    <name>relink::cacertificates</name>
    <message>
        <source>Cannot read the CA certificate file %1. Check the path and that you may read it.</source>
        <translation>No se puede leer el archivo de certificado de CA %1. Revise la ruta y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a CA certificate file (%2 bytes; at most %3). Choose the CA certificate your IT team gave you.</source>
        <translation>El archivo %1 es demasiado grande para ser un archivo de certificado de CA (%2 bytes; máximo %3). Elija el certificado de CA que le dio su equipo de TI.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (text starting with “-----BEGIN CERTIFICATE-----”). Choose the CA certificate your IT team gave you, in PEM format.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM (texto que empieza con “-----BEGIN CERTIFICATE-----”). Elija el certificado de CA que le dio su equipo de TI, en formato PEM.</translation>
    </message>
</context>
<context>
    <name>relink::credentials</name>
    <message>
        <source>The field %1 contains a control character or an invalid character. Retype it instead of pasting it.</source>
        <translation>El campo %1 contiene un carácter de control o un carácter no válido. Escríbalo en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>The field %1 is too long (at most %2 characters).</source>
        <translation>El campo %1 es demasiado largo (máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>The field %1 must be base64 text (the file&apos;s contents, encoded).</source>
        <translation>El campo %1 debe ser texto base64 (el contenido del archivo, codificado).</translation>
    </message>
    <message>
        <source>A certificate and a private key go together: give both or neither.</source>
        <translation>Un certificado y una clave privada van juntos: indique ambos o ninguno.</translation>
    </message>
    <message>
        <source>The fields are not valid JSON (%1 at offset %2).</source>
        <translation>Los campos no son JSON válido (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>The fields must be a JSON object, like {&quot;password&quot;: &quot;…&quot;}.</source>
        <translation>Los campos deben ser un objeto JSON, como {&quot;password&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;. Allowed fields: %2.</source>
        <translation>Campo desconocido &quot;%1&quot;. Campos permitidos: %2.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>El campo %1 debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check the path and that you may read it.</source>
        <translation>No se puede leer el archivo %1. Revise la ruta y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a certificate or key (%2 bytes; at most %3).</source>
        <translation>El archivo %1 es demasiado grande para un certificado o clave (%2 bytes; máximo %3).</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
</context>
<context>
    <name>relink::environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter it like https://api.example.com.</source>
        <translation>&quot;%1&quot; no es una URL válida. Ingrésela así: https://api.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// would send the secret keys unencrypted; it is only allowed for this computer (127.0.0.1, ::1, localhost). Use an https:// URL.</source>
        <translation>Con http:// simple, las claves secretas se enviarían sin cifrar; solo se permite para esta computadora (127.0.0.1, ::1, localhost). Use una URL https://.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (it starts with &quot;%1&quot;).</source>
        <translation>La URL debe empezar con https:// (empieza con &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, password, query or fragment.</source>
        <translation>La URL base no debe contener nombre de usuario, contraseña, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Use sandbox, development or production, or give a base URL.</source>
        <translation>Entorno desconocido &quot;%1&quot;. Use sandbox, development o production, o indique una URL base.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (simulador integrado)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
</context>
<context>
    <name>relink::i18n</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>relink::keystore</name>
    <message>
        <source>No keys are saved for this environment yet.</source>
        <translation>Aún no hay claves guardadas para este entorno.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Keys can be used for this session only; they will not be saved.</source>
        <translation>El llavero del sistema no está disponible (%1). Las claves se pueden usar solo en esta sesión; no se guardarán.</translation>
    </message>
    <message>
        <source>The saved keys are incomplete. Enter them again in Settings.</source>
        <translation>Las claves guardadas están incompletas. Ingréselas de nuevo en Configuración.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Relink&apos;s keychain module could not be loaded; reinstalling Relink restores it. %1</source>
        <translation>No se pudo cargar el módulo de llavero de Relink; reinstalar Relink lo restablece. %1</translation>
    </message>
</context>
<context>
    <name>relink::launch</name>
    <message>
        <source>This relink:// link was not opened: %1 Nothing from it was used. Ask for the ticket&apos;s link to be fixed, or paste the link id into Relink.</source>
        <translation>No se abrió este enlace relink://: %1 No se usó nada de él. Pida que corrijan el enlace del ticket o pegue el ID del vínculo en Relink.</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>no es una URL válida.</translation>
    </message>
    <message>
        <source>it must begin with relink://link/ followed by the link id.</source>
        <translation>debe empezar con relink://link/ seguido del ID del vínculo.</translation>
    </message>
    <message>
        <source>it carries a user name or a port.</source>
        <translation>contiene un nombre de usuario o un puerto.</translation>
    </message>
    <message>
        <source>it carries a fragment (after #); a ticket must be URL-encoded.</source>
        <translation>contiene un fragmento (después de #); el ticket debe ir con codificación URL.</translation>
    </message>
    <message>
        <source>the link id must be its one path segment: relink://link/LINK_ID.</source>
        <translation>el ID del vínculo debe ser el único segmento de su ruta: relink://link/LINK_ID.</translation>
    </message>
    <message>
        <source>its path is not a valid link id.</source>
        <translation>su ruta no es un ID de vínculo válido.</translation>
    </message>
    <message>
        <source>it gives the environment more than once.</source>
        <translation>indica el entorno más de una vez.</translation>
    </message>
    <message>
        <source>its environment must be sandbox or production.</source>
        <translation>su entorno debe ser sandbox o production.</translation>
    </message>
    <message>
        <source>it gives the ticket more than once.</source>
        <translation>indica el ticket más de una vez.</translation>
    </message>
    <message>
        <source>its ticket is longer than %1 characters.</source>
        <translation>su ticket tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>its ticket holds a control or invisible character.</source>
        <translation>su ticket contiene un carácter de control o invisible.</translation>
    </message>
    <message>
        <source>it carries an unknown key.</source>
        <translation>contiene un parámetro desconocido.</translation>
    </message>
    <message>
        <source>it carries “%1”.</source>
        <translation>contiene “%1”.</translation>
    </message>
    <message>
        <source>Relink takes only a link id, an environment and a ticket from a link; never a base URL, an API key or a credential.</source>
        <translation>De un enlace, Relink solo toma un ID de vínculo, un entorno y un ticket; nunca una URL base, una clave de API ni una credencial.</translation>
    </message>
    <message>
        <source>This URL holds no link id, so nothing was opened. Paste the link id, or a dashboard or API URL that contains it.</source>
        <translation>Esta URL no contiene ningún ID de vínculo, así que no se abrió nada. Pegue el ID del vínculo, o una URL del panel o de la API que lo contenga.</translation>
    </message>
    <message>
        <source>The link Relink was started with is longer than %1 characters, so it was not opened. Open it from the ticket again, or paste the link id into Relink.</source>
        <translation>El enlace con el que se inició Relink tiene más de %1 caracteres, así que no se abrió. Vuelva a abrirlo desde el ticket o pegue el ID del vínculo en Relink.</translation>
    </message>
    <message>
        <source>There is no link to open. Start Relink with a link id, a dashboard or API URL that contains one, or a relink://link/… link.</source>
        <translation>No hay ningún vínculo para abrir. Inicie Relink con un ID de vínculo, con un enlace relink://link/… o con una URL del panel o de la API que contenga un ID de vínculo.</translation>
    </message>
    <message>
        <source>Relink was started with something that is neither a link id, nor a dashboard or API URL, nor a relink://link/… link, so nothing was opened. Paste the link id into Relink.</source>
        <translation>Relink se inició con algo que no es un ID de vínculo, ni una URL del panel o de la API, ni un enlace relink://link/…, así que no se abrió nada. Pegue el ID del vínculo en Relink.</translation>
    </message>
    <message>
        <source>The ticket is longer than %1 characters.</source>
        <translation>El ticket tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The ticket holds a control or invisible character.</source>
        <translation>El ticket contiene un carácter de control o invisible.</translation>
    </message>
</context>
<context>
    <name>relink::linkid</name>
    <message>
        <source>The pasted text is too long to look for a link id in; paste just the link id or its URL.</source>
        <translation>El texto pegado es demasiado largo para buscar en él un ID de vínculo; pegue solo el ID del vínculo o su URL.</translation>
    </message>
    <message>
        <source>The pasted text holds several different link ids; paste just the one to update.</source>
        <translation>El texto pegado contiene varios ID de vínculo distintos; pegue solo el que desea actualizar.</translation>
    </message>
</context>
<context>
    <name>relink::parse</name>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>El servidor respondió HTTP %1 con un cuerpo vacío.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of Belvo&apos;s JSON; a proxy or gateway between you and Belvo probably answered.</source>
        <translation>El servidor respondió HTTP %1 con una página web en lugar del JSON de Belvo; probablemente respondió un proxy o puerta de enlace entre usted y Belvo.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not Belvo&apos;s JSON.</source>
        <translation>El servidor respondió HTTP %1 con un cuerpo que no es el JSON de Belvo.</translation>
    </message>
    <message>
        <source>The answer is not a link: it has no &quot;id&quot;.</source>
        <translation>La respuesta no es un vínculo: no tiene &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>La respuesta no es JSON válido.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The token request has no MFA session to resume.</source>
        <translation>La solicitud de token no tiene una sesión MFA para reanudar.</translation>
    </message>
    <message>
        <source>No institution called &quot;%1&quot; was found.</source>
        <translation>No se encontró ninguna institución llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The answer has no access token for the widget.</source>
        <translation>La respuesta no tiene un token de acceso para el widget.</translation>
    </message>
</context>
</TS>
