<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Send to the customer</source>
        <translation>Enviar ao cliente</translation>
    </message>
    <message>
        <source>Send this link to the customer. They open it, enter their bank credentials or token on Belvo&apos;s page themselves, and the link works again: nobody at the desk sees their password.</source>
        <translation>Envie este link ao cliente. Ele o abre, informa por conta própria as credenciais do banco ou o token na página da Belvo, e o vínculo volta a funcionar: ninguém no atendimento vê a senha dele.</translation>
    </message>
    <message>
        <source>Customer&apos;s lan&amp;guage:</source>
        <translation>&amp;Idioma do cliente:</translation>
    </message>
    <message>
        <source>The language of Belvo&apos;s page the customer opens</source>
        <translation>O idioma da página da Belvo que o cliente abre</translation>
    </message>
    <message>
        <source>Link for the c&amp;ustomer:</source>
        <translation>&amp;Link para o cliente:</translation>
    </message>
    <message>
        <source>Send this address to the customer; it works once, for a limited time</source>
        <translation>Envie este endereço ao cliente; funciona uma única vez, por tempo limitado</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>QR code of the link for the customer</source>
        <translation>Código QR do link para o cliente</translation>
    </message>
    <message>
        <source>A customer on a video call or at the counter can scan this code with their phone.</source>
        <translation>Um cliente em uma chamada de vídeo ou no balcão pode escanear este código com o celular.</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Novo link</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Novo link</translation>
    </message>
    <message>
        <source>Make a new link for the customer when this one has expired</source>
        <translation>Criar um novo link para o cliente quando este tiver expirado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Stops waiting for the customer</source>
        <translation>Para de aguardar o cliente</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Update history</source>
        <translation>Histórico de atualizações</translation>
    </message>
    <message>
        <source>&amp;Link id:</source>
        <translation>&amp;ID do vínculo:</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos os vínculos</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Update attempts</source>
        <translation>Tentativas de atualização</translation>
    </message>
    <message>
        <source>&amp;Copy request id</source>
        <translation>&amp;Copiar ID da solicitação</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>Limpar &amp;histórico…</translation>
    </message>
    <message>
        <source>Show only the attempts on this link</source>
        <translation>Mostra só as tentativas deste vínculo</translation>
    </message>
    <message>
        <source>Show only the attempts with this outcome</source>
        <translation>Mostra só as tentativas com este resultado</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>O primeiro dia exibido</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>O último dia exibido</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show only the attempts this agent made (the whole name)</source>
        <translation>Mostra só as tentativas feitas por este agente (o nome completo)</translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos os tickets</translation>
    </message>
    <message>
        <source>Show only the attempts made for this ticket (the whole reference)</source>
        <translation>Mostra só as tentativas feitas para este ticket (a referência completa)</translation>
    </message>
    <message>
        <source>Enter or double-click opens the attempt&apos;s link in the main window</source>
        <translation>Enter ou clique duplo abre o vínculo da tentativa na janela principal</translation>
    </message>
    <message>
        <source>Attempt details</source>
        <translation>Detalhes da tentativa</translation>
    </message>
    <message>
        <source>Every step of the selected attempt, its HTTP status and request ids</source>
        <translation>Cada etapa da tentativa selecionada, com o status HTTP e os IDs das solicitações</translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <source>Links needing attention</source>
        <translation>Vínculos que precisam de atenção</translation>
    </message>
    <message>
        <source>Which links to list, by their status</source>
        <translation>Quais vínculos listar, pelo status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>&amp;Search links:</source>
        <translation>&amp;Pesquisar vínculos:</translation>
    </message>
    <message>
        <source>Link id, external id or bank</source>
        <translation>ID do vínculo, ID externo ou banco</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Pesquisar vínculos</translation>
    </message>
    <message>
        <source>Shows only the links whose id, external id or bank contains this text; Down moves to the list</source>
        <translation>Mostra só os vínculos cujo ID, ID externo ou banco contém este texto; a seta para baixo leva à lista</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>&amp;Banco:</translation>
    </message>
    <message>
        <source>all, or a bank such as Erebor Mexico (Enter lists it)</source>
        <translation>todos, ou um banco como Erebor Mexico (Enter para listar)</translation>
    </message>
    <message>
        <source>Lists only the links of this bank (its name as the list shows it, or its code name); empty for all</source>
        <translation>Lista só os vínculos deste banco (o nome como aparece na lista, ou o código dele); vazio para todos</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a link in the form</source>
        <translation>Pressione Enter ou clique duas vezes para abrir um vínculo no formulário</translation>
    </message>
    <message>
        <source>Stop loa&amp;ding</source>
        <translation>&amp;Interromper carregamento</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Interromper carregamento</translation>
    </message>
    <message>
        <source>&amp;Open in the form</source>
        <translation>Abrir n&amp;o formulário</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Abrir no formulário</translation>
    </message>
    <message>
        <source>Puts the selected link in the form beside the list and checks it</source>
        <translation>Coloca o vínculo selecionado no formulário ao lado da lista e o verifica</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Fechar a lista</translation>
    </message>
    <message>
        <source>Nobody on it</source>
        <translation>Ninguém nele</translation>
    </message>
    <message>
        <source>Only the links nobody is on</source>
        <translation>Só os vínculos em que ninguém trabalha</translation>
    </message>
    <message>
        <source>Hides the links a colleague, or you, is working on now</source>
        <translation>Oculta os vínculos em que um colega, ou você, trabalha agora</translation>
    </message>
    <message>
        <source>A bank that many of these links are at, or that Belvo reports down</source>
        <translation>Um banco que tem muitos destes vínculos, ou que o Belvo informa fora do ar</translation>
    </message>
    <message>
        <source>How many of the links listed each bank holds, and its health as Belvo reports it</source>
        <translation>Quantos dos vínculos listados cada banco tem, e seu estado segundo o Belvo</translation>
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
        <translation>Modo Demo: você está falando com o simulador da Belvo embutido no Relink, não com a Belvo. Nada do que você faz aqui chega a um banco.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>A&amp;mbiente:</translation>
    </message>
    <message>
        <source>Link &amp;id:</source>
        <translation>&amp;ID do vínculo:</translation>
    </message>
    <message>
        <source>Paste the link id or its dashboard URL</source>
        <translation>Cole o ID do vínculo ou a URL dele no painel</translation>
    </message>
    <message>
        <source>The link&apos;s UUID; a pasted URL is reduced to the id</source>
        <translation>O UUID do vínculo; uma URL colada é reduzida ao ID</translation>
    </message>
    <message>
        <source>Load the link and the fields its bank needs</source>
        <translation>Carregar o vínculo e os campos que o banco dele exige</translation>
    </message>
    <message>
        <source>New credentials</source>
        <translation>Novas credenciais</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Update credentials</source>
        <translation>Atuali&amp;zar credenciais</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Relink</source>
        <translation>&amp;Sobre o Relink</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Where updates are sent: the Belvo sandbox, production, or a custom URL</source>
        <translation>Para onde as atualizações são enviadas: o sandbox da Belvo, produção ou uma URL personalizada</translation>
    </message>
    <message>
        <source>An https address; plain http only to this computer</source>
        <translation>Um endereço https; http simples só para este computador</translation>
    </message>
    <message>
        <source>Results appear here.</source>
        <translation>Os resultados aparecem aqui.</translation>
    </message>
    <message>
        <source>Se&amp;nd to the customer…</source>
        <translation>E&amp;nviar ao cliente…</translation>
    </message>
    <message>
        <source>Send to the customer</source>
        <translation>Enviar ao cliente</translation>
    </message>
    <message>
        <source>Makes a link the customer opens to update the credentials themselves; no credentials needed here</source>
        <translation>Cria um link que o cliente abre para atualizar ele mesmo as credenciais; aqui não é preciso nenhuma credencial</translation>
    </message>
    <message>
        <source>&amp;Links needing attention…</source>
        <translation>&amp;Vínculos que precisam de atenção…</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>Optional, e.g. SUP-1234</source>
        <translation>Opcional, ex.: SUP-1234</translation>
    </message>
    <message>
        <source>The support ticket this update is for, recorded in the history</source>
        <translation>O ticket de suporte desta atualização, registrado no histórico</translation>
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
        <translation>Carrega o status do vínculo e os campos que o banco dele pede</translation>
    </message>
    <message>
        <source>Stops what is running (Esc)</source>
        <translation>Interrompe o que está em andamento (Esc)</translation>
    </message>
    <message>
        <source>Sends the new credentials to Belvo for this link</source>
        <translation>Envia as novas credenciais à Belvo para este vínculo</translation>
    </message>
    <message>
        <source>History of this link</source>
        <translation>Histórico deste vínculo</translation>
    </message>
    <message>
        <source>Opens the update history filtered on this link</source>
        <translation>Abre o histórico de atualizações filtrado por este vínculo</translation>
    </message>
    <message>
        <source>The link&apos;s external id (your system&apos;s reference for the customer)</source>
        <translation>O ID externo do vínculo (a referência do seu sistema para o cliente)</translation>
    </message>
    <message>
        <source>The ticket recorded with the next update or hand-off; it stays for the next link you open by hand</source>
        <translation>O ticket registrado com a próxima atualização ou envio ao cliente; ele continua valendo para o próximo vínculo que você abrir manualmente</translation>
    </message>
    <message>
        <source>History of &amp;this link…</source>
        <translation>Histórico &amp;deste vínculo…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>MfaDialog</name>
    <message>
        <source>The bank asks for a token</source>
        <translation>O banco pede um token</translation>
    </message>
    <message>
        <source>QR code to scan with the bank&apos;s app</source>
        <translation>Código QR para escanear com o app do banco</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The code the customer received from the bank</source>
        <translation>O código que o cliente recebeu do banco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>I have &amp;approved it</source>
        <translation>&amp;Já aprovei</translation>
    </message>
    <message>
        <source>&amp;Submit token</source>
        <translation>&amp;Enviar token</translation>
    </message>
    <message>
        <source>Reference the bank sent (not the code to type):</source>
        <translation>Referência enviada pelo banco (não é o código a digitar):</translation>
    </message>
    <message>
        <source>Copy QR code</source>
        <translation>Copiar código QR</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, to paste into a chat or an email to the customer</source>
        <translation>Copiar o código QR como imagem, para colar em um chat ou em um e-mail para o cliente</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>Salvar código QR…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Salvar o código QR como imagem PNG</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Results appear here.</source>
        <translation>Os resultados aparecem aqui.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instituição:</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>Modo de acesso:</translation>
    </message>
    <message>
        <source>Refresh rate:</source>
        <translation>Frequência de atualização:</translation>
    </message>
    <message>
        <source>Last accessed:</source>
        <translation>Último acesso:</translation>
    </message>
    <message>
        <source>Link id:</source>
        <translation>ID do vínculo:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the link id</source>
        <translation>Copiar o ID do vínculo</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Criado por:</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configurações…</translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>Mostrar &amp;JSON bruto</translation>
    </message>
    <message>
        <source>Raw JSON answer</source>
        <translation>Resposta JSON bruta</translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation>Copiar para o ticket</translation>
    </message>
    <message>
        <source>Copy a plain-text summary of this result for the support ticket (no credentials)</source>
        <translation>Copiar um resumo em texto simples deste resultado para o ticket de suporte (sem credenciais)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Belvo API keys</source>
        <translation>Chaves de API da Belvo</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ambiente:</translation>
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
        <translation>&amp;Senha secreta:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the secret password</source>
        <translation>Mostrar a senha secreta</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>Salvar no &amp;chaveiro do sistema</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Usar só &amp;nesta sessão</translation>
    </message>
    <message>
        <source>&amp;Forget saved keys</source>
        <translation>&amp;Esquecer chaves salvas</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;Wait for Belvo up to:</source>
        <translation>Aguar&amp;dar a Belvo por até:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Manter o &amp;histórico por:</translation>
    </message>
    <message>
        <source>The environment whose API keys you are editing</source>
        <translation>O ambiente cujas chaves de API você está editando</translation>
    </message>
    <message>
        <source>An https address; plain http only to this computer</source>
        <translation>Um endereço https; http simples só para este computador</translation>
    </message>
    <message>
        <source>The secret id from the Belvo dashboard for this environment</source>
        <translation>O ID secreto do painel da Belvo para este ambiente</translation>
    </message>
    <message>
        <source>The secret password from the Belvo dashboard, kept in the system keychain</source>
        <translation>A senha secreta do painel da Belvo, guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>How long to wait for Belvo and the bank before giving up</source>
        <translation>Quanto tempo esperar pela Belvo e pelo banco antes de desistir</translation>
    </message>
    <message>
        <source>Older update records are deleted</source>
        <translation>Registros de atualização mais antigos são excluídos</translation>
    </message>
    <message>
        <source>The language Relink uses from its next start</source>
        <translation>O idioma que o Relink usará a partir da próxima inicialização</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexão segura</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Ce&amp;rtificado CA adicional:</translation>
    </message>
    <message>
        <source>None: only the system&apos;s CA certificates</source>
        <translation>Nenhum: só os certificados CA do sistema</translation>
    </message>
    <message>
        <source>A PEM file with the CA certificate of a network that inspects TLS, trusted as well as the system&apos;s</source>
        <translation>Um arquivo PEM com o certificado CA de uma rede que inspeciona TLS, considerado confiável junto com os do sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Procurar o arquivo de certificado CA</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Trust only the system&apos;s CA certificates</source>
        <translation>Confiar só nos certificados CA do sistema</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Seu no&amp;me no histórico:</translation>
    </message>
    <message>
        <source>Recorded with every update you make; empty: your login name</source>
        <translation>Registrado com cada atualização que você fizer; vazio: seu nome de usuário do sistema</translation>
    </message>
    <message>
        <source>History &amp;address:</source>
        <translation>En&amp;dereço do histórico:</translation>
    </message>
    <message>
        <source>A file on this computer, or the team history: postgresql://USER@HOST/DATABASE; empty: the file on this computer</source>
        <translation>Um arquivo neste computador, ou o histórico da equipe: postgresql://USER@HOST/DATABASE; vazio: o arquivo neste computador</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Test the history address</source>
        <translation>Testar o endereço do histórico</translation>
    </message>
    <message>
        <source>Settings — Relink</source>
        <translation>Configurações — Relink</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relink: update a Belvo link&apos;s credentials, through the bank&apos;s MFA challenge. Without saved API keys it starts in demo mode.</source>
        <translation>Relink: atualiza as credenciais de um vínculo da Belvo, passando pelo desafio MFA do banco. Sem chaves de API salvas, inicia no modo Demo.</translation>
    </message>
    <message>
        <source>Use the built-in Belvo simulator.</source>
        <translation>Usa o simulador da Belvo embutido.</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificado CA adicional</translation>
    </message>
    <message>
        <source>%1

Relink trusts only the system&apos;s CA certificates for now. Choose another file, or none, in File › Settings.</source>
        <translation>%1

Por enquanto, o Relink confia só nos certificados CA do sistema. Escolha outro arquivo, ou nenhum, em Arquivo › Configurações.</translation>
    </message>
    <message>
        <source>Start, paint the main window once and exit (packaging checks, start-up benchmarks). Never handed to a running Relink.</source>
        <translation>Inicia, desenha a janela principal uma vez e sai (verificações de empacotamento, benchmarks de inicialização). Nunca é repassado a um Relink já em execução.</translation>
    </message>
    <message>
        <source>The link to fill in and check: its id, a dashboard or API URL that contains it, or a relink://link/LINK_ID link (with environment=sandbox or production and ticket=REF, both optional). When Relink is running already, it gets the link and comes to the front.</source>
        <translation>O vínculo a preencher e verificar: o ID dele, uma URL do painel ou da API que o contenha, ou um link relink://link/LINK_ID (com environment=sandbox ou production e ticket=REF, ambos opcionais). Se o Relink já estiver em execução, ele recebe o vínculo e vem para a frente.</translation>
    </message>
    <message>
        <source>relink opens one link at a time; give it one link id or URL.
</source>
        <translation>relink abre um vínculo por vez; informe um único ID de vínculo ou URL.
</translation>
    </message>
</context>
<context>
    <name>relink::Accessibility</name>
    <message>
        <source>Clear the field</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
    </message>
</context>
<context>
    <name>relink::BelvoClient</name>
    <message>
        <source>The connection to %1 closed before the answer was complete. Check the link&apos;s status, then try again.</source>
        <translation>A conexão com %1 foi encerrada antes de a resposta terminar. Verifique o status do vínculo e tente novamente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id. A link id looks like 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</source>
        <translation>&quot;%1&quot; não é um ID de vínculo. Um ID de vínculo se parece com 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Cancelado. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Cancelled. The request may already have reached Belvo; check the link&apos;s status before trying again.</source>
        <translation>Cancelado. A solicitação pode já ter chegado à Belvo; verifique o status do vínculo antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MiB and was stopped. This is not a normal Belvo answer: check the base URL.</source>
        <translation>A resposta de %1 passou de %2 MiB e foi interrompida. Esta não é uma resposta normal da Belvo: verifique a URL base.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the environment or base URL and your network.</source>
        <translation>Não foi possível conectar a %1: a conexão foi recusada. Verifique o ambiente ou a URL base e sua rede.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the base URL and your network connection.</source>
        <translation>O servidor %1 não foi encontrado. Verifique a URL base e sua conexão de rede.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2. Relink never ignores certificate problems; if your network inspects TLS, ask your IT team to install its CA certificate.</source>
        <translation>Não foi possível confiar na conexão segura com %1: %2. O Relink nunca ignora problemas de certificado; se sua rede inspeciona TLS, peça à equipe de TI para instalar o certificado CA dela.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your network, then try again.</source>
        <translation>A conexão com %1 excedeu o tempo limite. Verifique sua rede e tente novamente.</translation>
    </message>
    <message>
        <source>The answer from %1 broke the HTTP protocol (%2). Check the base URL.</source>
        <translation>A resposta de %1 violou o protocolo HTTP (%2). Verifique a URL base.</translation>
    </message>
    <message>
        <source>A network error stopped the request to %1: %2. Check your connection, then try again.</source>
        <translation>Um erro de rede interrompeu a solicitação para %1: %2. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>Belvo&apos;s answer (HTTP %1) could not be read: %2 Check the base URL; if it is right, report this to Belvo.</source>
        <translation>Não foi possível ler a resposta da Belvo (HTTP %1): %2 Verifique a URL base; se estiver correta, informe isto à Belvo.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). Relink does not follow redirects, so the secret keys never go elsewhere; check the base URL.</source>
        <translation>%1 respondeu com um redirecionamento (HTTP %2). O Relink não segue redirecionamentos, para que as chaves secretas nunca vão para outro lugar; verifique a URL base.</translation>
    </message>
    <message>
        <source>the answer is not JSON.</source>
        <translation>a resposta não é JSON.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1.</source>
        <translation>status HTTP inesperado %1.</translation>
    </message>
    <message>
        <source>No secret keys are set for this environment. Add them in Settings, or set BELVO_SECRET_ID and BELVO_SECRET_PASSWORD.</source>
        <translation>Não há chaves secretas definidas para este ambiente. Adicione-as em Configurações ou defina BELVO_SECRET_ID e BELVO_SECRET_PASSWORD.</translation>
    </message>
    <message>
        <source>The secret keys contain characters that cannot be right. Copy them again from the Belvo dashboard.</source>
        <translation>As chaves secretas contêm caracteres que não podem estar corretos. Copie-as novamente do painel da Belvo.</translation>
    </message>
    <message>
        <source>Fill in at least the password before updating.</source>
        <translation>Preencha pelo menos a senha antes de atualizar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MFA session id. Copy the session from the token request.</source>
        <translation>&quot;%1&quot; não é um ID de sessão MFA. Copie a sessão da solicitação de token.</translation>
    </message>
    <message>
        <source>Enter the token the bank gave the customer.</source>
        <translation>Digite o token que o banco forneceu ao cliente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an institution code.</source>
        <translation>&quot;%1&quot; não é um código de instituição.</translation>
    </message>
</context>
<context>
    <name>relink::Cli</name>
    <message>
        <source>update: a JSON object with the credential fields (password, password2, token, encryption_key, username_type, certificate, private_key), from FILE or - for standard input.</source>
        <translation>update: um objeto JSON com os campos de credencial (password, password2, token, encryption_key, username_type, certificate, private_key), de FILE ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>update: a certificate file to send.</source>
        <translation>update: um arquivo de certificado a enviar.</translation>
    </message>
    <message>
        <source>update: the certificate&apos;s private-key file.</source>
        <translation>update: o arquivo da chave privada do certificado.</translation>
    </message>
    <message>
        <source>resume: the MFA session from the challenge.</source>
        <translation>resume: a sessão MFA do desafio.</translation>
    </message>
    <message>
        <source>sandbox, development or production (default sandbox).</source>
        <translation>sandbox, development ou production (padrão: sandbox).</translation>
    </message>
    <message>
        <source>A custom base URL (also BELVO_BASE_URL); https, or http to this computer only.</source>
        <translation>Uma URL base personalizada (também BELVO_BASE_URL); https, ou http apenas para este computador.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file (e.g. a company TLS proxy).</source>
        <translation>Confia também no(s) certificado(s) CA deste arquivo PEM (ex.: um proxy TLS da empresa).</translation>
    </message>
    <message>
        <source>Run against the built-in Belvo simulator.</source>
        <translation>Executa com o simulador da Belvo embutido.</translation>
    </message>
    <message>
        <source>Try &apos;relink-cli --help&apos;.
</source>
        <translation>Tente &apos;relink-cli --help&apos;.
</translation>
    </message>
    <message>
        <source>%1 takes exactly one LINK_ID.</source>
        <translation>%1 recebe exatamente um LINK_ID.</translation>
    </message>
    <message>
        <source>resume takes no positional arguments; use --link and --session.</source>
        <translation>resume não recebe argumentos posicionais; use --link e --session.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>nenhum comando informado.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo mode: talking to the built-in Belvo simulator, not to Belvo.
</source>
        <translation>Modo Demo: falando com o simulador da Belvo embutido, não com a Belvo.
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
        <translation>  Status:                    %1 (%2)
</translation>
    </message>
    <message>
        <source>  Institution:   %1
</source>
        <translation>  Instituição:               %1
</translation>
    </message>
    <message>
        <source>  Access mode:   %1
</source>
        <translation>  Modo de acesso:            %1
</translation>
    </message>
    <message>
        <source>  Refresh rate:  %1
</source>
        <translation>  Frequência de atualização: %1
</translation>
    </message>
    <message>
        <source>  Last accessed: %1
</source>
        <translation>  Último acesso:             %1
</translation>
    </message>
    <message>
        <source>  Created by:    %1
</source>
        <translation>  Criado por:                %1
</translation>
    </message>
    <message>
        <source>  External id:   %1
</source>
        <translation>  ID externo:                %1
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
            <numerusform>A Belvo pede para aguardar %n segundo antes de tentar novamente.
</numerusform>
            <numerusform>A Belvo pede para aguardar %n segundos antes de tentar novamente.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank asks for an MFA token.
  %1
</source>
        <translation>O banco pede um token MFA.
  %1
</translation>
    </message>
    <message>
        <source>  Challenge (%1): %2
</source>
        <translation>  Desafio (%1): %2
</translation>
    </message>
    <message numerus="yes">
        <source>  The session expires in %n second(s).
</source>
        <translation>
            <numerusform>  A sessão expira em %n segundo.
</numerusform>
            <numerusform>  A sessão expira em %n segundos.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>Press Enter once the customer has approved the login: </source>
        <translation>Pressione Enter quando o cliente tiver aprovado o login: </translation>
    </message>
    <message>
        <source>Interrupted. The MFA session was left unfinished.
</source>
        <translation>Interrompido. A sessão MFA ficou sem conclusão.
</translation>
    </message>
    <message>
        <source>The bank expects a token; type it, or press Ctrl+D to stop.
</source>
        <translation>O banco espera um token; digite-o ou pressione Ctrl+D para parar.
</translation>
    </message>
    <message>
        <source>resume, history: the link id.</source>
        <translation>resume, history: o ID do vínculo.</translation>
    </message>
    <message>
        <source>history takes no positional arguments; use --link and --since.</source>
        <translation>history não recebe argumentos posicionais; use --link e --since.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>aviso: %1
</translation>
    </message>
    <message>
        <source>No updates recorded yet.
</source>
        <translation>Ainda não há atualizações registradas.
</translation>
    </message>
    <message>
        <source>resume: read the MFA token from the first line of this file (else from standard input; an empty line when the bank expects no input).</source>
        <translation>resume: lê o token MFA da primeira linha deste arquivo (senão, da entrada padrão; uma linha vazia quando o banco não espera nenhuma entrada).</translation>
    </message>
    <message>
        <source>Print the resulting link as JSON; failures too, as JSON on standard output.</source>
        <translation>Imprime o vínculo resultante como JSON; as falhas também, como JSON na saída padrão.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout recebe um número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>the demo simulator could not start.</source>
        <translation>não foi possível iniciar o simulador Demo.</translation>
    </message>
    <message>
        <source>--env and --base-url name two different places; give only one. Nothing was sent.</source>
        <translation>--env e --base-url indicam dois lugares diferentes; informe só um. Nada foi enviado.</translation>
    </message>
    <message>
        <source>no secret keys for %1. Set BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, or save the keys in the desktop app&apos;s Settings. (%2)</source>
        <translation>não há chaves secretas para %1. Defina BELVO_SECRET_ID e BELVO_SECRET_PASSWORD ou salve as chaves nas Configurações do app desktop. (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id.</source>
        <translation>&quot;%1&quot; não é um ID de vínculo.</translation>
    </message>
    <message>
        <source>--since takes a date like 2026-11-24.</source>
        <translation>--since recebe uma data como 2026-11-24.</translation>
    </message>
    <message>
        <source>choose --json or --csv, not both.</source>
        <translation>escolha --json ou --csv, não os dois.</translation>
    </message>
    <message>
        <source>Belvo is limiting requests; wait a minute before retrying.
</source>
        <translation>A Belvo está limitando as solicitações; aguarde um minuto antes de tentar novamente.
</translation>
    </message>
    <message>
        <source>Finish with: relink-cli resume --link %1 --session %2, giving the token on standard input or in a file with --token-file PATH.
</source>
        <translation>Conclua com: relink-cli resume --link %1 --session %2, informando o token na entrada padrão ou em um arquivo com --token-file PATH.
</translation>
    </message>
    <message>
        <source>Belvo accepted the update.
</source>
        <translation>A Belvo aceitou a atualização.
</translation>
    </message>
    <message>
        <source>MFA token needed: %1
</source>
        <translation>Token MFA necessário: %1
</translation>
    </message>
    <message>
        <source>No token given (end of input).
</source>
        <translation>Nenhum token informado (fim da entrada).
</translation>
    </message>
    <message>
        <source>resume needs --link and --session.</source>
        <translation>resume precisa de --link e --session.</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2. Nothing was sent.</source>
        <translation>não é possível ler o arquivo de token %1: %2. Nada foi enviado.</translation>
    </message>
    <message>
        <source>the token file %1 is empty. Put the token on its first line (an empty line when the bank expects no input). Nothing was sent.</source>
        <translation>o arquivo de token %1 está vazio. Coloque o token na primeira linha (uma linha vazia quando o banco não espera nenhuma entrada). Nada foi enviado.</translation>
    </message>
    <message>
        <source>Token (an empty line when the bank expects no input): </source>
        <translation>Token (uma linha vazia quando o banco não espera nenhuma entrada): </translation>
    </message>
    <message>
        <source>no token on standard input. Give it as one line (an empty line when the bank expects no input), or with --token-file PATH. Nothing was sent.</source>
        <translation>nenhum token na entrada padrão. Informe-o em uma linha (uma linha vazia quando o banco não espera nenhuma entrada) ou com --token-file PATH. Nada foi enviado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link id (a UUID such as 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.</source>
        <translation>&quot;%1&quot; não é um ID de vínculo (um UUID como 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nada foi enviado.</translation>
    </message>
    <message>
        <source>cannot read the fields from standard input.</source>
        <translation>não é possível ler os campos da entrada padrão.</translation>
    </message>
    <message>
        <source>cannot read the fields file %1: %2</source>
        <translation>não é possível ler o arquivo de campos %1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Nada foi enviado.</translation>
    </message>
    <message>
        <source>--certificate-file and --private-key-file go together: give both or neither. Nothing was sent.</source>
        <translation>--certificate-file e --private-key-file andam juntos: informe os dois ou nenhum. Nada foi enviado.</translation>
    </message>
    <message>
        <source>nothing to send. Give the credentials with --fields FILE (or - for standard input).</source>
        <translation>nada a enviar. Informe as credenciais com --fields FILE (ou - para a entrada padrão).</translation>
    </message>
    <message>
        <source>Interrupted. Nothing was sent.</source>
        <translation>Interrompido. Nada foi enviado.</translation>
    </message>
    <message>
        <source>handoff: the widget&apos;s language for the customer: en, es or pt (default es).</source>
        <translation>handoff: o idioma do widget para o cliente: en, es ou pt (padrão: es).</translation>
    </message>
    <message>
        <source>wait: the status to wait for (only valid).</source>
        <translation>wait: o status a aguardar (só valid).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 120); for wait, seconds to wait for the link to be valid (default 600).</source>
        <translation>Segundos de espera por uma resposta (padrão: 120); para wait, segundos de espera até o vínculo ficar válido (padrão: 600).</translation>
    </message>
    <message>
        <source>%1 needs a simulator that keeps running, and --demo starts one for this run only. Start relink-simulator and give its address with --base-url. Nothing was sent.</source>
        <translation>%1 precisa de um simulador que continue em execução, e --demo inicia um só para esta execução. Inicie o relink-simulator e informe o endereço dele com --base-url. Nada foi enviado.</translation>
    </message>
    <message>
        <source>--locale takes en, es or pt. Nothing was sent.</source>
        <translation>--locale recebe en, es ou pt. Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>The link is valid for %n minute(s), until %1, and works once.</source>
        <translation>
            <numerusform>O link vale por %n minuto, até %1, e funciona uma única vez.</numerusform>
            <numerusform>O link vale por %n minutos, até %1, e funciona uma única vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link is valid for %n second(s), until %1, and works once.</source>
        <translation>
            <numerusform>O link vale por %n segundo, até %1, e funciona uma única vez.</numerusform>
            <numerusform>O link vale por %n segundos, até %1, e funciona uma única vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to the customer, then wait for the link with: relink-cli wait %1
</source>
        <translation>Envie-o ao cliente e depois aguarde o vínculo com: relink-cli wait %1
</translation>
    </message>
    <message>
        <source>--until takes only valid: the status to wait for. Nothing was sent.</source>
        <translation>--until só recebe valid: o status a aguardar. Nada foi enviado.</translation>
    </message>
    <message>
        <source>--timeout takes the seconds to wait for the link, from 1 to %1. Nothing was sent.</source>
        <translation>--timeout recebe os segundos de espera pelo vínculo, de 1 a %1. Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for link %1 to be valid; it is checked every %2 seconds. Ctrl+C stops.
</source>
        <translation>
            <numerusform>Aguardando por até %n segundo o vínculo %1 ficar válido; ele é verificado a cada %2 segundos. Ctrl+C interrompe.
</numerusform>
            <numerusform>Aguardando por até %n segundos o vínculo %1 ficar válido; ele é verificado a cada %2 segundos. Ctrl+C interrompe.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  status: %2
</source>
        <translation>%1  status: %2
</translation>
    </message>
    <message>
        <source>%1  warning: %2 Still waiting.
</source>
        <translation>%1  aviso: %2 Ainda aguardando.
</translation>
    </message>
    <message>
        <source>Interrupted. %1</source>
        <translation>Interrompido. %1</translation>
    </message>
    <message>
        <source>update, resume, get, history, links, handoff or wait</source>
        <translation>update, resume, get, history, links, handoff ou wait</translation>
    </message>
    <message>
        <source>history, links: only attempts, or links created, on or after this date (YYYY-MM-DD).</source>
        <translation>history, links: só as tentativas, ou os vínculos criados, desta data em diante (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>history, links: print CSV.</source>
        <translation>history, links: imprime CSV.</translation>
    </message>
    <message>
        <source>links: the statuses to list, separated by commas (valid, invalid, unconfirmed, token_required), or all; default invalid,token_required.</source>
        <translation>links: os status a listar, separados por vírgulas (valid, invalid, unconfirmed, token_required), ou all; padrão: invalid,token_required.</translation>
    </message>
    <message>
        <source>links: only this institution&apos;s links.</source>
        <translation>links: só os vínculos desta instituição.</translation>
    </message>
    <message>
        <source>links: list at most N links.</source>
        <translation>links: lista no máximo N vínculos.</translation>
    </message>
    <message>
        <source>links takes no positional arguments; use --status, --institution, --since and --limit.</source>
        <translation>links não recebe argumentos posicionais; use --status, --institution, --since e --limit.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation>INSTITUIÇÃO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST ACCESSED</source>
        <translation>ÚLTIMO ACESSO</translation>
    </message>
    <message>
        <source>EXTERNAL ID</source>
        <translation>ID EXTERNO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an institution code (such as erebor_mx_retail). Nothing was sent.</source>
        <translation>&quot;%1&quot; não é um código de instituição (como erebor_mx_retail). Nada foi enviado.</translation>
    </message>
    <message>
        <source>--limit takes a number of links, 1 or more. Nothing was sent.</source>
        <translation>--limit recebe um número de vínculos, 1 ou mais. Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s); the listing goes on then.
</source>
        <translation>
            <numerusform>A Belvo pede para aguardar %n segundo; depois a listagem continua.
</numerusform>
            <numerusform>A Belvo pede para aguardar %n segundos; depois a listagem continua.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing stopped after %n link(s).
</source>
        <translation>
            <numerusform>A listagem parou depois de %n vínculo.
</numerusform>
            <numerusform>A listagem parou depois de %n vínculos.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n link(s) that need attention.
</source>
        <translation>
            <numerusform>Mostrando %1 de %n vínculo que precisa de atenção.
</numerusform>
            <numerusform>Mostrando %1 de %n vínculos que precisam de atenção.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n matching link(s).
</source>
        <translation>
            <numerusform>Mostrando %1 de %n vínculo correspondente.
</numerusform>
            <numerusform>Mostrando %1 de %n vínculos correspondentes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) need attention.
</source>
        <translation>
            <numerusform>%n vínculo precisa de atenção.
</numerusform>
            <numerusform>%n vínculos precisam de atenção.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match.
</source>
        <translation>
            <numerusform>%n vínculo corresponde.
</numerusform>
            <numerusform>%n vínculos correspondem.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is still being written; the rest of this run&apos;s record is lost. Run relink-cli history to see what was kept.</source>
        <translation>O histórico ainda está sendo gravado; o restante do registro desta execução se perde. Execute relink-cli history para ver o que foi mantido.</translation>
    </message>
    <message>
        <source>update, resume, handoff: the support ticket this is done for (recorded in the history); history: only that ticket&apos;s attempts.</source>
        <translation>update, resume, handoff: o ticket de suporte para o qual isto é feito (registrado no histórico); history: só as tentativas desse ticket.</translation>
    </message>
    <message>
        <source>history: only this agent&apos;s attempts.</source>
        <translation>history: só as tentativas deste agente.</translation>
    </message>
    <message>
        <source>the history address (RELINK_HISTORY_URL, or the desktop app&apos;s Settings) is not one Relink takes: %1 Nothing was sent.</source>
        <translation>o endereço do histórico (RELINK_HISTORY_URL, ou as Configurações do app desktop) não é aceito pelo Relink: %1 Nada foi enviado.</translation>
    </message>
    <message>
        <source>the history address (RELINK_HISTORY_URL, or the desktop app&apos;s Settings) is not one Relink takes: %1</source>
        <translation>o endereço do histórico (RELINK_HISTORY_URL, ou as Configurações do app desktop) não é aceito pelo Relink: %1</translation>
    </message>
    <message>
        <source>the history could not be read.</source>
        <translation>não foi possível ler o histórico.</translation>
    </message>
    <message>
        <source>No updates match; without --link, --since, --agent and --ticket, all are shown.
</source>
        <translation>Nenhuma atualização corresponde; sem --link, --since, --agent e --ticket, todas são mostradas.
</translation>
    </message>
    <message>
        <source>Update a Belvo link&apos;s credentials, through the bank&apos;s MFA challenge when there is one, or hand the link to the customer to fix in Belvo&apos;s hosted widget.</source>
        <translation>Atualiza as credenciais de um vínculo da Belvo, passando pelo desafio MFA do banco quando houver um, ou entrega o vínculo ao cliente para corrigi-lo no widget hospedado da Belvo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>show a link</source>
        <translation>mostra um vínculo</translation>
    </message>
    <message>
        <source>print a link for the customer to fix LINK_ID in Belvo&apos;s hosted widget</source>
        <translation>imprime um link para o cliente corrigir LINK_ID no widget hospedado da Belvo</translation>
    </message>
    <message>
        <source>list links needing attention (--status, --institution, --since, --limit, --json, --csv)</source>
        <translation>lista os vínculos que precisam de atenção (--status, --institution, --since, --limit, --json, --csv)</translation>
    </message>
    <message>
        <source>finish an MFA session (PATCH /api/links/)</source>
        <translation>conclui uma sessão MFA (PATCH /api/links/)</translation>
    </message>
    <message>
        <source>send new credentials (PUT /api/links/LINK_ID/)</source>
        <translation>envia novas credenciais (PUT /api/links/LINK_ID/)</translation>
    </message>
    <message>
        <source>wait until LINK_ID is valid again (--until valid, --timeout SECONDS)</source>
        <translation>aguarda até LINK_ID ficar válido de novo (--until valid, --timeout SECONDS)</translation>
    </message>
    <message>
        <source>RELINK_AGENT: %1 Nothing was sent.</source>
        <translation>RELINK_AGENT: %1 Nada foi enviado.</translation>
    </message>
    <message>
        <source>--agent: %1</source>
        <translation>--agent: %1</translation>
    </message>
    <message>
        <source>before an update: what stands in the way (exit 9 when something asks to confirm)</source>
        <translation>antes de uma atualização: o que está no caminho (sai com 9 quando algo pede confirmação)</translation>
    </message>
    <message>
        <source>Nothing stands in the way of updating link %1.
</source>
        <translation>Nada impede atualizar o vínculo %1.
</translation>
    </message>
    <message>
        <source>Before updating link %1, confirm what the findings above ask.
</source>
        <translation>Antes de atualizar o vínculo %1, confirme o que as constatações acima pedem.
</translation>
    </message>
    <message>
        <source>its address is not one Relink takes (%1). Correct RELINK_HISTORY_URL or the desktop app&apos;s History setting.</source>
        <translation>o endereço dele não é um que o Relink aceite (%1). Corrija RELINK_HISTORY_URL ou a configuração Histórico do app desktop.</translation>
    </message>
    <message>
        <source>update, handoff: never ask. An MFA challenge is printed as JSON (exit 4); a pre-flight finding to confirm stops the run (exit 9).</source>
        <translation>update, handoff: nunca perguntar. Um desafio MFA é impresso como JSON (saída 4); um achado da verificação prévia que pede confirmação interrompe a execução (saída 9).</translation>
    </message>
    <message>
        <source>update, handoff: go ahead even when the pre-flight asks to confirm (the bank down, login errors, an open hand-off); the history records it.</source>
        <translation>update, handoff: seguir mesmo quando a verificação prévia pede confirmação (o banco fora do ar, erros de login, um envio aberto); o histórico registra.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <extracomment>The answers taken as &quot;yes&quot; at the y/N question, in lower case, separated by &quot;|&quot; (English &quot;y&quot; and &quot;yes&quot; are always taken too).</extracomment>
        <translation>s|sim</translation>
    </message>
    <message>
        <source>Going ahead (--force); the history records what you confirmed.
</source>
        <translation>Seguindo (--force); o histórico registra o que você confirmou.
</translation>
    </message>
    <message>
        <source>Going ahead (--force).
</source>
        <translation>Seguindo (--force).
</translation>
    </message>
    <message>
        <source>Update link %1 anyway? [y/N] </source>
        <translation>Atualizar o vínculo %1 mesmo assim? [s/N] </translation>
    </message>
    <message>
        <source>Send link %1 to the customer anyway? [y/N] </source>
        <translation>Enviar o vínculo %1 ao cliente mesmo assim? [s/N] </translation>
    </message>
    <message>
        <source>Link %1 was not updated: nothing was sent for it.</source>
        <translation>O vínculo %1 não foi atualizado: nada foi enviado para ele.</translation>
    </message>
    <message>
        <source>No link for the customer was made: nothing was sent for link %1.</source>
        <translation>Nenhum link para o cliente foi criado: nada foi enviado para o vínculo %1.</translation>
    </message>
    <message>
        <source>Confirm what is asked above (with the customer, or the colleague on the link), then run again with --force to go ahead; the history records it.
</source>
        <translation>Confirme o que é pedido acima (com o cliente ou com o colega que está no vínculo) e execute de novo com --force para seguir; o histórico registra.
</translation>
    </message>
    <message>
        <source>Keys come from BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, else from the keychain entry the desktop app saves. Credentials come from --fields and MFA tokens from standard input or --token-file, never from arguments.
Exit codes: 0 ok, 2 bad usage or input (nothing sent), 3 authentication or permission, 4 MFA token needed or session expired, 5 link not found, 6 other 4xx, 7 server, network or malformed answer, or the link still not valid when wait&apos;s time ran out, 8 rate-limited (wait the Retry-After seconds), 9 the pre-flight found something to confirm (check; update and handoff without a terminal or with --no-input: nothing was sent), 130 interrupted.</source>
        <translation>As chaves vêm de BELVO_SECRET_ID e BELVO_SECRET_PASSWORD ou, na falta delas, da entrada no chaveiro do sistema que o app desktop salva. As credenciais vêm de --fields, e os tokens MFA, da entrada padrão ou de --token-file; nunca de argumentos.
Códigos de saída: 0 ok, 2 uso ou entrada inválidos (nada foi enviado), 3 autenticação ou permissão, 4 token MFA necessário ou sessão expirada, 5 vínculo não encontrado, 6 outro 4xx, 7 servidor, rede ou resposta malformada, ou o vínculo ainda não válido quando o tempo do wait acabou, 8 limite de solicitações (aguarde os segundos de Retry-After), 9 a verificação prévia encontrou algo a confirmar (check; update e handoff sem terminal ou com --no-input: nada foi enviado), 130 interrompido.</translation>
    </message>
    <message>
        <source>The history could not be read, so last_attempt, claimed_by and handoff_open_until are empty: %1
</source>
        <translation>Não foi possível ler o histórico, então last_attempt, claimed_by e handoff_open_until ficam vazios: %1
</translation>
    </message>
    <message>
        <source>relink-cli: the history stopped partway, so the output is cut short (run the command again once the history answers): %1
</source>
        <translation>relink-cli: o histórico parou no meio do caminho, então a saída está incompleta (execute o comando de novo quando o histórico responder): %1
</translation>
    </message>
    <message>
        <source>show what was done to which link (--link, --since, --json, --csv); --prune DAYS deletes the older attempts</source>
        <translation>mostra o que foi feito com cada vínculo (--link, --since, --json, --csv); --prune DIAS apaga as tentativas mais antigas</translation>
    </message>
    <message>
        <source>history: delete the attempts older than DAYS days, in batches (a team history too: others keep recording meanwhile).</source>
        <translation>history: apaga as tentativas com mais de DAYS dias, em lotes (também num histórico de equipe: os demais continuam registrando enquanto isso).</translation>
    </message>
    <message>
        <source>No attempt started before %1: nothing to delete.
</source>
        <translation>Nenhuma tentativa começou antes de %1: nada a apagar.
</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n attempt(s) started before %1 (batches: %2; the longest held the history for %3 ms).
</source>
        <translation>
            <numerusform>%n tentativa iniciada antes de %1 foi apagada (lotes: %2; o mais longo ocupou o histórico por %3 ms).
</numerusform>
            <numerusform>%n tentativas iniciadas antes de %1 foram apagadas (lotes: %2; o mais longo ocupou o histórico por %3 ms).
</numerusform>
        </translation>
    </message>
    <message>
        <source>--prune takes a number of days, from 1 to 36500.</source>
        <translation>--prune aceita um número de dias, de 1 a 36500.</translation>
    </message>
    <message>
        <source>--prune deletes by age alone; leave out --%1.</source>
        <translation>--prune apaga só pela idade; tire --%1.</translation>
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
        <translation>Certificados e chaves (*.pem *.crt *.cer *.key *.p12 *.pfx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Second password or &amp;PIN</source>
        <translation>Segunda senha ou &amp;PIN</translation>
    </message>
    <message>
        <source>MFA &amp;token (rarely needed)</source>
        <translation>&amp;Token MFA (raramente necessário)</translation>
    </message>
    <message>
        <source>&amp;Encryption key (legacy)</source>
        <translation>Chave de &amp;criptografia (legado)</translation>
    </message>
    <message>
        <source>&amp;Document type</source>
        <translation>Tipo de &amp;documento</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>Arquivo de ce&amp;rtificado</translation>
    </message>
    <message>
        <source>Private &amp;key file</source>
        <translation>Arquivo da c&amp;have privada</translation>
    </message>
    <message>
        <source>Fill in the new credentials.</source>
        <translation>Preencha as novas credenciais.</translation>
    </message>
    <message>
        <source>This bank does not ask for %1, so what was typed there was left out.</source>
        <translation>Este banco não pede %1, então o que foi digitado ali foi descartado.</translation>
    </message>
    <message>
        <source>Open another link</source>
        <translation>Abrir outro vínculo</translation>
    </message>
    <message>
        <source>Credentials are typed for link %1. Opening link %2 clears them.</source>
        <translation>Há credenciais digitadas para o vínculo %1. Abrir o vínculo %2 as apaga.</translation>
    </message>
    <message>
        <source>Clear them and open</source>
        <translation>Limpar e abrir</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantê-las</translation>
    </message>
    <message>
        <source>The bank&apos;s own form could not be loaded (%1). Showing every field; fill in what the customer gave you.</source>
        <translation>Não foi possível carregar o formulário do próprio banco (%1). Mostrando todos os campos; preencha o que o cliente forneceu.</translation>
    </message>
    <message>
        <source>The fields %1 asks for.</source>
        <translation>Os campos que %1 pede.</translation>
    </message>
</context>
<context>
    <name>relink::CredentialRow</name>
    <message>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>(not needed)</source>
        <translation>(não necessário)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the value for a few seconds</source>
        <translation>Mostrar o valor por alguns segundos</translation>
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
        <translation>Opcional. Escolha o arquivo; ele é enviado codificado em base64, junto com seu par.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, chosen before, is not one of the values this bank accepts. Choose one from the list.</source>
        <translation>%1: %2, escolhido antes, não é um dos valores que este banco aceita. Escolha um da lista.</translation>
    </message>
    <message>
        <source>%1: choose a value from the list.</source>
        <translation>%1: escolha um valor da lista.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: campo obrigatório.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format.</source>
        <translation>%1 não está no formato esperado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: this bank accepts at most %n character(s).</source>
        <translation>
            <numerusform>%1: este banco aceita no máximo %n caractere.</numerusform>
            <numerusform>%1: este banco aceita no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept from before)</source>
        <translation>(mantido do anterior)</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
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
        <translation>Criando um link para o cliente…</translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Aguardando o cliente…</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>The customer can use this link for %1:%2 more (until %3).</source>
        <translation>O cliente pode usar este link por mais %1:%2 (até %3).</translation>
    </message>
    <message>
        <source>This link expired at %1. If the customer still needs one, make a New link and send that instead.</source>
        <translation>Este link expirou às %1. Se o cliente ainda precisar de um, crie um Novo link e envie esse no lugar.</translation>
    </message>
    <message>
        <source>Waiting for the customer… the link is still %1 — last checked %2</source>
        <translation>Aguardando o cliente… o vínculo ainda está com status %1 — última verificação: %2</translation>
    </message>
    <message>
        <source>Waiting for the customer… — the last check, at %1, failed: %2 Relink keeps checking.</source>
        <translation>Aguardando o cliente… — a última verificação, às %1, falhou: %2 O Relink continua verificando.</translation>
    </message>
    <message>
        <source>The customer updated the link: it is valid again.</source>
        <translation>O cliente atualizou o vínculo: ele está válido de novo.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Belvo&apos;s request id: %1</source>
        <translation>ID da solicitação da Belvo: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer… the link was last seen %1</source>
        <translation>Aguardando o cliente… o último status visto do vínculo foi %1</translation>
    </message>
    <message>
        <source>Relink is watching this link, but its customer&apos;s link can&apos;t be copied again (it is not kept, or it expired). If the customer still needs one, make a New link and send that instead.</source>
        <translation>O Relink está acompanhando este vínculo, mas o link do cliente não pode ser copiado de novo (ele não é guardado, ou expirou). Se o cliente ainda precisar de um, crie um Novo link e envie esse no lugar.</translation>
    </message>
</context>
<context>
    <name>relink::HandoffFlow</name>
    <message>
        <source>The hand-off was cancelled before anything was sent.</source>
        <translation>O envio ao cliente foi cancelado antes que algo fosse enviado.</translation>
    </message>
    <message>
        <source>The hand-off for link %1 was cancelled.</source>
        <translation>O envio ao cliente do vínculo %1 foi cancelado.</translation>
    </message>
    <message>
        <source>The hand-off for link %1 was cancelled while its link was being made; the customer has no link.</source>
        <translation>O envio ao cliente do vínculo %1 foi cancelado enquanto o link era criado; o cliente não tem nenhum link.</translation>
    </message>
    <message>
        <source>No link for the customer could be made: %1</source>
        <translation>Não foi possível criar um link para o cliente: %1</translation>
    </message>
    <message>
        <source>No new link for the customer could be made: %1</source>
        <translation>Não foi possível criar um novo link para o cliente: %1</translation>
    </message>
    <message>
        <source>Link %1 is already valid: there is nothing for the customer to do. No link was made for them.</source>
        <translation>O vínculo %1 já está válido: o cliente não tem nada a fazer. Nenhum link foi criado para ele.</translation>
    </message>
    <message>
        <source>No link for the customer was made: link %1 could not be checked first: %2</source>
        <translation>Nenhum link para o cliente foi criado: não foi possível verificar antes o vínculo %1: %2</translation>
    </message>
    <message>
        <source>Link %1 is valid, but Relink never saw it not valid since the customer&apos;s link was made: it cannot tell who fixed it.</source>
        <translation>O vínculo %1 está válido, mas, desde que o link do cliente foi criado, o Relink nunca o viu fora do status válido: não é possível saber quem o corrigiu.</translation>
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
        <translation>Mostrar todas as tentativas registradas deste vínculo (%1)</translation>
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
        <translation>sem resposta HTTP</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>request ids: %1</source>
        <translation>IDs das solicitações: %1</translation>
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
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Início: %1</translation>
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
        <translation>Status do vínculo: %1</translation>
    </message>
    <message>
        <source>Fields sent: %1</source>
        <translation>Campos enviados: %1</translation>
    </message>
    <message>
        <source>No step was recorded: nothing was sent.</source>
        <translation>Nenhuma etapa foi registrada: nada foi enviado.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Etapas:</translation>
    </message>
</context>
<context>
    <name>relink::HistoryFile</name>
    <message>
        <source>The update history file %1 belongs to another user of this computer, who could read it or add records to it. Relink did not use it: links can still be updated, but this update is not recorded. Move that file away, or choose a history file in a folder only you can write to.</source>
        <translation>O arquivo do histórico de atualizações %1 pertence a outro usuário deste computador, que poderia lê-lo ou acrescentar registros a ele. O Relink não o usou: os vínculos ainda podem ser atualizados, mas esta atualização não fica registrada. Tire esse arquivo do lugar ou escolha um arquivo de histórico em uma pasta em que só você possa escrever.</translation>
    </message>
    <message>
        <source>The update history file %1 is a link to another file, or not a file at all; Relink never follows it. Relink did not use it: links can still be updated, but this update is not recorded. Remove it and let Relink create the file, or choose the real file&apos;s path.</source>
        <translation>O arquivo do histórico de atualizações %1 é um link para outro arquivo, ou nem é um arquivo; o Relink nunca o segue. O Relink não o usou: os vínculos ainda podem ser atualizados, mas esta atualização não fica registrada. Remova-o e deixe o Relink criar o arquivo, ou escolha o caminho do arquivo real.</translation>
    </message>
    <message>
        <source>The folder %1 of the update history can be changed by other users of this computer, who could put their own file in its place. Relink did not use it: links can still be updated, but this update is not recorded. Choose a history file in a folder only you can write to.</source>
        <translation>Outros usuários deste computador podem alterar a pasta %1 do histórico de atualizações e colocar o próprio arquivo no lugar dele. O Relink não a usou: os vínculos ainda podem ser atualizados, mas esta atualização não fica registrada. Escolha um arquivo de histórico em uma pasta em que só você possa escrever.</translation>
    </message>
    <message>
        <source>The update history file %1 cannot be made private to you. Relink did not use it: links can still be updated, but this update is not recorded. Check that the file is yours and on a disk that keeps permissions, or choose another history file.</source>
        <translation>O arquivo do histórico de atualizações %1 não pode ficar privado para você. O Relink não o usou: os vínculos ainda podem ser atualizados, mas esta atualização não fica registrada. Verifique se o arquivo é seu e está em um disco que mantém permissões, ou escolha outro arquivo de histórico.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryLocation</name>
    <message>
        <source>The history address is empty. Leave the setting empty for the history on this computer, or write a file path or a postgresql:// address.</source>
        <translation>O endereço do histórico está vazio. Deixe a configuração vazia para usar o histórico neste computador, ou escreva um caminho de arquivo ou um endereço postgresql://.</translation>
    </message>
    <message>
        <source>Relink keeps the history in a SQLite file or on PostgreSQL; &quot;%1:&quot; is neither. Use a file path, sqlite:/path/history.sqlite or postgresql://USER@HOST/DATABASE.</source>
        <translation>O Relink guarda o histórico em um arquivo SQLite ou no PostgreSQL; &quot;%1:&quot; não é nenhum dos dois. Use um caminho de arquivo, sqlite:/path/history.sqlite ou postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>The history address names no file.</source>
        <translation>O endereço do histórico não indica nenhum arquivo.</translation>
    </message>
    <message>
        <source>Write it as postgresql://USER@HOST:PORT/DATABASE, for example postgresql://relink@teamdb.example.com/relink.</source>
        <translation>Escreva-o como postgresql://USER@HOST:PORT/DATABASE, por exemplo postgresql://relink@teamdb.example.com/relink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address Relink can use. %2</source>
        <translation>&quot;%1&quot; não é um endereço PostgreSQL que o Relink possa usar. %2</translation>
    </message>
    <message>
        <source>The history address holds a password. Take it out: the password goes in ~/.pgpass (or the file PGPASSFILE names), never in the address or the settings.</source>
        <translation>O endereço do histórico contém uma senha. Remova-a: a senha fica em ~/.pgpass (ou no arquivo indicado por PGPASSFILE), nunca no endereço nem nas configurações.</translation>
    </message>
    <message>
        <source>The history address names no database. %1</source>
        <translation>O endereço do histórico não indica nenhum banco de dados. %1</translation>
    </message>
    <message>
        <source>The history address has an option Relink does not take (&quot;%1&quot;); only sslmode is allowed. libpq&apos;s other settings come from its environment (PGSSLROOTCERT…).</source>
        <translation>O endereço do histórico tem uma opção que o Relink não aceita (&quot;%1&quot;); só sslmode é permitido. As outras configurações da libpq vêm do ambiente dela (PGSSLROOTCERT…).</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>sslmode &quot;%1&quot; não é um destes: disable, allow, prefer, require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address Relink can use: the user, host and database are plain names. %2</source>
        <translation>&quot;%1&quot; não é um endereço PostgreSQL que o Relink possa usar: o usuário, o host e o banco de dados devem ser nomes simples. %2</translation>
    </message>
    <message>
        <source>The history address asks for sslmode=%1 with %2, another computer: the database&apos;s password could go to a server that only pretends to be it. Relink reaches a team database on another computer with sslmode=verify-full only: take sslmode out of the address. If the server&apos;s certificate is signed by your company&apos;s own authority, set PGSSLROOTCERT to that authority&apos;s certificate file (or put it in ~/.postgresql/root.crt).</source>
        <translation>O endereço do histórico pede sslmode=%1 com %2, outro computador: a senha do banco de dados poderia ir para um servidor que só finge ser ele. O Relink se conecta a um banco de dados da equipe em outro computador somente com sslmode=verify-full: tire o sslmode do endereço. Se o certificado do servidor for assinado pela autoridade própria da sua empresa, indique em PGSSLROOTCERT o arquivo do certificado dessa autoridade (ou coloque-o em ~/.postgresql/root.crt).</translation>
    </message>
</context>
<context>
    <name>relink::HistoryService</name>
    <message>
        <source>The team history is unreachable; this update is kept on this computer and sent when it is back. %1</source>
        <translation>O histórico da equipe está inacessível; esta atualização fica guardada neste computador e é enviada quando ele voltar. %1</translation>
    </message>
    <message>
        <source>%1 Until it is corrected the history is kept on this computer (%2).</source>
        <translation>%1 Até que isso seja corrigido, o histórico fica guardado neste computador (%2).</translation>
    </message>
    <message>
        <source>The history could not be opened there. Check the address.</source>
        <translation>Não foi possível abrir o histórico nesse endereço. Verifique o endereço.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept on this computer belong to another team history; point Relink at it again to send them.</source>
        <translation>
            <numerusform>%n registro guardado neste computador pertence a outro histórico da equipe; aponte o Relink para ele de novo para enviá-lo.</numerusform>
            <numerusform>%n registros guardados neste computador pertencem a outro histórico da equipe; aponte o Relink para ele de novo para enviá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record could not be sent to the team history (%1). It is kept aside on this computer; the records after it are sent.</source>
        <translation>Não foi possível enviar um registro ao histórico da equipe (%1). Ele fica separado neste computador; os registros seguintes são enviados.</translation>
    </message>
    <message numerus="yes">
        <source>The team history is unreachable; %n record(s) kept on this computer will be sent when it is back. %1</source>
        <translation>
            <numerusform>Não é possível acessar o histórico da equipe; %n registro guardado neste computador será enviado quando ele voltar. %1</numerusform>
            <numerusform>Não é possível acessar o histórico da equipe; %n registros guardados neste computador serão enviados quando ele voltar. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relink::HistorySettings</name>
    <message>
        <source>%1 is set in the environment: it decides where the history is kept, not this setting. Unset it to choose here.</source>
        <translation>%1 está definida no ambiente: é ela que decide onde o histórico fica guardado, não esta configuração. Remova-a do ambiente para escolher aqui.</translation>
    </message>
    <message>
        <source>RELINK_AGENT is set in the environment: the history records you as “%1”.</source>
        <translation>RELINK_AGENT está definida no ambiente: o histórico registra você como “%1”.</translation>
    </message>
    <message>
        <source>The team history is kept by its database, for as long as the team decides: this number deletes nothing from it.</source>
        <translation>O histórico da equipe é mantido pelo banco de dados dele, pelo tempo que a equipe decidir: este número não apaga nada dele.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Connected to %1; the history is recorded there.</source>
        <translation>Conectado a %1; o histórico é registrado lá.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryStore</name>
    <message>
        <source>The update history (%1) cannot be opened: it is damaged or locked by another program. Links can still be updated; this update is not recorded. Close other Relink windows, or move the file away to start a new history.</source>
        <translation>Não é possível abrir o histórico de atualizações (%1): ele está danificado ou bloqueado por outro programa. Os vínculos ainda podem ser atualizados; esta atualização não será registrada. Feche as outras janelas do Relink ou mova o arquivo para outro lugar para começar um novo histórico.</translation>
    </message>
    <message>
        <source>This update could not be written to the history (%1). The update itself is not affected.</source>
        <translation>Não foi possível gravar esta atualização no histórico (%1). A atualização em si não é afetada.</translation>
    </message>
    <message>
        <source>The history could not be read (%1). Close other Relink windows, then open the history again; updates are not affected.</source>
        <translation>Não foi possível ler o histórico (%1). Feche as outras janelas do Relink e abra o histórico de novo; as atualizações não são afetadas.</translation>
    </message>
    <message>
        <source>The update history (%1) was written by a newer Relink. Links can still be updated; this update is not recorded. Update Relink to keep recording; the file is fine as it is.</source>
        <translation>O histórico de atualizações (%1) foi gravado por uma versão mais nova do Relink. Os vínculos ainda podem ser atualizados; esta atualização não é registrada. Atualize o Relink para continuar registrando; o arquivo está correto como está.</translation>
    </message>
    <message>
        <source>The history could not be cleared (%1). Close other Relink windows, then try again.</source>
        <translation>Não foi possível limpar o histórico (%1). Feche as outras janelas do Relink e tente novamente.</translation>
    </message>
    <message>
        <source>The history could not be read (%1). The wait goes on; it is recorded as an attempt of its own.</source>
        <translation>Não foi possível ler o histórico (%1). A espera continua; ela é registrada como uma tentativa à parte.</translation>
    </message>
    <message>
        <source>The team history needs Qt&apos;s PostgreSQL driver, which is not installed (Debian: libqt6sql6-psql). Install it, or use the history on this computer.</source>
        <translation>O histórico da equipe precisa do driver PostgreSQL do Qt, que não está instalado (Debian: libqt6sql6-psql). Instale-o, ou use o histórico neste computador.</translation>
    </message>
    <message>
        <source>The team history (%1) did not accept the password of %2, or none was found. Put the right one in ~/.pgpass (or the file PGPASSFILE names) and try again.</source>
        <translation>O histórico da equipe (%1) não aceitou a senha de %2, ou nenhuma foi encontrada. Coloque a senha certa em ~/.pgpass (ou no arquivo indicado por PGPASSFILE) e tente novamente.</translation>
    </message>
    <message>
        <source>Relink could not connect to %1 (%2). Check that the server is up and the address is right.</source>
        <translation>O Relink não conseguiu se conectar a %1 (%2). Verifique se o servidor está no ar e se o endereço está certo.</translation>
    </message>
    <message>
        <source>The team history (%1) was set up by a newer Relink. Update Relink on this computer to record there.</source>
        <translation>O histórico da equipe (%1) foi configurado por uma versão mais nova do Relink. Atualize o Relink neste computador para registrar lá.</translation>
    </message>
    <message>
        <source>The team history (%1) could not be prepared (%2). Ask whoever runs the database whether %3 may create tables in it.</source>
        <translation>O histórico da equipe (%1) não pôde ser preparado (%2). Pergunte a quem administra o banco de dados se %3 pode criar tabelas nele.</translation>
    </message>
    <message>
        <source>This update could not be kept on this computer for the team history (%1); it is not recorded. The update itself is not affected.</source>
        <translation>Esta atualização não pôde ficar guardada neste computador para o histórico da equipe (%1); ela não é registrada. A atualização em si não é afetada.</translation>
    </message>
    <message>
        <source>The team history is kept by its database; Relink does not clear it. Ask whoever runs it.</source>
        <translation>O histórico da equipe é mantido pelo banco de dados dele; o Relink não o limpa. Fale com quem administra o banco.</translation>
    </message>
    <message>
        <source>Relink could not make sure that %1 is the team&apos;s database: it offers no encrypted connection, or its certificate is not signed by an authority Relink trusts, or not made for %2. The password was not sent. Set PGSSLROOTCERT to the certificate file of the authority that signed the server&apos;s certificate (or put it in ~/.postgresql/root.crt), and check that the address names the host the certificate was made for.</source>
        <translation>O Relink não conseguiu confirmar que %1 é o banco de dados da equipe: ele não oferece conexão criptografada, ou o certificado dele não é assinado por uma autoridade em que o Relink confia, ou não foi feito para %2. A senha não foi enviada. Indique em PGSSLROOTCERT o arquivo do certificado da autoridade que assinou o certificado do servidor (ou coloque-o em ~/.postgresql/root.crt) e verifique se o endereço indica o host para o qual o certificado foi feito.</translation>
    </message>
    <message>
        <source>Who is on which link could not be read from the history (%1). Ask your team before going ahead.</source>
        <translation>Não foi possível ler do histórico quem está em cada vínculo (%1). Pergunte à sua equipe antes de seguir.</translation>
    </message>
    <message>
        <source>The history could not record who is on the link (%1): colleagues will not see it. Tell them you are on it.</source>
        <translation>O histórico não pôde registrar quem está no vínculo (%1): os colegas não verão isso. Avise-os de que você está nele.</translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2. Choose another folder.</source>
        <translation>Não foi possível exportar o histórico para %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Old attempts could not be deleted from the history (%1). What was deleted stays deleted, and nothing recorded since is touched; try again later.</source>
        <translation>Não foi possível apagar as tentativas antigas do histórico (%1). O que já foi apagado continua apagado, e nada registrado desde então é tocado; tente de novo mais tarde.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryTableModel</name>
    <message>
        <source>The history could not be read. Check its address in Settings › History, then open the history again.</source>
        <translation>Não foi possível ler o histórico. Verifique o endereço em Configurações › Histórico e abra o histórico de novo.</translation>
    </message>
</context>
<context>
    <name>relink::HistoryWindow</name>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Waiting for MFA</source>
        <translation>Aguardando MFA</translation>
    </message>
    <message>
        <source>Belvo errors</source>
        <translation>Erros da Belvo</translation>
    </message>
    <message>
        <source>HTTP errors</source>
        <translation>Erros HTTP</translation>
    </message>
    <message>
        <source>Network problems</source>
        <translation>Problemas de rede</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Limpar histórico</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Link id</source>
        <translation>ID do vínculo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>Campos enviados</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
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
        <translation>IDs das solicitações</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Status do vínculo</translation>
    </message>
    <message>
        <source>No updates in this period.</source>
        <translation>Nenhuma atualização neste período.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <source>Delete every recorded update from this computer? Belvo keeps its own records; this cannot be undone.</source>
        <translation>Excluir todas as atualizações registradas neste computador? A Belvo mantém os próprios registros; isto não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Sent to the customer</source>
        <translation>Enviado ao cliente</translation>
    </message>
    <message>
        <source>Still waiting for the customer</source>
        <translation>Ainda aguardando o cliente</translation>
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
        <translation>Histórico da equipe: %1</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>Neste computador: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>Select an attempt to see its steps, their HTTP statuses and request ids.</source>
        <translation>Selecione uma tentativa para ver as etapas dela, os status HTTP e os IDs das solicitações.</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request ids</source>
        <translation>Copiar os IDs das solicitações da tentativa selecionada</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciada em %1</translation>
    </message>
    <message>
        <source>Request id copied.</source>
        <translation>ID da solicitação copiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n request ids copied.</source>
        <translation>
            <numerusform>%n ID da solicitação copiado.</numerusform>
            <numerusform>%n IDs das solicitações copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
</context>
<context>
    <name>relink::LaunchHandler</name>
    <message>
        <source>Link not opened</source>
        <translation>Vínculo não aberto</translation>
    </message>
    <message>
        <source>Link %1 opened in demo mode, not in %2 as the ticket says: choose %2 in the Environment list to check it there.</source>
        <translation>Vínculo %1 aberto no modo demo, não em %2 como diz o ticket: escolha %2 na lista Ambiente para verificá-lo lá.</translation>
    </message>
    <message>
        <source>Link %1 opened in %2.</source>
        <translation>Vínculo %1 aberto em %2.</translation>
    </message>
    <message>
        <source>Link %1 opened.</source>
        <translation>Vínculo %1 aberto.</translation>
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
        <translation>Ticket em vigor: %1</translation>
    </message>
    <message>
        <source>No ticket in force</source>
        <translation>Nenhum ticket em vigor</translation>
    </message>
</context>
<context>
    <name>relink::LinkId</name>
    <message>
        <source>Paste the link id, or a dashboard or API URL that contains it.</source>
        <translation>Cole o ID do vínculo ou uma URL do painel ou da API que o contenha.</translation>
    </message>
    <message>
        <source>✓ A valid link id.</source>
        <translation>✓ Um ID de vínculo válido.</translation>
    </message>
    <message>
        <source>Not a link id yet. A link id looks like 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</source>
        <translation>Ainda não é um ID de vínculo. Um ID de vínculo se parece com 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.</translation>
    </message>
</context>
<context>
    <name>relink::LinkListing</name>
    <message>
        <source>The start date (%1) is after the end date (%2). Swap them, or leave one out.</source>
        <translation>A data inicial (%1) é posterior à data final (%2). Inverta-as ou omita uma delas.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n link(s) listed; more match.</source>
        <translation>
            <numerusform>%n vínculo listado; há mais que correspondem.</numerusform>
            <numerusform>Os primeiros %n vínculos listados; há mais que correspondem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n link(s) listed.</source>
        <translation>
            <numerusform>Tudo listado: %n vínculo.</numerusform>
            <numerusform>Tudo listado: %n vínculos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Belvo&apos;s pages of links lead in a circle (a page names an earlier one as the next), so the listing stopped after %n link(s). Try again; if it happens again, report it to Belvo.</source>
        <translation>
            <numerusform>As páginas de vínculos da Belvo formam um ciclo (uma página indica uma anterior como a próxima), então a listagem parou depois de %n vínculo. Tente novamente; se acontecer de novo, informe isto à Belvo.</numerusform>
            <numerusform>As páginas de vínculos da Belvo formam um ciclo (uma página indica uma anterior como a próxima), então a listagem parou depois de %n vínculos. Tente novamente; se acontecer de novo, informe isto à Belvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Cancelado. Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n link(s); list them again to see them all.</source>
        <translation>
            <numerusform>Cancelado depois de %n vínculo; liste-os de novo para ver todos.</numerusform>
            <numerusform>Cancelado depois de %n vínculos; liste-os de novo para ver todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the first page of links arrived.</source>
        <translation>Cancelado antes de a primeira página de vínculos chegar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link status. Give one or more of %2 (separated by commas), or all.</source>
        <translation>&quot;%1&quot; não é um status de vínculo. Informe um ou mais de %2 (separados por vírgulas), ou all.</translation>
    </message>
    <message>
        <source>No link status given. Give one or more of %1 (separated by commas), or all.</source>
        <translation>Nenhum status de vínculo informado. Informe um ou mais de %1 (separados por vírgulas), ou all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Give it as YYYY-MM-DD, e.g. 2026-11-24.</source>
        <translation>&quot;%1&quot; não é uma data. Informe-a como YYYY-MM-DD, ex.: 2026-11-24.</translation>
    </message>
    <message>
        <source>The answer is not a page of links: it has no &quot;results&quot; list.</source>
        <translation>A resposta não é uma página de vínculos: ela não tem a lista &quot;results&quot;.</translation>
    </message>
    <message>
        <source>The page of links has no valid &quot;count&quot;.</source>
        <translation>A página de vínculos não tem um &quot;count&quot; válido.</translation>
    </message>
    <message>
        <source>The page of links gives an unreadable address for the next page.</source>
        <translation>A página de vínculos informa um endereço ilegível para a próxima página.</translation>
    </message>
    <message>
        <source>Item %1 of the page is not a link: %2</source>
        <translation>O item %1 da página não é um vínculo: %2</translation>
    </message>
    <message>
        <source>The list&apos;s next page is on %1, not on %2, so Relink stopped there and sent nothing to it (the secret keys would go with it). Check the base URL; if it is right, report this to Belvo.</source>
        <translation>A próxima página da lista está em %1, não em %2, então o Relink parou ali e não enviou nada para lá (as chaves secretas iriam junto). Verifique a URL base; se estiver correta, informe isto à Belvo.</translation>
    </message>
</context>
<context>
    <name>relink::LinkPicture</name>
    <message numerus="yes">
        <source>%1: %n link(s) need attention, and Belvo reports the bank down — updates will fail until it is back.</source>
        <translation>
            <numerusform>%1: %n vínculo precisa de atenção, e o Belvo informa o banco fora do ar: as atualizações falharão até ele voltar.</numerusform>
            <numerusform>%1: %n vínculos precisam de atenção, e o Belvo informa o banco fora do ar: as atualizações falharão até ele voltar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) listed, and Belvo reports the bank down — updates will fail until it is back.</source>
        <translation>
            <numerusform>%1: %n vínculo listado, e o Belvo informa o banco fora do ar: as atualizações falharão até ele voltar.</numerusform>
            <numerusform>%1: %n vínculos listados, e o Belvo informa o banco fora do ar: as atualizações falharão até ele voltar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of the %2 links needing attention are at this bank. It may be failing: update one and see before the others.</source>
        <translation>
            <numerusform>%1: %n dos %2 vínculos que precisam de atenção é deste banco. Ele pode estar falhando: atualize um e veja antes dos outros.</numerusform>
            <numerusform>%1: %n dos %2 vínculos que precisam de atenção são deste banco. Ele pode estar falhando: atualize um e veja antes dos outros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of the %2 links listed are at this bank. It may be failing: update one and see before the others.</source>
        <translation>
            <numerusform>%1: %n dos %2 vínculos listados é deste banco. Ele pode estar falhando: atualize um e veja antes dos outros.</numerusform>
            <numerusform>%1: %n dos %2 vínculos listados são deste banco. Ele pode estar falhando: atualize um e veja antes dos outros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relink::LinkPreflight</name>
    <message>
        <source>%1 is on link %2 now (since %3): check with them before going ahead.</source>
        <translation>%1 está agora no vínculo %2 (desde %3): fale com essa pessoa antes de seguir.</translation>
    </message>
    <message>
        <source>Check link again before Update or Send to the customer: its history and who is on it are read first.</source>
        <translation>Verifique o vínculo de novo antes de Atualizar credenciais ou Enviar ao cliente: primeiro são lidos o histórico e quem está nele.</translation>
    </message>
    <message>
        <source>Checking this link&apos;s history and who is on it…</source>
        <translation>Verificando o histórico deste vínculo e quem está nele…</translation>
    </message>
    <message>
        <source>Before Update or Send to customer: confirm what is found above, and tick Confirmed.</source>
        <translation>Antes de Atualizar credenciais ou Enviar ao cliente: confirme o que está indicado acima e marque Confirmado.</translation>
    </message>
</context>
<context>
    <name>relink::LinkSummary</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
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
        <translation>O vínculo %1 está válido de novo: a Belvo consegue acessar o banco.</translation>
    </message>
    <message>
        <source>Link %1 is still %2: the customer has not finished in time. Ask them whether they got through, then check the link again or start a new hand-off.</source>
        <translation>O vínculo %1 ainda está com status %2: o cliente não terminou a tempo. Pergunte a ele se conseguiu concluir e depois verifique o vínculo de novo ou inicie um novo envio ao cliente.</translation>
    </message>
    <message>
        <source>The time ran out before Belvo said how link %1 is. Check the link, or wait again.</source>
        <translation>O tempo acabou antes de a Belvo informar o status do vínculo %1. Verifique o vínculo ou aguarde de novo.</translation>
    </message>
    <message>
        <source>The time ran out before link %1 could be checked: %2</source>
        <translation>O tempo acabou antes que fosse possível verificar o vínculo %1: %2</translation>
    </message>
    <message>
        <source>Stopped waiting for link %1 before its status was known.</source>
        <translation>A espera pelo vínculo %1 foi interrompida antes de o status dele ser conhecido.</translation>
    </message>
    <message>
        <source>Stopped waiting for link %1; it was last seen %2.</source>
        <translation>A espera pelo vínculo %1 foi interrompida; o último status visto foi %2.</translation>
    </message>
</context>
<context>
    <name>relink::LinksTableModel</name>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>disponível</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fora do ar</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 por %2 às %3</translation>
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
        <translation>Precisam de atenção (inválido, token necessário)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Token required</source>
        <translation>Token necessário</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos os vínculos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Último acesso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Link id</source>
        <translation>ID do vínculo</translation>
    </message>
    <message>
        <source>There are no API keys for this environment: add them in File › Settings, then Refresh.</source>
        <translation>Não há chaves de API para este ambiente: adicione-as em Arquivo › Configurações e depois clique em Atualizar.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Carregando vínculos…</translation>
    </message>
    <message>
        <source>1 link needs attention</source>
        <translation>1 vínculo precisa de atenção</translation>
    </message>
    <message>
        <source>%1 links need attention</source>
        <translation>%1 vínculos precisam de atenção</translation>
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
        <translation>(%1 exibidos: role para baixo para ver mais)</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh to list the links again.</source>
        <translation>O carregamento foi cancelado. Clique em Atualizar para listar os vínculos de novo.</translation>
    </message>
    <message>
        <source>The list stopped: %1</source>
        <translation>A lista parou: %1</translation>
    </message>
    <message>
        <source>Belvo&apos;s request id: %1</source>
        <translation>ID da solicitação da Belvo: %1</translation>
    </message>
    <message>
        <source>(%1 shown: Refresh to list them all)</source>
        <translation>(%1 exibidos: clique em Atualizar para listar todos)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>— 1 matches the search</source>
        <translation>— 1 corresponde à pesquisa</translation>
    </message>
    <message>
        <source>— %1 match the search</source>
        <translation>— %1 correspondem à pesquisa</translation>
    </message>
    <message>
        <source>Bank&apos;s health</source>
        <translation>Estado do banco</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Última tentativa</translation>
    </message>
    <message>
        <source>Who is on it</source>
        <translation>Quem está nele</translation>
    </message>
    <message>
        <source>Hand-off open until</source>
        <translation>Envio ao cliente aberto até</translation>
    </message>
    <message numerus="yes">
        <source>— %n with nobody on it</source>
        <translation>
            <numerusform>— %n sem ninguém nele</numerusform>
            <numerusform>— %n sem ninguém neles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n match(es) the search, with nobody on it</source>
        <translation>
            <numerusform>— %n corresponde à busca, sem ninguém nele</numerusform>
            <numerusform>— %n correspondem à busca, sem ninguém neles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (Belvo reports it down)</source>
        <translation>%1 %2 (o Belvo o informa fora do ar)</translation>
    </message>
    <message>
        <source>%1 %2 (healthy)</source>
        <translation>%1 %2 (disponível)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more bank(s)</source>
        <translation>
            <numerusform>mais %n banco</numerusform>
            <numerusform>mais %n bancos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By bank, of the %n listed so far:</source>
        <translation>
            <numerusform>Por banco, do %n listado até agora:</numerusform>
            <numerusform>Por banco, dos %n listados até agora:</numerusform>
        </translation>
    </message>
    <message>
        <source>By bank:</source>
        <translation>Por banco:</translation>
    </message>
    <message>
        <source>Who is on each link and the last attempts could not be read (Relink tries again every minute, and on Refresh): %1</source>
        <translation>Não foi possível ler quem está em cada vínculo nem as últimas tentativas (o Relink tenta de novo a cada minuto, e ao Atualizar): %1</translation>
    </message>
</context>
<context>
    <name>relink::MainWindow</name>
    <message>
        <source>PRODUCTION: real customers&apos; banks</source>
        <translation>PRODUÇÃO: bancos de clientes reais</translation>
    </message>
    <message>
        <source>%1 — Relink</source>
        <translation>%1 — Relink</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUÇÃO</translation>
    </message>
    <message>
        <source>Add the API keys for %1 in File › Settings.</source>
        <translation>Adicione as chaves de API de %1 em Arquivo › Configurações.</translation>
    </message>
    <message>
        <source>Enter the link id first.</source>
        <translation>Digite primeiro o ID do vínculo.</translation>
    </message>
    <message>
        <source>Updating the credentials… (the bank may take a minute)</source>
        <translation>Atualizando as credenciais… (o banco pode levar um minuto)</translation>
    </message>
    <message>
        <source>Waiting for the bank&apos;s MFA token…</source>
        <translation>Aguardando o token MFA do banco…</translation>
    </message>
    <message>
        <source>Enter the link id above, and the credential fields appear here.</source>
        <translation>Digite acima o ID do vínculo e os campos de credenciais aparecem aqui.</translation>
    </message>
    <message>
        <source>The credential fields were emptied: what was typed belonged to another link.</source>
        <translation>Os campos de credenciais foram esvaziados: o que foi digitado pertencia a outro vínculo.</translation>
    </message>
    <message numerus="yes">
        <source>Belvo is limiting requests: Update is available again in %n second(s).</source>
        <translation>
            <numerusform>A Belvo está limitando as solicitações: Atualizar credenciais fica disponível novamente em %n segundo.</numerusform>
            <numerusform>A Belvo está limitando as solicitações: Atualizar credenciais fica disponível novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer updated the link</source>
        <translation>O cliente atualizou o vínculo</translation>
    </message>
    <message>
        <source>%1 Correct the ticket, or empty its field.</source>
        <translation>%1 Corrija o ticket, ou deixe o campo dele vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Belvo is limiting requests: Update is available again at %1, in %n minute(s).</source>
        <translation>
            <numerusform>A Belvo está limitando as solicitações: Atualizar credenciais fica disponível novamente às %1, em %n minuto.</numerusform>
            <numerusform>A Belvo está limitando as solicitações: Atualizar credenciais fica disponível novamente às %1, em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the link: the fields its bank asks for appear here.</source>
        <translation>Verificando o vínculo: os campos que o banco dele pede aparecem aqui.</translation>
    </message>
    <message>
        <source>Check link to see the fields this link&apos;s bank asks for.</source>
        <translation>Clique em Verificar vínculo para ver os campos que o banco deste vínculo pede.</translation>
    </message>
    <message>
        <source>Loading the link…</source>
        <translation>Carregando o vínculo…</translation>
    </message>
    <message>
        <source>The link could not be loaded</source>
        <translation>Não foi possível carregar o vínculo</translation>
    </message>
    <message>
        <source>Showing every field, since the link could not be loaded: fill in what the customer gave you.</source>
        <translation>Mostrando todos os campos, pois não foi possível carregar o vínculo: preencha o que o cliente lhe informou.</translation>
    </message>
    <message>
        <source>Current state of the link</source>
        <translation>Estado atual do vínculo</translation>
    </message>
    <message>
        <source>Loading the fields %1 needs…</source>
        <translation>Carregando os campos que %1 exige…</translation>
    </message>
    <message>
        <source>Link %1 opens when what is running ends.</source>
        <translation>O vínculo %1 abre quando o que está em andamento terminar.</translation>
    </message>
    <message>
        <source>Checking this link&apos;s history and who is on it…</source>
        <translation>Verificando o histórico deste vínculo e quem está nele…</translation>
    </message>
</context>
<context>
    <name>relink::MfaDialog</name>
    <message>
        <source>The bank asks for a one-time token. Ask the customer for it.</source>
        <translation>O banco pede um token de uso único. Peça-o ao cliente.</translation>
    </message>
    <message>
        <source>The bank did not say how long this session lasts.</source>
        <translation>O banco não informou quanto tempo esta sessão dura.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Tempo restante: %1:%2</translation>
    </message>
    <message>
        <source>The session expired.</source>
        <translation>A sessão expirou.</translation>
    </message>
    <message numerus="yes">
        <source>The bank&apos;s token has at most %n character(s).</source>
        <translation>
            <numerusform>O token do banco tem no máximo %n caractere.</numerusform>
            <numerusform>O token do banco tem no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a token the bank accepts: check it with the customer.</source>
        <translation>Este não é um token que o banco aceita: confira-o com o cliente.</translation>
    </message>
    <message>
        <source>Copied the QR code as an image.</source>
        <translation>Código QR copiado como imagem.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The bank asks for a token</source>
        <translation>O banco pede um token</translation>
    </message>
    <message>
        <source>Approve the login on the customer&apos;s phone</source>
        <translation>Aprove o login no celular do cliente</translation>
    </message>
    <message>
        <source>Stop waiting for the code?</source>
        <translation>Parar de aguardar o código?</translation>
    </message>
    <message>
        <source>The bank&apos;s session ends and the customer may get another code.</source>
        <translation>A sessão do banco termina e o cliente pode receber outro código.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Continuar aguardando</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de aguardar</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Salvar o código QR</translation>
    </message>
    <message>
        <source>qr-code.png</source>
        <translation>codigo-qr.png</translation>
    </message>
    <message>
        <source>Saved the QR code to %1.</source>
        <translation>Código QR salvo em %1.</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1.</source>
        <translation>Não foi possível salvar o código QR em %1.</translation>
    </message>
</context>
<context>
    <name>relink::Preflight</name>
    <message>
        <source>no history is kept here.</source>
        <translation>aqui não se mantém histórico.</translation>
    </message>
    <message>
        <source>there is no connection to Belvo.</source>
        <translation>não há conexão com a Belvo.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s).</source>
        <translation>
            <numerusform>não respondeu em %n segundo.</numerusform>
            <numerusform>não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Belvo reports %1 down (checked at %2): the update will most likely fail. Try later.</source>
        <translation>A Belvo informa que %1 está fora do ar (verificado às %2): a atualização muito provavelmente vai falhar. Tente mais tarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) for this link since %1 (%2). Banks often lock online banking after 3: confirm the password with the customer first.</source>
        <translation>
            <numerusform>%n senha errada para este vínculo desde %1 (%2). Os bancos costumam bloquear o internet banking depois de 3: confirme a senha com o cliente primeiro.</numerusform>
            <numerusform>%n senhas erradas para este vínculo desde %1 (%2). Os bancos costumam bloquear o internet banking depois de 3: confirme a senha com o cliente primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the customer by %1 at %2, open until %3: updating now can clash with the customer&apos;s own update.</source>
        <translation>Enviado ao cliente por %1 às %2, aberto até %3: atualizar agora pode conflitar com a atualização do próprio cliente.</translation>
    </message>
    <message>
        <source>Link %1 is valid already: updating replaces working credentials.</source>
        <translation>O vínculo %1 já é válido: atualizar substitui credenciais que funcionam.</translation>
    </message>
    <message>
        <source>The link could not be checked: %1</source>
        <translation>Não foi possível verificar o vínculo: %1</translation>
    </message>
    <message>
        <source>The bank&apos;s health could not be checked: %1</source>
        <translation>Não foi possível verificar a situação do banco: %1</translation>
    </message>
    <message>
        <source>The history could not be read, so earlier login errors and hand-offs were not checked: %1</source>
        <translation>Não foi possível ler o histórico, então erros de login e envios ao cliente anteriores não foram verificados: %1</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>accepted by Belvo</source>
        <translation>aceito pela Belvo</translation>
    </message>
    <message>
        <source>stopped at the bank&apos;s MFA</source>
        <translation>parado no MFA do banco</translation>
    </message>
    <message>
        <source>sent to the customer</source>
        <translation>enviado ao cliente</translation>
    </message>
    <message>
        <source>sent to the customer, not done in time</source>
        <translation>enviado ao cliente, não concluído a tempo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>não concluído</translation>
    </message>
    <message>
        <source>Belvo&apos;s error %1</source>
        <translation>erro %1 da Belvo</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer from Belvo (%1)</source>
        <translation>sem resposta da Belvo (%1)</translation>
    </message>
    <message>
        <source>Last attempt: %1, by %2 at %3.</source>
        <translation>Última tentativa: %1, por %2 em %3.</translation>
    </message>
    <message>
        <source>the check was stopped before it answered.</source>
        <translation>a verificação foi interrompida antes que ele respondesse.</translation>
    </message>
    <message>
        <source>%1 is on this link (since %2).</source>
        <translation>%1 está neste vínculo (desde %2).</translation>
    </message>
    <message>
        <source>%1 is on this link (since %2, ticket %3).</source>
        <translation>%1 está neste vínculo (desde %2, ticket %3).</translation>
    </message>
    <message>
        <source>Ask them before going ahead: two updates of one link at once fail (too_many_sessions), and the customer may be asked twice.</source>
        <translation>Pergunte antes de seguir: duas atualizações do mesmo vínculo ao mesmo tempo falham (too_many_sessions), e o cliente pode ser solicitado duas vezes.</translation>
    </message>
    <message>
        <source>the check was stopped.</source>
        <translation>a verificação foi interrompida.</translation>
    </message>
    <message>
        <source>Who else is on this link could not be checked: %1</source>
        <translation>Não foi possível verificar quem mais está neste vínculo: %1</translation>
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
        <translation>Confirmado: seguir mesmo assim (o histórico registra)</translation>
    </message>
    <message>
        <source>Confirmed: go ahead anyway</source>
        <translation>Confirmado: seguir mesmo assim</translation>
    </message>
    <message>
        <source>Update and Send to customer wait for this while a finding above asks to confirm</source>
        <translation>Atualizar credenciais e Enviar ao cliente aguardam esta caixa enquanto um achado acima pedir confirmação</translation>
    </message>
    <message>
        <source>To confirm: %1</source>
        <translation>A confirmar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
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
        <translation>O vínculo foi invalidado após várias falhas de login. Atualize as credenciais dele com as atuais do cliente.</translation>
    </message>
    <message>
        <source>A session with the bank is already open for this link. Wait a few minutes, then try again.</source>
        <translation>Já existe uma sessão aberta com o banco para este vínculo. Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>The MFA session timed out. Start the update again.</source>
        <translation>A sessão MFA excedeu o tempo limite. Inicie a atualização novamente.</translation>
    </message>
    <message>
        <source>The bank is not answering right now. Try again later.</source>
        <translation>O banco não está respondendo no momento. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Belvo has deactivated this institution; the link cannot be updated.</source>
        <translation>A Belvo desativou esta instituição; o vínculo não pode ser atualizado.</translation>
    </message>
    <message>
        <source>This institution does not support this operation. Do not retry.</source>
        <translation>Esta instituição não oferece suporte a esta operação. Não tente novamente.</translation>
    </message>
    <message>
        <source>The link&apos;s creation was never completed. The customer needs to create the link again.</source>
        <translation>A criação do vínculo nunca foi concluída. O cliente precisa criar o vínculo novamente.</translation>
    </message>
    <message>
        <source>The bank rejected the credentials. Check them with the customer and try again.</source>
        <translation>O banco rejeitou as credenciais. Confira-as com o cliente e tente novamente.</translation>
    </message>
    <message>
        <source>Fill in the field %1.</source>
        <translation>Preencha o campo %1.</translation>
    </message>
    <message>
        <source>The value of %1 is not one Belvo knows. Check it.</source>
        <translation>O valor de %1 não é reconhecido pela Belvo. Verifique-o.</translation>
    </message>
    <message>
        <source>Belvo did not accept the secret keys for this environment. Check the keys in Settings (each environment has its own).</source>
        <translation>A Belvo não aceitou as chaves secretas deste ambiente. Verifique as chaves em Configurações (cada ambiente tem as suas).</translation>
    </message>
    <message>
        <source>These secret keys are not allowed to do this. Ask your Belvo administrator for keys with access.</source>
        <translation>Estas chaves secretas não têm permissão para isso. Peça ao administrador da Belvo chaves com acesso.</translation>
    </message>
    <message>
        <source>No link with this id exists in this environment. Check the id and that the right environment is selected.</source>
        <translation>Não existe vínculo com este ID neste ambiente. Verifique o ID e se o ambiente certo está selecionado.</translation>
    </message>
    <message>
        <source>Belvo timed out talking to the bank. Try again later.</source>
        <translation>A Belvo excedeu o tempo limite ao se comunicar com o banco. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Too many requests were sent to Belvo. Wait before trying again.</source>
        <translation>Foram enviadas solicitações demais à Belvo. Aguarde antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Belvo or the bank failed. Try again once or twice; if it keeps failing, report the request id to Belvo.</source>
        <translation>A Belvo ou o banco falhou. Tente novamente uma ou duas vezes; se continuar falhando, informe o ID da solicitação à Belvo.</translation>
    </message>
    <message>
        <source>Belvo refused the request. Check the details, and report the request id to Belvo if it is unclear.</source>
        <translation>A Belvo recusou a solicitação. Verifique os detalhes e informe o ID da solicitação à Belvo se algo não estiver claro.</translation>
    </message>
    <message>
        <source>Working: Belvo can log in to the bank with the stored credentials.</source>
        <translation>Funcionando: a Belvo consegue acessar o banco com as credenciais armazenadas.</translation>
    </message>
    <message>
        <source>Broken: the stored credentials no longer work. Update them.</source>
        <translation>Com falha: as credenciais armazenadas não funcionam mais. Atualize-as.</translation>
    </message>
    <message>
        <source>Unconfirmed: the link&apos;s creation was never completed.</source>
        <translation>Não confirmado: a criação do vínculo nunca foi concluída.</translation>
    </message>
    <message>
        <source>Waiting for an MFA token: update the link and complete the bank&apos;s challenge.</source>
        <translation>Aguardando token MFA: atualize o vínculo e conclua o desafio do banco.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Status desconhecido.</translation>
    </message>
    <message>
        <source>Link %1 is now %2.</source>
        <translation>O vínculo %1 agora está com status %2.</translation>
    </message>
    <message>
        <source>Institution %1 loaded.</source>
        <translation>Instituição %1 carregada.</translation>
    </message>
    <message>
        <source>Connected: Belvo accepted these keys.</source>
        <translation>Conectado: a Belvo aceitou estas chaves.</translation>
    </message>
    <message>
        <source>The bank asks for an MFA token: %1</source>
        <translation>O banco pede um token MFA: %1</translation>
    </message>
    <message>
        <source>The bank asks for an MFA token. %1</source>
        <translation>O banco pede um token MFA. %1</translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s) before retrying.</source>
        <translation>
            <numerusform>A Belvo pede para aguardar %n segundo antes de tentar novamente.</numerusform>
            <numerusform>A Belvo pede para aguardar %n segundos antes de tentar novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belvo accepted the update (HTTP %1) without returning the link.</source>
        <translation>A Belvo aceitou a atualização (HTTP %1) sem retornar o vínculo.</translation>
    </message>
    <message numerus="yes">
        <source>A hand-off link for the customer is ready; it works for %n second(s).</source>
        <translation>
            <numerusform>O link para o cliente está pronto; funciona por %n segundo.</numerusform>
            <numerusform>O link para o cliente está pronto; funciona por %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hand-off link for the customer is ready; it works for %n minute(s).</source>
        <translation>
            <numerusform>O link para o cliente está pronto; funciona por %n minuto.</numerusform>
            <numerusform>O link para o cliente está pronto; funciona por %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match these filters in Belvo&apos;s list.</source>
        <translation>
            <numerusform>%n vínculo corresponde a estes filtros na lista da Belvo.</numerusform>
            <numerusform>%n vínculos correspondem a estes filtros na lista da Belvo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relink::ResultPanel</name>
    <message>
        <source>Hide raw &amp;JSON</source>
        <translation>Ocultar &amp;JSON bruto</translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>Mostrar &amp;JSON bruto</translation>
    </message>
    <message>
        <source>Results appear here.</source>
        <translation>Os resultados aparecem aqui.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>Belvo reported %n problem(s):</source>
        <translation>
            <numerusform>A Belvo relatou %n problema:</numerusform>
            <numerusform>A Belvo relatou %n problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Belvo asks to wait %n second(s) before retrying.</source>
        <translation>
            <numerusform>A Belvo pede para aguardar %n segundo antes de tentar novamente.</numerusform>
            <numerusform>A Belvo pede para aguardar %n segundos antes de tentar novamente.</numerusform>
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
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the request id to give to Belvo</source>
        <translation>Copiar o ID da solicitação para enviar à Belvo</translation>
    </message>
    <message>
        <source>Copy request id %1</source>
        <translation>Copiar o ID da solicitação %1</translation>
    </message>
    <message>
        <source>… (%1 more not shown)</source>
        <translation>… (mais %1 não exibidos)</translation>
    </message>
    <message>
        <source>Credentials updated</source>
        <translation>Credenciais atualizadas</translation>
    </message>
    <message>
        <source>Belvo accepted the update</source>
        <translation>A Belvo aceitou a atualização</translation>
    </message>
    <message>
        <source>The MFA session expired</source>
        <translation>A sessão MFA expirou</translation>
    </message>
    <message>
        <source>MFA cancelled</source>
        <translation>MFA cancelado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The update failed</source>
        <translation>A atualização falhou</translation>
    </message>
    <message>
        <source>%1 (as last read)</source>
        <translation>%1 (na última leitura)</translation>
    </message>
    <message>
        <source>Copied the link id.</source>
        <translation>ID do vínculo copiado.</translation>
    </message>
    <message>
        <source>Copied a summary for the ticket (no credentials in it).</source>
        <translation>Resumo para o ticket copiado (sem nenhuma credencial).</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>About link %1</source>
        <translation>Sobre o vínculo %1</translation>
    </message>
    <message>
        <source>About link %1 (external id %2)</source>
        <translation>Sobre o vínculo %1 (ID externo %2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>HTTP status: none (no answer from the server)</source>
        <translation>Status HTTP: nenhum (sem resposta do servidor)</translation>
    </message>
    <message>
        <source>Copied request id %1.</source>
        <translation>ID da solicitação %1 copiado.</translation>
    </message>
</context>
<context>
    <name>relink::SampleLinks</name>
    <message>
        <source>Erebor Mexico: updated</source>
        <translation>Erebor Mexico: atualizado</translation>
    </message>
    <message>
        <source>the link becomes valid (the PIN is optional: 4 digits).</source>
        <translation>o vínculo fica válido (o PIN é opcional: 4 dígitos).</translation>
    </message>
    <message>
        <source>Heimdall Mexico: SMS code</source>
        <translation>Heimdall Mexico: código por SMS</translation>
    </message>
    <message>
        <source>choose a document type; the bank asks for a code: 111111 is accepted, 999999 is not.</source>
        <translation>escolha um tipo de documento; o banco pede um código: 111111 é aceito, 999999 não.</translation>
    </message>
    <message>
        <source>Heimdall Mexico: QR code</source>
        <translation>Heimdall Mexico: código QR</translation>
    </message>
    <message>
        <source>choose a document type; the bank shows a QR code, then accepts the code 111111.</source>
        <translation>escolha um tipo de documento; o banco mostra um código QR e depois aceita o código 111111.</translation>
    </message>
    <message>
        <source>Gotham Business Bank: approve on phone</source>
        <translation>Gotham Business Bank: aprovação no celular</translation>
    </message>
    <message>
        <source>the bank waits for the customer to approve; then press I have approved it.</source>
        <translation>o banco aguarda a aprovação do cliente; depois pressione Já aprovei.</translation>
    </message>
    <message>
        <source>Sample links:</source>
        <translation>Vínculos de exemplo:</translation>
    </message>
    <message>
        <source>Fills in link %1</source>
        <translation>Preenche o vínculo %1</translation>
    </message>
    <message>
        <source>Fills in a sample link of the demo; password %1</source>
        <translation>Preenche um vínculo de exemplo do modo Demo; senha %1</translation>
    </message>
    <message>
        <source>Sample link %1: the password is %2; %3</source>
        <translation>Vínculo de exemplo %1: a senha é %2; %3</translation>
    </message>
    <message>
        <source>Erebor Brazil: bank down</source>
        <translation>Erebor Brazil: banco fora do ar</translation>
    </message>
    <message>
        <source>Belvo reports this bank down: the update fails until it is back.</source>
        <translation>A Belvo informa que este banco está fora do ar: a atualização falha até que ele volte.</translation>
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
        <translation>O Relink usará este idioma a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>(saved; type to replace)</source>
        <translation>(salvo; digite para substituir)</translation>
    </message>
    <message>
        <source>Keys for %1 are saved in the system keychain.</source>
        <translation>As chaves de %1 estão salvas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Keys for %1 are used for this session only; they are not saved.</source>
        <translation>As chaves de %1 são usadas só nesta sessão; elas não são salvas.</translation>
    </message>
    <message>
        <source>No keys for %1 yet. Paste them from the Belvo dashboard.</source>
        <translation>Ainda não há chaves para %1. Cole-as do painel da Belvo.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so keys cannot be saved. Use “Use for this session only” to work with them until Relink closes. (The keychain said: %1)</source>
        <translation>Não há chaveiro do sistema disponível neste computador, então as chaves não podem ser salvas. Use “Usar só nesta sessão” para trabalhar com elas até o Relink ser fechado. (O chaveiro do sistema disse: %1)</translation>
    </message>
    <message>
        <source>Saved in the system keychain. Relink uses these keys for %1 from now on.</source>
        <translation>Salvas no chaveiro do sistema. O Relink usa estas chaves para %1 a partir de agora.</translation>
    </message>
    <message>
        <source>Relink uses these keys for %1 until it closes; they are not saved anywhere.</source>
        <translation>O Relink usa estas chaves para %1 até ser fechado; elas não são salvas em lugar nenhum.</translation>
    </message>
    <message>
        <source>The keys for %1 were removed.</source>
        <translation>As chaves de %1 foram removidas.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>✓ These keys work in %1.</source>
        <translation>✓ Estas chaves funcionam em %1.</translation>
    </message>
    <message>
        <source>✗ Belvo rejected these keys in %1. Check that they belong to this environment.</source>
        <translation>✗ A Belvo rejeitou estas chaves em %1. Verifique se elas pertencem a este ambiente.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Delete older history?</source>
        <translation>Excluir o histórico mais antigo?</translation>
    </message>
    <message numerus="yes">
        <source>Keeping the history for %1 days deletes %n older record(s) from this computer. Belvo keeps its own records. Delete them?</source>
        <translation>
            <numerusform>Manter o histórico por %1 dias exclui %n registro mais antigo deste computador. A Belvo mantém os próprios registros. Excluí-lo?</numerusform>
            <numerusform>Manter o histórico por %1 dias exclui %n registros mais antigos deste computador. A Belvo mantém os próprios registros. Excluí-los?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <source>%n older record(s) deleted.</source>
        <translation>
            <numerusform>%n registro antigo excluído.</numerusform>
            <numerusform>%n registros antigos excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificado CA adicional</translation>
    </message>
    <message>
        <source>Relink trusts the system&apos;s CA certificates only.</source>
        <translation>O Relink confia só nos certificados CA do sistema.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>Relink trusts the certificates in this file as well as the system&apos;s: %1.</source>
        <translation>O Relink confia nos certificados deste arquivo além dos do sistema: %1.</translation>
    </message>
    <message>
        <source>Save the API keys you typed for %1?</source>
        <translation>Salvar as chaves de API que você digitou para %1?</translation>
    </message>
    <message>
        <source>They are not saved yet: closing Settings now drops them.</source>
        <translation>Elas ainda não foram salvas: fechar as Configurações agora as descarta.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar só nesta sessão</translation>
    </message>
</context>
<context>
    <name>relink::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Relink</source>
        <translation>Atalhos de teclado — Relink</translation>
    </message>
    <message>
        <source>The keys of the main window as it is now. Alt+I always reaches Link id; a bank&apos;s fields get the letters left over.</source>
        <translation>As teclas da janela principal como ela está agora. Alt+I sempre leva ao ID do vínculo; os campos de um banco ficam com as letras que sobram.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Each key and what it does</source>
        <translation>Cada tecla e o que ela faz</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In Link id: check the link</source>
        <translation>Em ID do vínculo: verificar o vínculo</translation>
    </message>
    <message>
        <source>In a credential field: update the credentials</source>
        <translation>Em um campo de credencial: atualizar as credenciais</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Cancelar o que está em andamento</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>Próximo campo (Shift+Tab: o anterior)</translation>
    </message>
</context>
<context>
    <name>relink::TicketSummary</name>
    <message>
        <source>Link id</source>
        <translation>ID do vínculo</translation>
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
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Status do vínculo</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>sem resposta (%1)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation>IDs das solicitações</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
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
        <translation>A etapa MFA foi cancelada; o vínculo não foi atualizado. Inicie a atualização novamente quando o cliente estiver pronto.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>Belvo accepted the update, but the link could not be read back: %1 Check the link to see its status.</source>
        <translation>A Belvo aceitou a atualização, mas não foi possível ler o vínculo de volta: %1 Verifique o vínculo para ver o status dele.</translation>
    </message>
    <message>
        <source>The token was not accepted. Ask the customer for the new one and try again.</source>
        <translation>O token não foi aceito. Peça o novo token ao cliente e tente novamente.</translation>
    </message>
    <message>
        <source>The bank&apos;s MFA session expired before a token was sent; the link was not updated. Start the update again when the customer is ready.</source>
        <translation>A sessão MFA do banco expirou antes de um token ser enviado; o vínculo não foi atualizado. Inicie a atualização novamente quando o cliente estiver pronto.</translation>
    </message>
</context>
<context>
    <name>relink::WaitingDock</name>
    <message>
        <source>Waiting for customers</source>
        <translation>Aguardando clientes</translation>
    </message>
    <message>
        <source>Copy customer&apos;s link</source>
        <translation>Copiar link do cliente</translation>
    </message>
    <message>
        <source>Show QR…</source>
        <translation>Mostrar QR…</translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation>Abrir no formulário</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Novo link</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Parar de acompanhar</translation>
    </message>
    <message>
        <source>Stopped waiting for link %1.</source>
        <translation>A espera pelo vínculo %1 foi interrompida.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>The customer&apos;s link for %1 is on the clipboard.</source>
        <translation>O link do cliente para %1 está na área de transferência.</translation>
    </message>
    <message>
        <source>A customer updated their link</source>
        <translation>Um cliente atualizou o vínculo</translation>
    </message>
    <message>
        <source>Link %1 is valid again.</source>
        <translation>O vínculo %1 está válido de novo.</translation>
    </message>
    <message>
        <source>Link %1 (%2) is valid again.</source>
        <translation>O vínculo %1 (%2) está válido de novo.</translation>
    </message>
    <message>
        <source>&amp;Waiting for customers</source>
        <translation>&amp;Aguardando clientes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Jan&amp;ela</translation>
    </message>
    <message>
        <source>No new link for %1 could be made here: send it to the customer again from the form.</source>
        <translation>Não foi possível criar aqui um novo link para %1: envie-o de novo ao cliente pelo formulário.</translation>
    </message>
</context>
<context>
    <name>relink::WaitingTableModel</name>
    <message>
        <source>making the link…</source>
        <translation>criando o link…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>link expired; still watching</source>
        <translation>link expirado; ainda acompanhando</translation>
    </message>
    <message>
        <source>about %1 (can&apos;t be copied again: make a New link)</source>
        <translation>cerca de %1 (não pode ser copiado de novo: crie um Novo link)</translation>
    </message>
    <message>
        <source>valid — the customer updated it at %1</source>
        <translation>válido — o cliente o atualizou às %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>Link id</source>
        <translation>ID do vínculo</translation>
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
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última verificação</translation>
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
        <translation>Sobre o Relink</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relink %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Brings a customer&apos;s Belvo bank link back to life by updating its credentials, through the bank&apos;s MFA challenge when there is one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relink %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reativa o vínculo bancário de um cliente na Belvo atualizando suas credenciais, passando pelo desafio MFA do banco quando houver um.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relink::agent</name>
    <message>
        <source>The agent&apos;s name is longer than %1 characters.</source>
        <translation>O nome do agente tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>The agent&apos;s name holds a control or invisible character.</source>
        <translation>O nome do agente contém um caractere de controle ou invisível.</translation>
    </message>
</context>
<context>
    <name>relink::cacertificates</name>
    <message>
        <source>Cannot read the CA certificate file %1. Check the path and that you may read it.</source>
        <translation>Não é possível ler o arquivo de certificado CA %1. Verifique o caminho e se você tem permissão de leitura.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a CA certificate file (%2 bytes; at most %3). Choose the CA certificate your IT team gave you.</source>
        <translation>O arquivo %1 é grande demais para ser um arquivo de certificado CA (%2 bytes; no máximo %3). Escolha o certificado CA que sua equipe de TI forneceu.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (text starting with “-----BEGIN CERTIFICATE-----”). Choose the CA certificate your IT team gave you, in PEM format.</source>
        <translation>O arquivo %1 não contém nenhum certificado PEM (texto que começa com “-----BEGIN CERTIFICATE-----”). Escolha o certificado CA que sua equipe de TI forneceu, em formato PEM.</translation>
    </message>
</context>
<context>
    <name>relink::credentials</name>
    <message>
        <source>The field %1 contains a control character or an invalid character. Retype it instead of pasting it.</source>
        <translation>O campo %1 contém um caractere de controle ou inválido. Digite-o em vez de colá-lo.</translation>
    </message>
    <message>
        <source>The field %1 is too long (at most %2 characters).</source>
        <translation>O campo %1 é longo demais (no máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>The field %1 must be base64 text (the file&apos;s contents, encoded).</source>
        <translation>O campo %1 deve ser texto base64 (o conteúdo do arquivo, codificado).</translation>
    </message>
    <message>
        <source>A certificate and a private key go together: give both or neither.</source>
        <translation>Um certificado e uma chave privada andam juntos: informe os dois ou nenhum.</translation>
    </message>
    <message>
        <source>The fields are not valid JSON (%1 at offset %2).</source>
        <translation>Os campos não são um JSON válido (%1 na posição %2).</translation>
    </message>
    <message>
        <source>The fields must be a JSON object, like {&quot;password&quot;: &quot;…&quot;}.</source>
        <translation>Os campos devem ser um objeto JSON, como {&quot;password&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;. Allowed fields: %2.</source>
        <translation>Campo desconhecido &quot;%1&quot;. Campos permitidos: %2.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>O campo %1 deve ser uma string.</translation>
    </message>
    <message>
        <source>Cannot read the file %1. Check the path and that you may read it.</source>
        <translation>Não é possível ler o arquivo %1. Verifique o caminho e se você tem permissão de leitura.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a certificate or key (%2 bytes; at most %3).</source>
        <translation>O arquivo %1 é grande demais para um certificado ou chave (%2 bytes; no máximo %3).</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>O arquivo %1 está vazio.</translation>
    </message>
</context>
<context>
    <name>relink::environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter it like https://api.example.com.</source>
        <translation>&quot;%1&quot; não é uma URL válida. Digite-a como https://api.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// would send the secret keys unencrypted; it is only allowed for this computer (127.0.0.1, ::1, localhost). Use an https:// URL.</source>
        <translation>O http:// simples enviaria as chaves secretas sem criptografia; ele só é permitido para este computador (127.0.0.1, ::1, localhost). Use uma URL https://.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (it starts with &quot;%1&quot;).</source>
        <translation>A URL deve começar com https:// (ela começa com &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, password, query or fragment.</source>
        <translation>A URL base não deve conter nome de usuário, senha, consulta nem fragmento.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Use sandbox, development or production, or give a base URL.</source>
        <translation>Ambiente desconhecido &quot;%1&quot;. Use sandbox, development ou production, ou informe uma URL base.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desenvolvimento</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (simulador embutido)</translation>
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
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>relink::keystore</name>
    <message>
        <source>No keys are saved for this environment yet.</source>
        <translation>Ainda não há chaves salvas para este ambiente.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Keys can be used for this session only; they will not be saved.</source>
        <translation>O chaveiro do sistema não está disponível (%1). As chaves podem ser usadas só nesta sessão; elas não serão salvas.</translation>
    </message>
    <message>
        <source>The saved keys are incomplete. Enter them again in Settings.</source>
        <translation>As chaves salvas estão incompletas. Digite-as novamente em Configurações.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>O chaveiro do sistema não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Relink&apos;s keychain module could not be loaded; reinstalling Relink restores it. %1</source>
        <translation>Não foi possível carregar o módulo de chaveiro do Relink; reinstalar o Relink o restaura. %1</translation>
    </message>
</context>
<context>
    <name>relink::launch</name>
    <message>
        <source>This relink:// link was not opened: %1 Nothing from it was used. Ask for the ticket&apos;s link to be fixed, or paste the link id into Relink.</source>
        <translation>Este link relink:// não foi aberto: %1 Nada dele foi usado. Peça para corrigirem o link do ticket ou cole o ID do vínculo no Relink.</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>não é uma URL válida.</translation>
    </message>
    <message>
        <source>it must begin with relink://link/ followed by the link id.</source>
        <translation>deve começar com relink://link/ seguido do ID do vínculo.</translation>
    </message>
    <message>
        <source>it carries a user name or a port.</source>
        <translation>contém um nome de usuário ou uma porta.</translation>
    </message>
    <message>
        <source>it carries a fragment (after #); a ticket must be URL-encoded.</source>
        <translation>contém um fragmento (depois de #); o ticket deve estar com codificação de URL.</translation>
    </message>
    <message>
        <source>the link id must be its one path segment: relink://link/LINK_ID.</source>
        <translation>o ID do vínculo deve ser o único segmento do caminho: relink://link/LINK_ID.</translation>
    </message>
    <message>
        <source>its path is not a valid link id.</source>
        <translation>o caminho dele não é um ID de vínculo válido.</translation>
    </message>
    <message>
        <source>it gives the environment more than once.</source>
        <translation>informa o ambiente mais de uma vez.</translation>
    </message>
    <message>
        <source>its environment must be sandbox or production.</source>
        <translation>o ambiente dele deve ser sandbox ou production.</translation>
    </message>
    <message>
        <source>it gives the ticket more than once.</source>
        <translation>informa o ticket mais de uma vez.</translation>
    </message>
    <message>
        <source>its ticket is longer than %1 characters.</source>
        <translation>o ticket dele tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>its ticket holds a control or invisible character.</source>
        <translation>o ticket dele contém um caractere de controle ou invisível.</translation>
    </message>
    <message>
        <source>it carries an unknown key.</source>
        <translation>contém um parâmetro desconhecido.</translation>
    </message>
    <message>
        <source>it carries “%1”.</source>
        <translation>contém “%1”.</translation>
    </message>
    <message>
        <source>Relink takes only a link id, an environment and a ticket from a link; never a base URL, an API key or a credential.</source>
        <translation>De um link, o Relink só aceita um ID de vínculo, um ambiente e um ticket; nunca uma URL base, uma chave de API ou uma credencial.</translation>
    </message>
    <message>
        <source>This URL holds no link id, so nothing was opened. Paste the link id, or a dashboard or API URL that contains it.</source>
        <translation>Esta URL não contém nenhum ID de vínculo, então nada foi aberto. Cole o ID do vínculo ou uma URL do painel ou da API que o contenha.</translation>
    </message>
    <message>
        <source>The link Relink was started with is longer than %1 characters, so it was not opened. Open it from the ticket again, or paste the link id into Relink.</source>
        <translation>O link com que o Relink foi iniciado tem mais de %1 caracteres, então não foi aberto. Abra-o de novo a partir do ticket ou cole o ID do vínculo no Relink.</translation>
    </message>
    <message>
        <source>There is no link to open. Start Relink with a link id, a dashboard or API URL that contains one, or a relink://link/… link.</source>
        <translation>Não há vínculo para abrir. Inicie o Relink com um ID de vínculo, com um link relink://link/… ou com uma URL do painel ou da API que contenha um ID de vínculo.</translation>
    </message>
    <message>
        <source>Relink was started with something that is neither a link id, nor a dashboard or API URL, nor a relink://link/… link, so nothing was opened. Paste the link id into Relink.</source>
        <translation>O Relink foi iniciado com algo que não é um ID de vínculo, nem uma URL do painel ou da API, nem um link relink://link/…, então nada foi aberto. Cole o ID do vínculo no Relink.</translation>
    </message>
    <message>
        <source>The ticket is longer than %1 characters.</source>
        <translation>O ticket tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>The ticket holds a control or invisible character.</source>
        <translation>O ticket contém um caractere de controle ou invisível.</translation>
    </message>
</context>
<context>
    <name>relink::linkid</name>
    <message>
        <source>The pasted text is too long to look for a link id in; paste just the link id or its URL.</source>
        <translation>O texto colado é longo demais para procurar um ID de vínculo nele; cole só o ID do vínculo ou a URL dele.</translation>
    </message>
    <message>
        <source>The pasted text holds several different link ids; paste just the one to update.</source>
        <translation>O texto colado contém vários IDs de vínculo diferentes; cole só o que será atualizado.</translation>
    </message>
</context>
<context>
    <name>relink::parse</name>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>O servidor respondeu HTTP %1 com o corpo vazio.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of Belvo&apos;s JSON; a proxy or gateway between you and Belvo probably answered.</source>
        <translation>O servidor respondeu HTTP %1 com uma página web em vez do JSON da Belvo; provavelmente um proxy ou gateway entre você e a Belvo respondeu.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not Belvo&apos;s JSON.</source>
        <translation>O servidor respondeu HTTP %1 com um corpo que não é o JSON da Belvo.</translation>
    </message>
    <message>
        <source>The answer is not a link: it has no &quot;id&quot;.</source>
        <translation>A resposta não é um vínculo: ela não tem &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>A resposta não é um JSON válido.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>A resposta não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The token request has no MFA session to resume.</source>
        <translation>A solicitação de token não tem sessão MFA para retomar.</translation>
    </message>
    <message>
        <source>No institution called &quot;%1&quot; was found.</source>
        <translation>Nenhuma instituição chamada &quot;%1&quot; foi encontrada.</translation>
    </message>
    <message>
        <source>The answer has no access token for the widget.</source>
        <translation>A resposta não tem um token de acesso para o widget.</translation>
    </message>
</context>
</TS>
