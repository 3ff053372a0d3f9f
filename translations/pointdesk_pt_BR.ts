<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountSetup</name>
    <message>
        <source>Mercado Pago did not accept this access token (401). Check that you copied the whole production access token of the shop&apos;s account, and that it was not renewed or revoked.</source>
        <translation>O Mercado Pago não aceitou este token de acesso (401). Confira se você copiou inteiro o token de acesso de produção da conta da loja e se ele não foi renovado nem revogado.</translation>
    </message>
    <message>
        <source>This access token may not use Point terminals (403). Use the production access token of the Mercado Pago account that owns the terminals.</source>
        <translation>Este token de acesso não tem permissão para usar maquininhas Point (403). Use o token de acesso de produção da conta do Mercado Pago dona das maquininhas.</translation>
    </message>
    <message>
        <source>PointDesk cannot reach Mercado Pago at %1 to check the token. Check the internet connection, then try again.</source>
        <translation>O PointDesk não consegue conectar ao Mercado Pago em %1 para conferir o token. Verifique a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Não foi possível conferir o token: %1</translation>
    </message>
    <message>
        <source>A manager PIN is already set on this computer, and setup never replaces it. Press Back and enter that PIN.</source>
        <translation>Já há um PIN de gerente neste computador, e a configuração nunca o substitui. Pressione Voltar e digite esse PIN.</translation>
    </message>
    <message>
        <source>A manager PIN is set on this computer: enter it first.</source>
        <translation>Há um PIN de gerente neste computador: digite-o primeiro.</translation>
    </message>
    <message>
        <source>PointDesk cannot store the manager PIN right now. Cancel and try again.</source>
        <translation>O PointDesk não consegue salvar o PIN de gerente agora. Cancele e tente de novo.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Primeiro cole o token de acesso.</translation>
    </message>
    <message>
        <source>That does not look like an access token: it has spaces or other characters a token never has. Copy the access token alone from Mercado Pago and try again.</source>
        <translation>Isso não parece um token de acesso: tem espaços ou outros caracteres que um token nunca tem. Copie só o token de acesso no Mercado Pago e tente de novo.</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: use an https:// address, or http:// only to this computer.</source>
        <translation>O endereço da API %1 não pode ser usado: use um endereço https://, ou http:// só para este computador.</translation>
    </message>
    <message>
        <source>The token works, but Mercado Pago shows no terminals on this account yet. Set each terminal&apos;s name in the Mercado Pago app on the terminal.</source>
        <translation>O token funciona, mas o Mercado Pago ainda não mostra maquininhas nesta conta. Defina o nome de cada maquininha no app do Mercado Pago da maquininha.</translation>
    </message>
    <message>
        <source>The token works: Mercado Pago shows one terminal on this account.</source>
        <translation>O token funciona: o Mercado Pago mostra uma maquininha nesta conta.</translation>
    </message>
    <message numerus="yes">
        <source>The token works: Mercado Pago shows %n terminals on this account.</source>
        <translation>
            <numerusform>O token funciona: o Mercado Pago mostra %n maquininha nesta conta.</numerusform>
            <numerusform>O token funciona: o Mercado Pago mostra %n maquininhas nesta conta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The integration is enabled for user %1. The Mercado Pago app on the terminals can now take orders from PointDesk.</source>
        <translation>A integração está ativada para o usuário %1. O app do Mercado Pago nas maquininhas já pode receber cobranças do PointDesk.</translation>
    </message>
    <message>
        <source>Mercado Pago did not allow enabling the integration for user %1. Check that the user id belongs to the account of this access token.</source>
        <translation>O Mercado Pago não permitiu ativar a integração para o usuário %1. Confira se o id de usuário é da conta deste token de acesso.</translation>
    </message>
    <message>
        <source>Mercado Pago did not accept user id %1. Check the number and try again.</source>
        <translation>O Mercado Pago não aceitou o id de usuário %1. Confira o número e tente de novo.</translation>
    </message>
    <message>
        <source>The integration could not be enabled: %1</source>
        <translation>Não foi possível ativar a integração: %1</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>O PIN deve ter de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>Os dois PINs não são iguais. Digite o PIN de novo nos dois campos.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach Mercado Pago. Check the internet connection and try again.</source>
        <translation>Não foi possível conectar ao Mercado Pago. Verifique a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>Mercado Pago did not answer in time. Check the internet connection and try again.</source>
        <translation>O Mercado Pago não respondeu a tempo. Verifique a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>The secure connection to Mercado Pago failed. Check the computer&apos;s date and time, or the network&apos;s proxy.</source>
        <translation>A conexão segura com o Mercado Pago falhou. Verifique a data e a hora do computador, ou o proxy da rede.</translation>
    </message>
    <message>
        <source>Mercado Pago did not accept the access token. Ask the manager to set up the account again.</source>
        <translation>O Mercado Pago não aceitou o token de acesso. Peça ao gerente para configurar a conta de novo.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that. Check that the access token belongs to the shop&apos;s account and that the Point integration is enabled.</source>
        <translation>Esta conta não tem permissão para fazer isso. Verifique se o token de acesso é da conta da loja e se a integração com o Point está ativada.</translation>
    </message>
    <message>
        <source>Mercado Pago does not know this terminal or order. Refresh the list of terminals.</source>
        <translation>O Mercado Pago não reconhece esta maquininha ou esta cobrança. Atualize a lista de maquininhas.</translation>
    </message>
    <message>
        <source>The terminal is busy with another order. Wait for it to finish, or free the terminal.</source>
        <translation>A maquininha está ocupada com outra cobrança. Espere terminar ou libere a maquininha.</translation>
    </message>
    <message>
        <source>Mercado Pago rejected the order: %1</source>
        <translation>O Mercado Pago recusou a cobrança: %1</translation>
    </message>
    <message>
        <source>Mercado Pago rejected the order. Check the amount and the description.</source>
        <translation>O Mercado Pago recusou a cobrança. Confira o valor e a descrição.</translation>
    </message>
    <message>
        <source>Too many requests to Mercado Pago. Wait a moment and try again.</source>
        <translation>Muitas solicitações ao Mercado Pago. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <source>Mercado Pago has a problem right now (error %1). Try again in a moment.</source>
        <translation>O Mercado Pago está com um problema agora (erro %1). Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Mercado Pago sent an answer PointDesk does not understand. Try again; if it keeps happening, check for a PointDesk update.</source>
        <translation>O Mercado Pago enviou uma resposta que o PointDesk não entende. Tente de novo; se continuar acontecendo, procure uma atualização do PointDesk.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. The access token cannot be read or saved.</source>
        <translation>Não foi possível usar o chaveiro do sistema. O token de acesso não pode ser lido nem salvo.</translation>
    </message>
    <message>
        <source>The request was stopped before it finished.</source>
        <translation>A solicitação foi interrompida antes de terminar.</translation>
    </message>
    <message>
        <source>This terminal does not belong to the account set up in PointDesk. Check the terminal, or ask the manager to check the account&apos;s access token.</source>
        <translation>Esta maquininha não pertence à conta configurada no PointDesk. Verifique a maquininha ou peça ao gerente que verifique o token de acesso da conta.</translation>
    </message>
    <message>
        <source>The order can no longer be cancelled from PointDesk: the terminal may have taken it. Cancel it on the terminal, or wait for the result.</source>
        <translation>A cobrança não pode mais ser cancelada pelo PointDesk: a maquininha pode já tê-la recebido. Cancele na maquininha ou aguarde o resultado.</translation>
    </message>
    <message>
        <source>The order is already cancelled; nothing was charged.</source>
        <translation>A cobrança já está cancelada; nada foi cobrado.</translation>
    </message>
    <message>
        <source>Mercado Pago already received this operation with other details. Start a new attempt.</source>
        <translation>O Mercado Pago já recebeu esta operação com outros dados. Comece uma nova tentativa.</translation>
    </message>
    <message>
        <source>A refund of this sale is already in progress. Wait a few minutes and check the sale again.</source>
        <translation>Já há um reembolso desta venda em andamento. Aguarde alguns minutos e verifique a venda de novo.</translation>
    </message>
    <message>
        <source>Mercado Pago could not check the request right now. Try again: it will not be done twice.</source>
        <translation>O Mercado Pago não conseguiu verificar a solicitação agora. Tente de novo: ela não será feita duas vezes.</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s server answered with a redirect to another address. PointDesk does not follow redirects, to keep the access token safe. Try again later; if it keeps happening, check the network&apos;s proxy or contact support.</source>
        <translation>O servidor do Mercado Pago respondeu com um redirecionamento para outro endereço. O PointDesk não segue redirecionamentos, para manter o token de acesso seguro. Tente de novo mais tarde; se continuar acontecendo, confira o proxy da rede ou fale com o suporte.</translation>
    </message>
    <message>
        <source>Too many requests to Mercado Pago. Wait a second and try again.</source>
        <translation>Solicitações demais ao Mercado Pago. Aguarde um segundo e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to Mercado Pago. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Solicitações demais ao Mercado Pago. Aguarde %n segundo e tente de novo.</numerusform>
            <numerusform>Solicitações demais ao Mercado Pago. Aguarde %n segundos e tente de novo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiPage</name>
    <message>
        <source>The Mercado Pago API</source>
        <translation>A API do Mercado Pago</translation>
    </message>
    <message>
        <source>Mercado Pago has two APIs for Point terminals; the account&apos;s terminals answer on one of them.</source>
        <translation>O Mercado Pago tem duas APIs para as maquininhas Point; as maquininhas da conta respondem em uma delas.</translation>
    </message>
    <message>
        <source>What the %1 answered</source>
        <translation>O que a %1 respondeu</translation>
    </message>
    <message>
        <source>Not sure? Check which one answers: PointDesk asks both APIs for the account&apos;s terminals with the token (nothing changes on the account).</source>
        <translation>Não tem certeza? Verifique qual responde: o PointDesk pede às duas APIs as maquininhas da conta com o token (nada muda na conta).</translation>
    </message>
    <message>
        <source>C&amp;heck which one answers</source>
        <translation>&amp;Verificar qual responde</translation>
    </message>
    <message>
        <source>Check which API answers with this token</source>
        <translation>Verificar qual API responde com este token</translation>
    </message>
    <message>
        <source>Result of the API check</source>
        <translation>Resultado da verificação da API</translation>
    </message>
    <message>
        <source>Neither API lists terminals with this token. Choose the API of the account&apos;s terminals, or check the token and the network.</source>
        <translation>Nenhuma API lista maquininhas com este token. Escolha a API das maquininhas da conta, ou confira o token e a rede.</translation>
    </message>
    <message>
        <source>The %1 answers for this account: it is chosen.</source>
        <translation>A %1 responde para esta conta: ela foi escolhida.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>Asking both APIs for the account&apos;s terminals…</source>
        <translation>Consultando as maquininhas da conta nas duas APIs…</translation>
    </message>
    <message>
        <source>Checking the token with the %1…</source>
        <translation>Verificando o token com a %1…</translation>
    </message>
</context>
<context>
    <name>ApiProbe</name>
    <message>
        <source>Asking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Answers, but lists no terminals.</source>
        <translation>Responde, mas não lista maquininhas.</translation>
    </message>
    <message>
        <source>Answers: one terminal.</source>
        <translation>Responde: uma maquininha.</translation>
    </message>
    <message numerus="yes">
        <source>Answers: %n terminals.</source>
        <translation>
            <numerusform>Responde: %n maquininha.</numerusform>
            <numerusform>Responde: %n maquininhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuses this access token (%1).</source>
        <translation>Recusa este token de acesso (%1).</translation>
    </message>
    <message>
        <source>Not reachable: no answer.</source>
        <translation>Sem conexão: não responde.</translation>
    </message>
    <message>
        <source>Does not answer here (HTTP %1).</source>
        <translation>Não responde neste endereço (HTTP %1).</translation>
    </message>
    <message>
        <source>Does not answer here.</source>
        <translation>Não responde neste endereço.</translation>
    </message>
    <message>
        <source>Not available in this version of PointDesk.</source>
        <translation>Não está disponível nesta versão do PointDesk.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The demo cannot start: no free local port for the simulated terminals.</source>
        <translation>A demonstração não pode começar: não há uma porta local livre para as maquininhas simuladas.</translation>
    </message>
    <message>
        <source>Demo mode: simulated terminals, no real money. Set up the account any time with Account, Set up the account.</source>
        <translation>Modo demonstração: maquininhas simuladas, sem dinheiro de verdade. Configure a conta quando quiser em Conta, Configurar a conta.</translation>
    </message>
    <message>
        <source>The account is set up. PointDesk now charges on the account&apos;s terminals.</source>
        <translation>A conta está configurada. Agora o PointDesk cobra nas maquininhas da conta.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>Sign out of the Mercado Pago account on this computer?</source>
        <translation>Sair da conta do Mercado Pago neste computador?</translation>
    </message>
    <message>
        <source>PointDesk removes the access token and the manager PIN from the system keychain and goes back to demo mode. To charge again, set up the account with the access token.</source>
        <translation>O PointDesk apaga o token de acesso e o PIN do gerente do chaveiro do sistema e volta ao modo demonstração. Para cobrar de novo, configure a conta com o token de acesso.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>Sign out and remove the access token</source>
        <translation>Sair da conta e apagar o token de acesso</translation>
    </message>
    <message>
        <source>&amp;Keep the account</source>
        <translation>&amp;Manter a conta</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Manter a conta</translation>
    </message>
    <message>
        <source>Not signed out: manager mode has ended. Enter the manager PIN and try again.</source>
        <translation>A conta não foi desconectada: o modo gerente terminou. Digite o PIN do gerente e tente de novo.</translation>
    </message>
    <message>
        <source>Not signed out: %1</source>
        <translation>A conta não foi desconectada: %1</translation>
    </message>
    <message>
        <source>Signed out: the access token and the manager PIN were removed. PointDesk runs in demo mode until the account is set up again.</source>
        <translation>Você saiu da conta: o token de acesso e o PIN do gerente foram apagados. O PointDesk funciona em modo demonstração até a conta ser configurada de novo.</translation>
    </message>
    <message>
        <source>Finish or cancel the open sale first: the demo starts again on the other API.</source>
        <translation>Primeiro conclua ou cancele a venda aberta: a demonstração recomeça com a outra API.</translation>
    </message>
    <message>
        <source>The demo runs on the %1 now: its own simulated terminals, no real money.</source>
        <translation>A demonstração usa agora a %1: maquininhas simuladas próprias, sem dinheiro real.</translation>
    </message>
    <message>
        <source>The account&apos;s Mercado Pago API cannot be used: %1</source>
        <translation>Não é possível usar a API do Mercado Pago da conta: %1</translation>
    </message>
    <message>
        <source>PointDesk cannot charge on this account</source>
        <translation>O PointDesk não pode cobrar com esta conta</translation>
    </message>
    <message>
        <source>PointDesk runs in demo mode meanwhile: simulated terminals, no real money. A manager chooses the API again with Account, Set up the account (Preferences shows the one saved).</source>
        <translation>Enquanto isso o PointDesk funciona em modo demonstração: maquininhas simuladas, sem dinheiro real. Um gerente escolhe a API de novo em Conta, Configurar a conta (Preferências mostra a salva).</translation>
    </message>
    <message>
        <source>Demo mode: simulated terminals, no real money. To charge on the account&apos;s terminals, choose Demo, Leave demo mode.</source>
        <translation>Modo demonstração: maquininhas simuladas, sem dinheiro de verdade. Para cobrar nas maquininhas da conta, escolha Demonstração, Sair do modo demonstração.</translation>
    </message>
    <message>
        <source>Finish or cancel the open sale first, then change the demo&apos;s currency.</source>
        <translation>Primeiro conclua ou cancele a venda aberta; depois mude a moeda da demonstração.</translation>
    </message>
    <message>
        <source>The demo charges in %1 now. The account&apos;s own currency is set in Preferences.</source>
        <translation>A demonstração agora cobra em %1. A moeda da conta é definida em Preferências.</translation>
    </message>
    <message>
        <source>Finish or cancel the open sale first, then leave demo mode.</source>
        <translation>Primeiro conclua ou cancele a venda aberta; depois saia do modo demonstração.</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Integration via API (Point app)</source>
        <translation>Integração via API (app Point)</translation>
    </message>
    <message>
        <source>Orders API (Point terminals)</source>
        <translation>API de Orders (maquininhas Point)</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s older Point API, for the Mercado Pago Point app on Android phones and tablets paired with a card reader.</source>
        <translation>A API Point anterior do Mercado Pago, para o app Mercado Pago Point em celulares e tablets Android com um leitor de cartões.</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s Orders API, for today&apos;s dedicated Point terminals: Point Smart and the other Point terminals.</source>
        <translation>A API de Orders do Mercado Pago, para as maquininhas Point atuais: Point Smart e as demais maquininhas Point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API PointDesk knows. Use legacy (Integration via API, the Point app) or orders (the Orders API of Point terminals).</source>
        <translation>&quot;%1&quot; não é uma API que o PointDesk conheça. Use legacy (Integração via API, o app Point) ou orders (a API de Orders das maquininhas Point).</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Cancel an order.</source>
        <translation>Cancela uma cobrança.</translation>
    </message>
    <message>
        <source>Cancel the order a terminal holds and free the terminal.</source>
        <translation>Cancela a cobrança que uma maquininha tem e libera a maquininha.</translation>
    </message>
    <message>
        <source>&quot;cancel&quot; takes either an ORDER_ID or --device NAME.</source>
        <translation>&quot;cancel&quot; aceita um ORDER_ID ou --device NAME.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; is free: the order it held, if any, was cancelled.</source>
        <translation>A maquininha &quot;%1&quot; está livre: se ela tinha uma cobrança, foi cancelada.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Cobrança %1 cancelada.</translation>
    </message>
    <message>
        <source>Cancellation of order %1 requested: the terminal may still complete the payment. See how it ended with &quot;%2 status %1&quot;.</source>
        <translation>O cancelamento do pedido %1 foi solicitado: o terminal ainda pode concluir o pagamento. Veja como terminou com &quot;%2 status %1&quot;.</translation>
    </message>
</context>
<context>
    <name>CashUpDialog</name>
    <message>
        <source>Close the day</source>
        <translation>Fechar o dia</translation>
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
        <source>To&amp;day</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Prévia do relatório</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>C&amp;lose the day…</source>
        <translation>F&amp;echar o dia…</translation>
    </message>
    <message>
        <source>Closed on %1 by %2. The report shows the figures it was closed with.</source>
        <translation>Fechado em %1 por %2. O relatório mostra os números com que foi fechado.</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>Ainda não fechado.</translation>
    </message>
    <message>
        <source>A range of days: pick one day to close it.</source>
        <translation>Um período de dias: escolha um só dia para fechá-lo.</translation>
    </message>
    <message>
        <source>Only one day can be closed at a time.</source>
        <translation>Só é possível fechar um dia por vez.</translation>
    </message>
    <message>
        <source>Print the cash-up report</source>
        <translation>Imprimir o relatório de fechamento de caixa</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Não foi possível imprimir o relatório.</translation>
    </message>
    <message>
        <source>cash-up-%1.pdf</source>
        <translation>fechamento-de-caixa-%1.pdf</translation>
    </message>
    <message>
        <source>cash-up-%1-to-%2.pdf</source>
        <translation>fechamento-de-caixa-%1-a-%2.pdf</translation>
    </message>
    <message>
        <source>Save the cash-up report as PDF</source>
        <translation>Salvar o relatório de fechamento de caixa como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvo como %1.</translation>
    </message>
    <message>
        <source>%1 is already closed (on %2 by %3). A day is closed only once; later changes show in the next day&apos;s report.</source>
        <translation>%1 já está fechado (em %2 por %3). Um dia é fechado uma só vez; as mudanças posteriores aparecem no relatório do dia seguinte.</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>Fechar %1?</translation>
    </message>
    <message>
        <source>The report is kept as it is now. A sale that changes later (a late payment, a refund) shows in the next day&apos;s report. A day is closed only once.</source>
        <translation>O relatório é guardado como está agora. Uma venda que mudar depois (um pagamento atrasado, um estorno) aparece no relatório do dia seguinte. Um dia é fechado uma só vez.</translation>
    </message>
    <message>
        <source>C&amp;lose the day</source>
        <translation>F&amp;echar o dia</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>This day was closed in the meantime (on another till). A day is closed only once.</source>
        <translation>Este dia foi fechado nesse meio-tempo (em outro caixa). Um dia é fechado uma só vez.</translation>
    </message>
    <message>
        <source>One sale is not finished.</source>
        <translation>Uma venda não terminou.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales are not finished.</source>
        <translation>
            <numerusform>%n venda não terminou.</numerusform>
            <numerusform>%n vendas não terminaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>One sale of this day is not finished; its money is not counted.</source>
        <translation>Uma venda deste dia não terminou; o dinheiro dela não é contado.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales of this day are not finished; their money is not counted.</source>
        <translation>
            <numerusform>%n venda deste dia não terminou; o dinheiro dela não é contado.</numerusform>
            <numerusform>%n vendas deste dia não terminaram; o dinheiro delas não é contado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose sales</source>
        <translation>De quem são as vendas</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Este caixa</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>Loja inteira</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mostra&amp;r:</translation>
    </message>
    <message>
        <source>Loading the store&apos;s cash-up report…</source>
        <translation>Carregando o relatório de fechamento da loja…</translation>
    </message>
    <message>
        <source>The store database cannot be reached: %1. This counter&apos;s own report is still here: choose This counter.</source>
        <translation>Não é possível acessar o banco de dados da loja: %1. O relatório deste caixa continua aqui: escolha Este caixa.</translation>
    </message>
    <message>
        <source>Reading the whole store&apos;s sales…</source>
        <translation>Lendo as vendas da loja inteira…</translation>
    </message>
    <message>
        <source>The whole store: one counter.</source>
        <translation>A loja inteira: um caixa.</translation>
    </message>
    <message numerus="yes">
        <source>The whole store: %n counters.</source>
        <translation>
            <numerusform>A loja inteira: %n caixa.</numerusform>
            <numerusform>A loja inteira: %n caixas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days are closed on each counter: choose This counter to close this counter&apos;s day.</source>
        <translation>Os dias são fechados em cada caixa: escolha Este caixa para fechar o dia deste caixa.</translation>
    </message>
    <message>
        <source>store-%1</source>
        <translation>loja-%1</translation>
    </message>
</context>
<context>
    <name>CashUpReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Cash-up report, %1</source>
        <translation>Relatório de fechamento de caixa, %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and can be written to.</source>
        <translation>Não foi possível gravar o PDF em %1. Verifique se a pasta existe e pode ser gravada.</translation>
    </message>
    <message>
        <source>PointDesk cash-up report, %1</source>
        <translation>Relatório de fechamento de caixa do PointDesk, %1</translation>
    </message>
    <message>
        <source>Cash-up report</source>
        <translation>Relatório de fechamento de caixa</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Fechado em %1 por %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Not closed. Figures as of %1.</source>
        <translation>Não fechado. Números de %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Vendas pagas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Not counted in the money</source>
        <translation>Não contado no dinheiro</translation>
    </message>
    <message>
        <source>Refunds in progress</source>
        <translation>Estornos em andamento</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviadas</translation>
    </message>
    <message>
        <source>Still open or unknown</source>
        <translation>Abertas ou desconhecidas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>By card type</source>
        <translation>Por tipo de cartão</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Tipo de cartão</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Por maquininha</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Amount taken per hour</source>
        <translation>Valor recebido por hora</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>Nenhum dinheiro foi recebido.</translation>
    </message>
    <message>
        <source>Sales still open or unknown</source>
        <translation>Vendas abertas ou desconhecidas</translation>
    </message>
    <message>
        <source>None: every sale of these days is finished.</source>
        <translation>Nenhuma: todas as vendas destes dias terminaram.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Changes after closing</source>
        <translation>Mudanças após o fechamento</translation>
    </message>
    <message>
        <source>Sales of a closed day that changed after it was closed (a late payment, a refund). The closed day&apos;s report keeps the figures it was closed with.</source>
        <translation>Vendas de um dia fechado que mudaram depois do fechamento (um pagamento atrasado, um estorno). O relatório do dia fechado mantém os números com que foi fechado.</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Mudou</translation>
    </message>
    <message>
        <source>One sale of this day changed after the closing (a late payment, a refund): the report of the next day lists it. These figures are the ones the day was closed with.</source>
        <translation>Uma venda deste dia mudou depois do fechamento (um pagamento atrasado, um estorno): o relatório do dia seguinte a mostra. Estes números são os do fechamento.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales of this day changed after the closing (a late payment, a refund): the report of the next day lists them. These figures are the ones the day was closed with.</source>
        <translation>
            <numerusform>%n venda deste dia mudou depois do fechamento (um pagamento atrasado, um estorno): o relatório do dia seguinte a mostra. Estes números são os do fechamento.</numerusform>
            <numerusform>%n vendas deste dia mudaram depois do fechamento (um pagamento atrasado, um estorno): o relatório do dia seguinte as mostra. Estes números são os do fechamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished sale: one sale is still open or has an unknown result; its money is not counted. See &quot;Sales still open or unknown&quot; below.</source>
        <translation>Venda não terminada: uma venda ainda está aberta ou com resultado desconhecido; o dinheiro dela não é contado. Veja &quot;Vendas abertas ou desconhecidas&quot; abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>Unfinished sales: %n sales are still open or have an unknown result; their money is not counted. See &quot;Sales still open or unknown&quot; below.</source>
        <translation>
            <numerusform>Vendas não terminadas: %n venda ainda aberta ou com resultado desconhecido; o dinheiro dela não é contado. Veja &quot;Vendas abertas ou desconhecidas&quot; abaixo.</numerusform>
            <numerusform>Vendas não terminadas: %n vendas ainda abertas ou com resultado desconhecido; o dinheiro delas não é contado. Veja &quot;Vendas abertas ou desconhecidas&quot; abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole store: %1.</source>
        <translation>Loja inteira: %1.</translation>
    </message>
    <message>
        <source>Counter %1, from the store database.</source>
        <translation>Caixa %1, segundo o banco de dados da loja.</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Por caixa</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
</context>
<context>
    <name>CashUpReportText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Cash-up report, %1</source>
        <translation>Relatório de fechamento de caixa, %1</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Fechado em %1 por %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Not closed. Figures as of %1.</source>
        <translation>Não fechado. Números de %1.</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Vendas pagas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Refunds in progress (not counted)</source>
        <translation>Estornos em andamento (não contados)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Declined (not counted)</source>
        <translation>Recusadas (não contadas)</translation>
    </message>
    <message>
        <source>Cancelled (not counted)</source>
        <translation>Canceladas (não contadas)</translation>
    </message>
    <message>
        <source>Expired (not counted)</source>
        <translation>Expiradas (não contadas)</translation>
    </message>
    <message>
        <source>Not sent (not counted)</source>
        <translation>Não enviadas (não contadas)</translation>
    </message>
    <message>
        <source>Still open or unknown (not counted)</source>
        <translation>Abertas ou desconhecidas (não contadas)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>By card type</source>
        <translation>Por tipo de cartão</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Por maquininha</translation>
    </message>
    <message>
        <source>Amount taken per hour</source>
        <translation>Valor recebido por hora</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>Nenhum dinheiro foi recebido.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>mudou em %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>estornado %1</translation>
    </message>
    <message>
        <source>Sales still open or unknown</source>
        <translation>Vendas abertas ou desconhecidas</translation>
    </message>
    <message>
        <source>None: every sale of these days is finished.</source>
        <translation>Nenhuma: todas as vendas destes dias terminaram.</translation>
    </message>
    <message>
        <source>Changes after closing (sales of a closed day that changed after it was closed)</source>
        <translation>Mudanças após o fechamento (vendas de um dia fechado que mudaram depois do fechamento)</translation>
    </message>
    <message>
        <source>One sale of this day changed after the closing (a late payment, a refund): the report of the next day lists it. These figures are the ones the day was closed with.</source>
        <translation>Uma venda deste dia mudou depois do fechamento (um pagamento atrasado, um estorno): o relatório do dia seguinte a mostra. Estes números são os do fechamento.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales of this day changed after the closing (a late payment, a refund): the report of the next day lists them. These figures are the ones the day was closed with.</source>
        <translation>
            <numerusform>%n venda deste dia mudou depois do fechamento (um pagamento atrasado, um estorno): o relatório do dia seguinte a mostra. Estes números são os do fechamento.</numerusform>
            <numerusform>%n vendas deste dia mudaram depois do fechamento (um pagamento atrasado, um estorno): o relatório do dia seguinte as mostra. Estes números são os do fechamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished sale: one sale is still open or has an unknown result; its money is not counted.</source>
        <translation>Venda não terminada: uma venda ainda está aberta ou com resultado desconhecido; o dinheiro dela não é contado.</translation>
    </message>
    <message numerus="yes">
        <source>Unfinished sales: %n sales are still open or have an unknown result; their money is not counted.</source>
        <translation>
            <numerusform>Vendas não terminadas: %n venda ainda aberta ou com resultado desconhecido; o dinheiro dela não é contado.</numerusform>
            <numerusform>Vendas não terminadas: %n vendas ainda abertas ou com resultado desconhecido; o dinheiro delas não é contado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole store: %1.</source>
        <translation>Loja inteira: %1.</translation>
    </message>
    <message>
        <source>Counter %1, from the store database.</source>
        <translation>Caixa %1, segundo o banco de dados da loja.</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Por caixa</translation>
    </message>
</context>
<context>
    <name>CashierSession</name>
    <message>
        <source>The result shows as soon as Mercado Pago answers again; the customer can still pay on the terminal.</source>
        <translation>O resultado aparece assim que o Mercado Pago responder de novo; o cliente ainda pode pagar na maquininha.</translation>
    </message>
    <message>
        <source>Sending the order to %1…</source>
        <translation>Enviando a cobrança para a %1…</translation>
    </message>
    <message>
        <source>Waiting for the customer on %1. Press Esc to cancel the order.</source>
        <translation>Esperando o cliente na %1. Pressione Esc para cancelar a cobrança.</translation>
    </message>
    <message>
        <source>The sale on %1 needs your decision: see the panel on the right.</source>
        <translation>A venda na %1 precisa da sua decisão: veja o painel à direita.</translation>
    </message>
    <message>
        <source>Paid. Press New sale (F2) for the next customer.</source>
        <translation>Paga. Pressione Nova venda (F2) para o próximo cliente.</translation>
    </message>
    <message>
        <source>Charging is off: the sales record cannot be written. See the message at the top.</source>
        <translation>Não é possível cobrar: o registro de vendas não pode ser gravado. Veja a mensagem no topo.</translation>
    </message>
    <message>
        <source>Mercado Pago refused the access token: see the message at the top.</source>
        <translation>O Mercado Pago recusou o token de acesso: veja a mensagem no topo.</translation>
    </message>
    <message>
        <source>Loading the terminals…</source>
        <translation>Carregando as maquininhas…</translation>
    </message>
    <message>
        <source>There are no terminals on this account yet: see the list on the left.</source>
        <translation>Ainda não há maquininhas nesta conta: veja a lista à esquerda.</translation>
    </message>
    <message>
        <source>Choose the terminal that takes the payment.</source>
        <translation>Escolha a maquininha que recebe o pagamento.</translation>
    </message>
    <message>
        <source>%1 is busy with order %2, so it cannot take a new charge. Wait until it finishes, or free the terminal.</source>
        <translation>%1 está ocupada com a cobrança %2, então não pode receber uma cobrança nova. Espere terminar ou libere a maquininha.</translation>
    </message>
    <message>
        <source>%1 is busy with another order, so it cannot take a new charge. Wait until it finishes, or free the terminal.</source>
        <translation>%1 está ocupada com outra cobrança, então não pode receber uma cobrança nova. Espere terminar ou libere a maquininha.</translation>
    </message>
    <message>
        <source>Charging is off until the sales record can be written again.</source>
        <translation>Não é possível cobrar até o registro de vendas poder ser gravado de novo.</translation>
    </message>
    <message>
        <source>Charging is not possible until the access token is set up again.</source>
        <translation>Não é possível cobrar até o token de acesso ser configurado de novo.</translation>
    </message>
    <message>
        <source>Choose a terminal on the left.</source>
        <translation>Escolha uma maquininha à esquerda.</translation>
    </message>
    <message>
        <source>Press Enter to charge %1 on %2.</source>
        <translation>Pressione Enter para cobrar %1 na %2.</translation>
    </message>
    <message>
        <source>Type the amount and a description, then press Enter to charge on %1.</source>
        <translation>Digite o valor e uma descrição e pressione Enter para cobrar na %1.</translation>
    </message>
    <message>
        <source>Nothing was sent or charged. %1</source>
        <translation>Nada foi enviado nem cobrado. %1</translation>
    </message>
    <message>
        <source>%1 is still busy with an earlier sale.</source>
        <translation>%1 ainda está ocupada com uma venda anterior.</translation>
    </message>
    <message>
        <source>Nothing was sent. Wait until that sale ends, then press Charge again.</source>
        <translation>Nada foi enviado. Espere essa venda terminar e pressione Cobrar de novo.</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct it, then press Charge.</source>
        <translation>Nada foi enviado. Corrija e pressione Cobrar.</translation>
    </message>
    <message>
        <source>The order is cancelled as soon as Mercado Pago answers.</source>
        <translation>A cobrança é cancelada assim que o Mercado Pago responder.</translation>
    </message>
    <message>
        <source>An order is still open: wait for the customer, or cancel it with Esc, before a new sale.</source>
        <translation>Ainda há uma cobrança aberta: espere o cliente, ou cancele com Esc, antes de uma nova venda.</translation>
    </message>
    <message>
        <source>Freeing %1…</source>
        <translation>Liberando a %1…</translation>
    </message>
    <message>
        <source>%1 is free now.</source>
        <translation>A %1 está livre agora.</translation>
    </message>
    <message>
        <source>Could not free %1: %2</source>
        <translation>Não foi possível liberar a %1: %2</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s answer did not arrive. PointDesk is checking %1 before doing anything else, so the customer is never charged twice.</source>
        <translation>A resposta do Mercado Pago não chegou. O PointDesk está conferindo %1 antes de fazer qualquer outra coisa, para nunca cobrar o cliente duas vezes.</translation>
    </message>
    <message>
        <source>%1 is busy with another order, so it cannot take this one.</source>
        <translation>%1 está ocupada com outra cobrança, então não pode receber esta.</translation>
    </message>
    <message>
        <source>Nothing was charged. Wait until that order finishes, or press Free terminal to cancel it, then press Charge again.</source>
        <translation>Nada foi cobrado. Espere essa cobrança terminar, ou pressione Liberar maquininha para cancelá-la, e pressione Cobrar de novo.</translation>
    </message>
    <message>
        <source>Nothing was charged. Set up the access token again, then charge.</source>
        <translation>Nada foi cobrado. Configure o token de acesso de novo e depois cobre.</translation>
    </message>
    <message>
        <source>Mercado Pago does not know the terminal %1.</source>
        <translation>O Mercado Pago não reconhece a maquininha %1.</translation>
    </message>
    <message>
        <source>Nothing was charged. Refresh the terminals (F5) and choose one from the list.</source>
        <translation>Nada foi cobrado. Atualize as maquininhas (F5) e escolha uma da lista.</translation>
    </message>
    <message>
        <source>Nothing was charged. Press Charge to try again.</source>
        <translation>Nada foi cobrado. Pressione Cobrar para tentar de novo.</translation>
    </message>
    <message>
        <source>The customer paid before the order could be cancelled.</source>
        <translation>O cliente pagou antes que a cobrança pudesse ser cancelada.</translation>
    </message>
    <message>
        <source>Mercado Pago cannot be reached right now; PointDesk keeps trying. Nothing is sent twice.</source>
        <translation>Não é possível conectar ao Mercado Pago agora; o PointDesk continua tentando. Nada é enviado duas vezes.</translation>
    </message>
    <message>
        <source>This sale could not be written to the sales record (%1). It goes on; PointDesk writes it as soon as it can.</source>
        <translation>Esta venda não pôde ser anotada no registro de vendas (%1). Ela continua; o PointDesk anota assim que puder.</translation>
    </message>
    <message>
        <source>The sales record is open again; charging is on.</source>
        <translation>O registro de vendas está aberto de novo; já é possível cobrar.</translation>
    </message>
    <message>
        <source>Charging is on again. If the sales record still cannot be written, this message comes back.</source>
        <translation>Já é possível cobrar de novo. Se o registro de vendas ainda não puder ser gravado, esta mensagem volta.</translation>
    </message>
    <message>
        <source>A new sales record was started; the old file is kept as %1.</source>
        <translation>Um registro de vendas novo foi começado; o arquivo antigo fica guardado como %1.</translation>
    </message>
    <message>
        <source>Recorded: the cashier read on the terminal that the payment was approved.</source>
        <translation>Registrado: o caixa leu na maquininha que o pagamento foi aprovado.</translation>
    </message>
    <message>
        <source>Recorded: the cashier read on the terminal that the payment was not approved. Charge again if needed.</source>
        <translation>Registrado: o caixa leu na maquininha que o pagamento não foi aprovado. Cobre novamente se necessário.</translation>
    </message>
    <message>
        <source>Mercado Pago cannot tell whether the card was approved, and this will not change. Read the terminal&apos;s screen or printed slip, then record what it shows. Do not charge again before checking.</source>
        <translation>O Mercado Pago não consegue saber se o cartão foi aprovado, e isso não vai mudar. Leia a tela ou o comprovante impresso da maquininha e registre o que ele mostra. Não cobre novamente antes de verificar.</translation>
    </message>
    <message>
        <source>The order timed out on the terminal; nothing was charged.</source>
        <translation>A cobrança expirou na maquininha; nada foi cobrado.</translation>
    </message>
    <message>
        <source>First record what %1 shows for the last sale: see the panel on the right.</source>
        <translation>Primeiro registre o que %1 mostra para a última venda: veja o painel à direita.</translation>
    </message>
    <message>
        <source>First record what the terminal shows for this sale: paid, or not paid.</source>
        <translation>Primeiro registre o que a maquininha mostra para esta venda: pago ou não pago.</translation>
    </message>
    <message>
        <source>%1 cannot take orders from PointDesk: choose a terminal in PDV mode.</source>
        <translation>%1 não pode receber cobranças do PointDesk: escolha uma maquininha no modo PDV.</translation>
    </message>
    <message>
        <source>%1 was removed from the Mercado Pago account while this sale was open. PointDesk keeps following the order and shows what Mercado Pago reports of it.</source>
        <translation>%1 foi removida da conta do Mercado Pago enquanto esta venda estava aberta. O PointDesk continua acompanhando a cobrança e mostra o que o Mercado Pago informar.</translation>
    </message>
    <message>
        <source>%1 is no longer on this Mercado Pago account, so no terminal is chosen. Choose the terminal that takes the payment.</source>
        <translation>%1 não está mais nesta conta do Mercado Pago, então nenhuma maquininha está escolhida. Escolha a maquininha que recebe o pagamento.</translation>
    </message>
    <message>
        <source>The sale of %1 on %2, charged from the command line, is followed here to its end.</source>
        <translation>A venda de %1 em %2, cobrada pela linha de comando, é acompanhada aqui até o fim.</translation>
    </message>
    <message>
        <source>Mercado Pago is slow to answer right now. PointDesk keeps waiting for its answer and never sends the order twice; Esc cancels.</source>
        <translation>O Mercado Pago está demorando para responder. O PointDesk continua aguardando a resposta e nunca envia a cobrança duas vezes; Esc cancela.</translation>
    </message>
    <message>
        <source>The sale of %1 on %2, charged from the command line, ended: %3.</source>
        <translation>A venda de %1 em %2, cobrada pela linha de comando, terminou: %3.</translation>
    </message>
    <message>
        <source>The cancellation did not get through; PointDesk sends it again in a moment. The customer can still pay until it does.</source>
        <translation>O cancelamento não chegou; o PointDesk o envia de novo em instantes. Até lá o cliente ainda pode pagar.</translation>
    </message>
    <message>
        <source>Could not cancel the order: %1 The customer can still pay on %2. Press Esc to cancel again, or wait for the customer.</source>
        <translation>Não foi possível cancelar a cobrança: %1 O cliente ainda pode pagar em %2. Pressione Esc para cancelar de novo, ou aguarde o cliente.</translation>
    </message>
    <message>
        <source>Asking Mercado Pago how order %1 stands…</source>
        <translation>Consultando o Mercado Pago sobre a cobrança %1…</translation>
    </message>
    <message>
        <source>PointDesk was closed while a sale was open: following it to the end.</source>
        <translation>O PointDesk foi fechado com uma venda aberta: ela é acompanhada até o fim.</translation>
    </message>
    <message numerus="yes">
        <source>PointDesk was closed while %n sales were open: following them to the end.</source>
        <translation>
            <numerusform>O PointDesk foi fechado com %n venda aberta: ela é acompanhada até o fim.</numerusform>
            <numerusform>O PointDesk foi fechado com %n vendas abertas: elas são acompanhadas até o fim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mercado Pago did not answer in time; PointDesk keeps trying. Nothing is sent twice.</source>
        <translation>O Mercado Pago não respondeu a tempo; o PointDesk continua tentando. Nada é enviado duas vezes.</translation>
    </message>
    <message>
        <source>Mercado Pago asked PointDesk to slow down; PointDesk sends the order again in a moment. Nothing is sent twice.</source>
        <translation>O Mercado Pago pediu ao PointDesk que espere; o PointDesk envia a cobrança de novo em instantes. Nada é enviado duas vezes.</translation>
    </message>
    <message>
        <source>Mercado Pago answered with an error of its own (%1); the connection is fine. The sale is safe: PointDesk checks where it stands before anything is sent again, and nothing is charged twice. Wait here, or press Esc to stop the sale.</source>
        <translation>O Mercado Pago respondeu com um erro dele (%1); a conexão está funcionando. A venda está segura: o PointDesk confere a situação antes de enviar qualquer coisa de novo, e nada é cobrado duas vezes. Aguarde aqui ou pressione Esc para interromper a venda.</translation>
    </message>
    <message>
        <source>Mercado Pago answered with an error of its own; the connection is fine. The sale is safe: PointDesk checks where it stands before anything is sent again, and nothing is charged twice. Wait here, or press Esc to stop the sale.</source>
        <translation>O Mercado Pago respondeu com um erro dele; a conexão está funcionando. A venda está segura: o PointDesk confere a situação antes de enviar qualquer coisa de novo, e nada é cobrado duas vezes. Aguarde aqui ou pressione Esc para interromper a venda.</translation>
    </message>
</context>
<context>
    <name>ChargeCommand</name>
    <message>
        <source>Send an order to a terminal. AMOUNT like 12.50 or 12,50; TEXT at
most 20 characters. --wait follows the order until it is paid,
declined or cancelled. The sale is recorded in the order journal
(its number is shown) before anything is sent; when the answer to
the order is lost, the terminal is checked and the order is never
sent twice. An external reference is made up when none is given.</source>
        <translation>Envia uma cobrança para uma maquininha. AMOUNT como 12.50 ou
12,50; TEXT com no máximo 20 caracteres. --wait acompanha a
cobrança até ser paga, recusada ou cancelada. A venda é anotada
no registro de vendas (o número dela aparece) antes de enviar
qualquer coisa; se a resposta à cobrança se perder, a maquininha
é conferida e a cobrança nunca é enviada duas vezes. Sem
referência externa, uma é criada.</translation>
    </message>
    <message>
        <source>Choose the card type: --card credit or --card debit.</source>
        <translation>Escolha o tipo de cartão: --card credit ou --card debit.</translation>
    </message>
    <message>
        <source>The card type must be credit or debit.</source>
        <translation>O tipo de cartão deve ser credit ou debit.</translation>
    </message>
    <message>
        <source>Nothing was sent to the terminal &quot;%1&quot;.</source>
        <translation>Nada foi enviado para a maquininha &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stopped waiting for order %1.</source>
        <translation>Parou de esperar a cobrança %1.</translation>
    </message>
    <message>
        <source>Order %1 is still open on the terminal &quot;%2&quot;. Follow it with &quot;%3 status %1&quot;, or cancel it with &quot;%3 cancel %1&quot;.</source>
        <translation>A cobrança %1 continua aberta na maquininha &quot;%2&quot;. Acompanhe com &quot;%3 status %1&quot;, ou cancele com &quot;%3 cancel %1&quot;.</translation>
    </message>
    <message>
        <source>Not sent: stopped with Ctrl+C before it was sent.</source>
        <translation>Não enviada: interrompida com Ctrl+C antes de ser enviada.</translation>
    </message>
    <message>
        <source>The order may have reached the terminal &quot;%1&quot;. Check with &quot;%2 devices&quot; before charging again.</source>
        <translation>A cobrança pode ter chegado à maquininha &quot;%1&quot;. Confira com &quot;%2 devices&quot; antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>The order journal keeps it as sale %1; see it with &quot;%2 history&quot;.</source>
        <translation>O registro de vendas guarda como venda %1; veja com &quot;%2 history&quot;.</translation>
    </message>
    <message>
        <source>--no-ticket: the terminal prints no ticket (Orders API).</source>
        <translation>--no-ticket: a maquininha não imprime comprovante (API de Orders).</translation>
    </message>
    <message>
        <source>The Orders API has no %1; leave it out.</source>
        <translation>A API de Orders não tem %1; remova-o.</translation>
    </message>
    <message>
        <source>--no-ticket is for the Orders API: the legacy API&apos;s terminal always prints the receipt. Leave it out, or use --api orders.</source>
        <translation>--no-ticket é para a API de Orders: o terminal da API legada sempre imprime o comprovante. Remova-o ou use --api orders.</translation>
    </message>
</context>
<context>
    <name>ChargeForm</name>
    <message>
        <source>New sale</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Amount to charge</source>
        <translation>Valor a cobrar</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escrição</translation>
    </message>
    <message>
        <source>Characters used in the description</source>
        <translation>Caracteres usados na descrição</translation>
    </message>
    <message>
        <source>Description shown on the terminal</source>
        <translation>Descrição exibida na maquininha</translation>
    </message>
    <message>
        <source>What the customer sees on the terminal</source>
        <translation>O que o cliente vê na maquininha</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>C&amp;redit card</source>
        <translation>C&amp;rédito</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>De&amp;bit card</source>
        <translation>Dé&amp;bito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Mais o&amp;pções</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Referência externa</translation>
    </message>
    <message>
        <source>Your own code for this sale; Mercado Pago returns it with the payment.</source>
        <translation>Seu próprio código para esta venda; o Mercado Pago o devolve com o pagamento.</translation>
    </message>
    <message>
        <source>Payer e-mail</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <source>Optional, like name@example.com</source>
        <translation>Opcional, por exemplo nome@exemplo.com</translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation>URL de notificação</translation>
    </message>
    <message>
        <source>Optional, like https://shop.example/notify</source>
        <translation>Opcional, por exemplo https://loja.exemplo/aviso</translation>
    </message>
    <message>
        <source>Disable the terminal&apos;s back button</source>
        <translation>Desativar o botão Voltar da maquininha</translation>
    </message>
    <message>
        <source>The customer cannot close the order with the terminal&apos;s back button.</source>
        <translation>O cliente não consegue fechar a cobrança com o botão Voltar da maquininha.</translation>
    </message>
    <message>
        <source>E&amp;xternal reference</source>
        <translation>Referência e&amp;xterna</translation>
    </message>
    <message>
        <source>&amp;Payer e-mail</source>
        <translation>E-ma&amp;il do cliente</translation>
    </message>
    <message>
        <source>Notification &amp;URL</source>
        <translation>URL de noti&amp;ficação</translation>
    </message>
    <message>
        <source>The amount in %1, like %2.</source>
        <extracomment>%1 is a currency with its code, like &quot;Argentine peso (ARS)&quot;; %2 an example amount.</extracomment>
        <translation>O valor em %1, por exemplo %2.</translation>
    </message>
    <message>
        <source>The amount in %1, whole, without cents, like %2.</source>
        <extracomment>%1 is a currency with its code, like &quot;Chilean peso (CLP)&quot;; %2 an example amount.</extracomment>
        <translation>O valor em %1, inteiro, sem centavos, por exemplo %2.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 de no máximo %2 caracteres</translation>
    </message>
    <message>
        <source>&amp;Charge %1</source>
        <translation>&amp;Cobrar %1</translation>
    </message>
    <message>
        <source>Press Enter to charge.</source>
        <translation>Pressione Enter para cobrar.</translation>
    </message>
    <message>
        <source>Enter the amount and a description to charge.</source>
        <translation>Digite o valor e uma descrição para cobrar.</translation>
    </message>
    <message>
        <source>Show or hide the external reference, the payer&apos;s e-mail, the notification URL and the terminal&apos;s back button (Alt+M).</source>
        <translation>Mostrar ou ocultar a referência externa, o e-mail do cliente, a URL de notificação e o botão Voltar da maquininha (Alt+P).</translation>
    </message>
    <message>
        <source>Print the receipt on the termina&amp;l</source>
        <translation>&amp;Imprimir o comprovante na maquininha</translation>
    </message>
    <message>
        <source>Print the receipt on the terminal</source>
        <translation>Imprimir o comprovante na maquininha</translation>
    </message>
    <message>
        <source>Clear it when the customer does not want a printed receipt.</source>
        <translation>Desmarque quando o cliente não quiser um comprovante impresso.</translation>
    </message>
    <message>
        <source>Show or hide the external reference and whether the terminal prints the receipt (Alt+M).</source>
        <translation>Mostrar ou ocultar a referência externa e se a maquininha imprime o comprovante (Alt+P).</translation>
    </message>
    <message>
        <source>Fix the amount to charge.</source>
        <translation>Corrija o valor para cobrar.</translation>
    </message>
    <message>
        <source>Fix the description to charge.</source>
        <translation>Corrija a descrição para cobrar.</translation>
    </message>
    <message>
        <source>Fix the external reference, under More options, to charge.</source>
        <translation>Corrija a referência externa, em Mais opções, para cobrar.</translation>
    </message>
    <message>
        <source>Fix the payer e-mail, under More options, to charge.</source>
        <translation>Corrija o e-mail do cliente, em Mais opções, para cobrar.</translation>
    </message>
    <message>
        <source>Fix the notification URL, under More options, to charge.</source>
        <translation>Corrija a URL de notificação, em Mais opções, para cobrar.</translation>
    </message>
    <message>
        <source>Disab&amp;le the terminal&apos;s back button</source>
        <translation>Desativar o botão Voltar da ma&amp;quininha</translation>
    </message>
</context>
<context>
    <name>ChargeReporter</name>
    <message>
        <source>The answer to the order was lost or unclear. Checking the terminal &quot;%1&quot; before anything is sent again.</source>
        <translation>A resposta à cobrança se perdeu ou não ficou clara. Conferindo a maquininha &quot;%1&quot; antes de enviar qualquer coisa de novo.</translation>
    </message>
    <message>
        <source>Order %1 sent to &quot;%2&quot;: %3, waiting for the customer.</source>
        <translation>Cobrança %1 enviada para &quot;%2&quot;: %3, esperando o cliente.</translation>
    </message>
    <message>
        <source>Recorded in the order journal as sale %1.</source>
        <translation>Anotada no registro de vendas como venda %1.</translation>
    </message>
    <message>
        <source>Waiting for the terminal. Ctrl+C stops waiting; the order stays on the terminal.</source>
        <translation>Esperando a maquininha. Ctrl+C para de esperar; a cobrança continua na maquininha.</translation>
    </message>
    <message>
        <source>Order %1: %2 (%3).</source>
        <translation>Cobrança %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Order %1 may still be open on the terminal &quot;%2&quot;.</source>
        <translation>A cobrança %1 pode continuar aberta na maquininha &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot check the order right now: %1</source>
        <translation>Não é possível consultar a cobrança agora: %1</translation>
    </message>
    <message>
        <source>Mercado Pago did not answer as expected: %1</source>
        <translation>O Mercado Pago não respondeu como esperado: %1</translation>
    </message>
    <message>
        <source>PointDesk tries again by itself; Ctrl+C stops it.</source>
        <translation>O PointDesk tenta de novo sozinho; Ctrl+C interrompe.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Warning: the order journal could not record every change of sale %1, so it may not show how the sale ended. %2</source>
        <translation>Atenção: o registro de vendas não conseguiu anotar todas as mudanças da venda %1, então pode não mostrar como ela terminou. %2</translation>
    </message>
    <message>
        <source>PointDesk cannot tell whether the order reached the terminal &quot;%1&quot;.</source>
        <translation>O PointDesk não consegue saber se a cobrança chegou à maquininha &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing more was sent, so that the customer is not charged twice. The order journal keeps it as sale %1, in state &quot;unknown&quot;.</source>
        <translation>Nada mais foi enviado, para não cobrar o cliente duas vezes. O registro de vendas guarda como venda %1, na situação &quot;unknown&quot; (desconhecida).</translation>
    </message>
    <message>
        <source>What to do: look at the terminal &quot;%1&quot;. If it shows the order or a payment, find the order id in the Mercado Pago activity and check it with &quot;%2 status ORDER_ID&quot;. See the sale with &quot;%2 history --state unknown&quot;. Charge again only once you are sure that nothing was charged.</source>
        <translation>O que fazer: olhe a maquininha &quot;%1&quot;. Se ela mostrar a cobrança ou um pagamento, procure o id da cobrança na atividade do Mercado Pago e consulte com &quot;%2 status ORDER_ID&quot;. Veja a venda com &quot;%2 history --state unknown&quot;. Cobre de novo só quando tiver certeza de que nada foi cobrado.</translation>
    </message>
    <message>
        <source>Paid: payment %1 (%2).</source>
        <translation>Paga: pagamento %1 (%2).</translation>
    </message>
    <message>
        <source>Declined: payment %1 (%2). Ask the customer for another card or another way to pay.</source>
        <translation>Recusada: pagamento %1 (%2). Peça ao cliente outro cartão ou outra forma de pagamento.</translation>
    </message>
    <message>
        <source>Cancelled: order %1 was cancelled on the terminal, or the terminal was freed.</source>
        <translation>Cancelada: a cobrança %1 foi cancelada na maquininha, ou a maquininha foi liberada.</translation>
    </message>
    <message>
        <source>The order journal records it as sale %1, not charged.</source>
        <translation>O registro de vendas anota como venda %1, não cobrada.</translation>
    </message>
    <message>
        <source>Check the terminal: Mercado Pago cannot tell whether order %1 was paid. Read the terminal&apos;s screen or slip before charging again.</source>
        <translation>Verifique a maquininha: o Mercado Pago não consegue saber se a cobrança %1 foi paga. Leia a tela ou o comprovante da maquininha antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>Expired: order %1 was not paid in time; nothing was charged.</source>
        <translation>Expirada: a cobrança %1 não foi paga a tempo; nada foi cobrado.</translation>
    </message>
    <message>
        <source>Paid, then refunded: payment %1 (%2).</source>
        <translation>Paga e depois reembolsada: pagamento %1 (%2).</translation>
    </message>
    <message>
        <source>PointDesk cannot tell how order %1 on the terminal &quot;%2&quot; ended.</source>
        <translation>O PointDesk não consegue saber como terminou a cobrança %1 na maquininha &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ChargeService</name>
    <message>
        <source>Cancelled by the cashier before it was sent.</source>
        <translation>Cancelada pelo caixa antes de ser enviada.</translation>
    </message>
    <message>
        <source>Not sent: the terminals could not be checked. %1</source>
        <translation>Não enviada: não foi possível verificar as maquininhas. %1</translation>
    </message>
    <message>
        <source>Not sent: the terminal &quot;%1&quot; is not registered to the account. Refresh the list of terminals.</source>
        <translation>Não enviada: a maquininha &quot;%1&quot; não está registrada na conta. Atualize a lista de maquininhas.</translation>
    </message>
    <message>
        <source>Not sent: the terminal &quot;%1&quot; is busy with another order. Wait for it to finish, or free the terminal.</source>
        <translation>Não enviada: a maquininha &quot;%1&quot; está ocupada com outra cobrança. Espere terminar ou libere a maquininha.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>PointDesk could not find out whether the order reached the terminal &quot;%1&quot;. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>O PointDesk não conseguiu saber se a cobrança chegou à maquininha &quot;%1&quot;. Confira a maquininha e a atividade do Mercado Pago antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>PointDesk could not check the terminal &quot;%1&quot; to find out whether the order reached it (%2). Check the terminal before charging again.</source>
        <translation>O PointDesk não conseguiu verificar a maquininha &quot;%1&quot; para saber se a cobrança chegou (%2). Confira a maquininha antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>Not charged: the terminal &quot;%1&quot; is no longer registered to the account.</source>
        <translation>Não cobrada: a maquininha &quot;%1&quot; não está mais registrada na conta.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; is no longer registered to the account; PointDesk cannot tell whether the order was paid before. Check the Mercado Pago activity.</source>
        <translation>A maquininha &quot;%1&quot; não está mais registrada na conta; o PointDesk não consegue saber se a cobrança foi paga antes. Confira a atividade do Mercado Pago.</translation>
    </message>
    <message>
        <source>Not sent: the terminal &quot;%1&quot; is busy with another order.</source>
        <translation>Não enviada: a maquininha &quot;%1&quot; está ocupada com outra cobrança.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; now holds another order; PointDesk cannot tell whether this sale&apos;s order was paid before it. Check the Mercado Pago activity.</source>
        <translation>A maquininha &quot;%1&quot; agora tem outra cobrança; o PointDesk não consegue saber se a cobrança desta venda foi paga antes. Confira a atividade do Mercado Pago.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; is free, but too much time has passed to be sure that the order was not paid. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>A maquininha &quot;%1&quot; está livre, mas passou tempo demais para ter certeza de que a cobrança não foi paga. Confira a maquininha e a atividade do Mercado Pago antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; holds order %2, but PointDesk could not read it (%3). Check the terminal.</source>
        <translation>A maquininha &quot;%1&quot; tem a cobrança %2, mas o PointDesk não conseguiu lê-la (%3). Confira a maquininha.</translation>
    </message>
    <message>
        <source>Cancelled by the cashier; the order never reached the terminal.</source>
        <translation>Cancelada pelo caixa; a cobrança nunca chegou à maquininha.</translation>
    </message>
    <message>
        <source>The order did not reach the terminal &quot;%1&quot;. Send it again?</source>
        <translation>A cobrança não chegou à maquininha &quot;%1&quot;. Enviar de novo?</translation>
    </message>
    <message>
        <source>The cashier confirmed that nothing was charged.</source>
        <translation>O caixa confirmou que nada foi cobrado.</translation>
    </message>
    <message>
        <source>Order %1 on the terminal &quot;%2&quot; is recorded for another sale. Check the terminal before charging again.</source>
        <translation>A cobrança %1 da maquininha &quot;%2&quot; está registrada para outra venda. Confira a maquininha antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>Cancelled by the cashier while PointDesk could not tell whether the order had reached the terminal.</source>
        <translation>Cancelada pelo caixa enquanto o PointDesk não conseguia saber se a cobrança tinha chegado à maquininha.</translation>
    </message>
    <message>
        <source>Not sent: PointDesk stopped before sending it.</source>
        <translation>Não enviada: o PointDesk parou antes de enviá-la.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; holds an order that may be this sale&apos;s. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>A maquininha &quot;%1&quot; tem uma cobrança que pode ser desta venda. Verifique a maquininha e a atividade do Mercado Pago antes de cobrar novamente.</translation>
    </message>
    <message>
        <source>The cashier checked the terminal and confirmed that nothing was charged.</source>
        <translation>O caixa verificou a maquininha e confirmou que nada foi cobrado.</translation>
    </message>
    <message>
        <source>Order %1 is still not finished after its expiration time. Check the terminal &quot;%2&quot;: read its screen or slip, then check again or confirm that nothing was charged.</source>
        <translation>A cobrança %1 ainda não terminou após o prazo de expiração. Verifique a maquininha &quot;%2&quot;: leia a tela ou o comprovante e depois consulte novamente ou confirme que nada foi cobrado.</translation>
    </message>
    <message>
        <source>Mercado Pago accepted the order for the terminal &quot;%1&quot;, but PointDesk could not read its answer and cannot follow it. Check the terminal: the customer may pay there, or you may cancel it on the terminal. Do not charge again before checking.</source>
        <translation>O Mercado Pago aceitou a cobrança para a maquininha &quot;%1&quot;, mas o PointDesk não conseguiu ler a resposta e não pode acompanhá-la. Confira a maquininha: o cliente pode pagar nela, ou você pode cancelá-la na maquininha. Não cobre de novo antes de conferir.</translation>
    </message>
    <message>
        <source>Mercado Pago accepted the order for the terminal &quot;%1&quot;, but PointDesk could not read its answer and the terminal does not show it now. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>O Mercado Pago aceitou a cobrança para a maquininha &quot;%1&quot;, mas o PointDesk não conseguiu ler a resposta e a maquininha não a mostra agora. Confira a maquininha e a atividade do Mercado Pago antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>Not sent: the attempt failed. %1</source>
        <translation>Não enviada: a tentativa falhou. %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n attempts failed. %1</source>
        <translation>
            <numerusform>Não enviada: %n tentativa falhou. %1</numerusform>
            <numerusform>Não enviada: %n tentativas falharam. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando foi informado.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation>A opção %1 não se aplica a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>A opção %1 foi informada mais de uma vez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>&quot;%1&quot; precisa de um argumento.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not acceptable: use https://, or http:// only to this computer (127.0.0.1, localhost).</source>
        <translation>O endereço da API &quot;%1&quot; não é aceitável: use https://, ou http:// só para este computador (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds, a whole number from 1 to 3600000.</source>
        <translation>--timeout recebe milissegundos, um número inteiro de 1 a 3600000.</translation>
    </message>
    <message>
        <source>POINTDESK_POLL_MS takes milliseconds, a whole number from 10 to 3600000.</source>
        <translation>POINTDESK_POLL_MS recebe milissegundos, um número inteiro de 10 a 3600000.</translation>
    </message>
    <message>
        <source>Stopped before the command finished.</source>
        <translation>Interrompido antes de o comando terminar.</translation>
    </message>
    <message>
        <source>--api: %1</source>
        <translation>--api: %1</translation>
    </message>
    <message>
        <source>POINTDESK_API: %1</source>
        <translation>POINTDESK_API: %1</translation>
    </message>
    <message>
        <source>The account&apos;s API in PointDesk&apos;s settings (%1) is unknown: %2 Set the account up again in the window, or give --api.</source>
        <translation>A API da conta nas configurações do PointDesk (%1) é desconhecida: %2 Configure a conta de novo na janela, ou informe --api.</translation>
    </message>
    <message>
        <source>POINTDESK_KEYCHAIN_TIMEOUT takes seconds, a whole number from 1 to 600.</source>
        <translation>POINTDESK_KEYCHAIN_TIMEOUT recebe segundos, um número inteiro de 1 a 600.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot; after &quot;%2&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot; depois de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Stopped before the command finished.</source>
        <translation>Interrompido antes de o comando terminar.</translation>
    </message>
    <message>
        <source>An Orders API order id is up to 64 letters and digits, as &quot;charge&quot; printed it (ORD01J...).</source>
        <translation>Um id de pedido da API de Orders tem até 64 letras e dígitos, como &quot;charge&quot; o mostrou (ORD01J...).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date PointDesk can read: write it as YYYY-MM-DD, for example %2.</source>
        <translation>&quot;%1&quot; não é uma data que o PointDesk consiga ler: escreva como AAAA-MM-DD, por exemplo %2.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the commands and options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver os comandos e as opções.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Mercado Pago refused the access token saved in the system keychain. Save the current one with &quot;%1 login&quot;.</source>
        <translation>O Mercado Pago recusou o token de acesso salvo no chaveiro do sistema. Salve o atual com &quot;%1 login&quot;.</translation>
    </message>
    <message>
        <source>Or set POINTDESK_TOKEN for this shell: %1 then uses it without a keychain.</source>
        <translation>Ou defina POINTDESK_TOKEN para este console: o %1 passa a usá-lo sem chaveiro.</translation>
    </message>
    <message>
        <source>Journal file: %1</source>
        <translation>Arquivo do registro: %1</translation>
    </message>
    <message>
        <source>No access token: run `%1 login` (or set POINTDESK_TOKEN).</source>
        <translation>Sem token de acesso: execute `%1 login` (ou defina POINTDESK_TOKEN).</translation>
    </message>
    <message>
        <source>Note: POINTDESK_TOKEN is set in this shell, and %1 uses it instead of the keychain until it is unset.</source>
        <translation>Observação: POINTDESK_TOKEN está definido neste console, e o %1 o usa no lugar do chaveiro até ser removido.</translation>
    </message>
    <message>
        <source>%1 stopped waiting for it (POINTDESK_KEYCHAIN_TIMEOUT sets how long, in seconds); nothing was saved.</source>
        <translation>%1 parou de esperar por ele (POINTDESK_KEYCHAIN_TIMEOUT define quanto tempo, em segundos); nada foi salvo.</translation>
    </message>
    <message>
        <source>Mercado Pago does not know this terminal or order. See the terminals with &quot;%1 devices&quot;.</source>
        <translation>O Mercado Pago não reconhece esta maquininha ou esta cobrança. Veja as maquininhas com &quot;%1 devices&quot;.</translation>
    </message>
    <message>
        <source>The terminal is busy with another order. Wait for it to finish, or free it with &quot;%1 cancel --device NAME&quot;.</source>
        <translation>A maquininha está ocupada com outra cobrança. Aguarde até que termine ou libere-a com &quot;%1 cancel --device NAME&quot;.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Usage: %1 [--api-base URL] [--json] [--timeout MS] [--verbose] COMMAND [ARGUMENTS]</source>
        <translation>Uso: %1 [--api-base URL] [--json] [--timeout MS] [--verbose] COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Sends payment orders to Mercado Pago Point card terminals.</source>
        <translation>Envia cobranças para as maquininhas Point do Mercado Pago.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the commands and options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver os comandos e as opções.</translation>
    </message>
    <message>
        <source>Options:
  --api-base URL  Mercado Pago API address (default %1). https://, or http:// only
                  to this computer (the simulator).
  --json          Print exactly one JSON document on standard output, also on errors.
  --timeout MS    Give up on a request after MS milliseconds (default %2).
  --verbose       Show technical details of errors and log every request.
  -h, --help      Show this help.
  --version       Show the version.
</source>
        <translation>Opções:
  --api-base URL  Endereço da API do Mercado Pago (padrão %1). https://, ou http://
                  só para este computador (o simulador).
  --json          Imprime um único documento JSON na saída padrão, também em caso de
                  erro.
  --timeout MS    Desiste de uma solicitação depois de MS milissegundos (padrão %2).
  --verbose       Mostra os detalhes técnicos dos erros e registra cada solicitação.
  -h, --help      Mostra esta ajuda.
  --version       Mostra a versão.
</translation>
    </message>
    <message>
        <source>Environment:
  POINTDESK_TOKEN     The Mercado Pago access token. When set, it is used instead of the one
                      saved by login. A token is never taken from the command line and never
                      printed.
  POINTDESK_API_BASE  The API address when --api-base is not given.
  POINTDESK_POLL_MS   How often charge --wait asks for the order, in ms (default %1).
  POINTDESK_KEYCHAIN_SERVICE
                      The keychain entry&apos;s service name (default %2).
  POINTDESK_JOURNAL   The order journal file that charge writes and history reads (default
                      %3, shared with the PointDesk window).
</source>
        <translation>Ambiente:
  POINTDESK_TOKEN     O token de acesso do Mercado Pago. Quando definido, é usado no lugar
                      do salvo pelo login. Um token nunca é lido da linha de comando nem
                      impresso.
  POINTDESK_API_BASE  O endereço da API quando --api-base não é informado.
  POINTDESK_POLL_MS   De quanto em quanto tempo charge --wait consulta a cobrança, em ms
                      (padrão %1).
  POINTDESK_KEYCHAIN_SERVICE
                      O nome de serviço da entrada no chaveiro (padrão %2).
  POINTDESK_JOURNAL   O arquivo do registro de vendas que charge grava e history lê (padrão
                      %3, compartilhado com a janela do PointDesk).
</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de saída:</translation>
    </message>
    <message>
        <source>success (status of a declined or cancelled order too: the query worked)</source>
        <translation>sucesso (também status de uma cobrança recusada ou cancelada: a consulta funcionou)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or extra argument, bad --api-base,
       --timeout or POINTDESK_POLL_MS; no access token (run login, or set POINTDESK_TOKEN)</source>
        <translation>erro de uso: comando ou opção desconhecidos, argumento faltando ou sobrando, --api-base,
       --timeout ou POINTDESK_POLL_MS inválidos; sem token de acesso (execute login ou defina
       POINTDESK_TOKEN)</translation>
    </message>
    <message>
        <source>invalid input (amount, description, card, e-mail, URL, ORDER_ID, USER_ID, the token
       given to login, a history date, state or limit ...); nothing was sent</source>
        <translation>dado inválido (valor, descrição, cartão, e-mail, URL, ORDER_ID, USER_ID, o token
       passado ao login, uma data, situação ou limite do history ...); nada foi enviado</translation>
    </message>
    <message>
        <source>Mercado Pago answered with an error (rejected token, unknown order or terminal, busy
       terminal, rejected field, too many requests, server error, unreadable answer)</source>
        <translation>o Mercado Pago respondeu com um erro (token recusado, cobrança ou maquininha
       desconhecida, maquininha ocupada, campo recusado, solicitações demais, erro do
       servidor, resposta ilegível)</translation>
    </message>
    <message>
        <source>network error: Mercado Pago could not be reached, did not answer in time, or TLS failed</source>
        <translation>erro de rede: não foi possível conectar ao Mercado Pago, ele não respondeu a tempo ou o TLS falhou</translation>
    </message>
    <message>
        <source>charge --wait: the card was declined (also charge when the order had already ended)</source>
        <translation>charge --wait: o cartão foi recusado (também charge quando a cobrança já tinha terminado)</translation>
    </message>
    <message>
        <source>charge --wait: the order was cancelled (also charge when the order had already ended)</source>
        <translation>charge --wait: a cobrança foi cancelada (também charge quando a cobrança já tinha terminado)</translation>
    </message>
    <message>
        <source>keychain error: the system keychain refused access or failed, or there is no keychain
       service (set POINTDESK_TOKEN to work without one); nothing was saved</source>
        <translation>erro do chaveiro: o chaveiro do sistema negou o acesso ou falhou, ou não há serviço de
       chaveiro (defina POINTDESK_TOKEN para trabalhar sem ele); nada foi salvo</translation>
    </message>
    <message>
        <source>journal error: the order journal could not be opened or written (damaged, in use by
       another program, from a newer PointDesk, disk full, read-only); charge sent nothing</source>
        <translation>erro do registro: não foi possível abrir ou gravar o registro de vendas (danificado, em
       uso por outro programa, de um PointDesk mais novo, disco cheio, somente leitura);
       charge não enviou nada</translation>
    </message>
    <message>
        <source>charge: PointDesk cannot tell whether the order reached the terminal; nothing more was
       sent. Look at the terminal, then use status ORDER_ID or history --state unknown
       before charging again</source>
        <translation>charge: o PointDesk não consegue saber se a cobrança chegou à maquininha; nada mais foi
       enviado. Olhe a maquininha e depois use status ORDER_ID ou history --state unknown
       antes de cobrar de novo</translation>
    </message>
    <message>
        <source>logout or remove-device: a manager PIN is set and it was not given, not right, or is
       locked after too many wrong tries (as in the window); nothing was done</source>
        <translation>logout ou remove-device: há um PIN de gerente e ele não foi informado, não está certo ou
       está bloqueado por tentativas erradas demais (como na janela); nada foi feito</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C); an order being followed stays open on the terminal</source>
        <translation>interrompido (Ctrl+C); a cobrança acompanhada continua aberta na maquininha</translation>
    </message>
    <message>
        <source>  --api API       The Mercado Pago API to speak: legacy (Integration via API, the Point
                  app on phones and tablets) or orders (the Orders API of Point Smart and
                  the other Point terminals). Default: the account&apos;s, as set up in the
                  window or with login --api, else legacy.
</source>
        <translation>  --api API       A API do Mercado Pago a usar: legacy (Integração via API, o app Point
                  em celulares e tablets) ou orders (a API de Orders da Point Smart e
                  das demais maquininhas Point). Padrão: a da conta, escolhida na janela
                  ou com login --api; senão, legacy.
</translation>
    </message>
    <message>
        <source>  POINTDESK_API       The API (legacy or orders) when --api is not given.
</source>
        <translation>  POINTDESK_API       A API (legacy ou orders) quando --api não é informado.
</translation>
    </message>
    <message>
        <source>;
       an unknown --api or POINTDESK_API, or an API this version cannot speak</source>
        <translation>;
       --api ou POINTDESK_API desconhecidos, ou uma API que esta versão não consegue usar</translation>
    </message>
    <message>
        <source>  POINTDESK_KEYCHAIN_TIMEOUT
                      Seconds to wait for the system keychain before giving up with exit 8
                      (default %1).
</source>
        <translation>  POINTDESK_KEYCHAIN_TIMEOUT
                      Segundos de espera pelo chaveiro do sistema antes de desistir com a
                      saída 8 (padrão %1).
</translation>
    </message>
    <message>
        <source>;
       or it did not answer within POINTDESK_KEYCHAIN_TIMEOUT (locked, or its service stuck)</source>
        <translation>;
       ou não respondeu dentro de POINTDESK_KEYCHAIN_TIMEOUT (bloqueado, ou seu serviço travado)</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Free the terminal?</source>
        <translation>Liberar a maquininha?</translation>
    </message>
    <message>
        <source>Free %1 by cancelling order %2?</source>
        <translation>Liberar a %1 cancelando a cobrança %2?</translation>
    </message>
    <message>
        <source>Free %1 by cancelling whatever order it holds?</source>
        <translation>Liberar a %1 cancelando qualquer cobrança que ela tenha?</translation>
    </message>
    <message>
        <source>Use this when the terminal is stuck or the order on it was left behind. If a customer is paying on it right now, that payment is stopped.</source>
        <translation>Use quando a maquininha estiver travada ou ficou uma cobrança esquecida nela. Se um cliente estiver pagando nela agora, esse pagamento é interrompido.</translation>
    </message>
    <message>
        <source>&amp;Free terminal</source>
        <translation>&amp;Liberar maquininha</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Manter a cobrança</translation>
    </message>
    <message>
        <source>Nothing was charged?</source>
        <translation>Nada foi cobrado?</translation>
    </message>
    <message>
        <source>End this sale of %1 as not charged?</source>
        <translation>Encerrar esta venda de %1 como não cobrada?</translation>
    </message>
    <message>
        <source>Do this only when %1 shows no order for this sale and the Mercado Pago activity shows no payment for it. If the customer did pay, the sale would be missing from PointDesk.</source>
        <translation>Faça isso só se a %1 não mostrar nenhuma cobrança desta venda e a atividade do Mercado Pago não mostrar nenhum pagamento. Se o cliente pagou, a venda ficaria faltando no PointDesk.</translation>
    </message>
    <message>
        <source>&amp;Nothing was charged</source>
        <translation>&amp;Nada foi cobrado</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Start a new sales record?</source>
        <translation>Começar um registro de vendas novo?</translation>
    </message>
    <message>
        <source>The sales record file is damaged. Start a new, empty one?</source>
        <translation>O arquivo do registro de vendas está danificado. Começar um novo, vazio?</translation>
    </message>
    <message>
        <source>&amp;Start a new record</source>
        <translation>&amp;Começar um registro novo</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection to Mercado Pago</source>
        <translation>Conexão com o Mercado Pago</translation>
    </message>
    <message>
        <source>● Access token refused</source>
        <translation>● Token de acesso recusado</translation>
    </message>
    <message>
        <source>Mercado Pago answers but refuses the access token.</source>
        <translation>O Mercado Pago responde, mas recusa o token de acesso.</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Conectando…</translation>
    </message>
    <message>
        <source>Connected to the simulated Point terminals.</source>
        <translation>Conectado às maquininhas Point simuladas.</translation>
    </message>
    <message>
        <source>Connected to Mercado Pago.</source>
        <translation>Conectado ao Mercado Pago.</translation>
    </message>
    <message numerus="yes">
        <source>● Offline — retrying in %n s</source>
        <translation>
            <numerusform>● Sem conexão — nova tentativa em %n s</numerusform>
            <numerusform>● Sem conexão — nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Connection problem — retrying in %n s</source>
        <translation>
            <numerusform>● Problema de conexão — nova tentativa em %n s</numerusform>
            <numerusform>● Problema de conexão — nova tentativa em %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Argentine peso</source>
        <translation>Peso argentino</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>Real brasileiro</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Peso mexicano</translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation>Peso chileno</translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation>Peso colombiano</translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation>Sol peruano</translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation>Peso uruguaio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A currency in a list: its name, then its ISO code in parentheses. %1 is the name, %2 the code.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>The card data was entered wrongly. Ask the customer to try the card again carefully.</source>
        <translation>Os dados do cartão foram digitados errado. Peça ao cliente que tente o cartão de novo com atenção.</translation>
    </message>
    <message>
        <source>The payment was refused for security reasons. Ask for another way to pay.</source>
        <translation>O pagamento foi recusado por motivos de segurança. Peça outra forma de pagamento.</translation>
    </message>
    <message>
        <source>The card&apos;s bank refused the payment. Ask for another card.</source>
        <translation>O banco do cartão recusou o pagamento. Peça outro cartão.</translation>
    </message>
    <message>
        <source>The card&apos;s bank asks the customer to call it to authorise the payment. The customer may call the bank, or pay with another card.</source>
        <translation>O banco do cartão pede que o cliente ligue para autorizar o pagamento. O cliente pode ligar para o banco ou pagar com outro cartão.</translation>
    </message>
    <message>
        <source>Too many attempts with this card. Ask for another card.</source>
        <translation>Tentativas demais com este cartão. Peça outro cartão.</translation>
    </message>
    <message>
        <source>The card is blocked or disabled. Ask for another card.</source>
        <translation>O cartão está bloqueado ou desabilitado. Peça outro cartão.</translation>
    </message>
    <message>
        <source>The card does not have enough funds. Ask for another card.</source>
        <translation>O cartão não tem saldo suficiente. Peça outro cartão.</translation>
    </message>
    <message>
        <source>The amount is above the card&apos;s limit. Ask for another card, or charge a lower amount.</source>
        <translation>O valor passa do limite do cartão. Peça outro cartão ou cobre um valor menor.</translation>
    </message>
    <message>
        <source>A technical error stopped the payment. Charge again; if it keeps happening, contact Mercado Pago support.</source>
        <translation>Um erro técnico interrompeu o pagamento. Cobre de novo; se continuar acontecendo, fale com o suporte do Mercado Pago.</translation>
    </message>
    <message>
        <source>The card does not accept these installments. Charge again and choose other installments.</source>
        <translation>O cartão não aceita estas parcelas. Cobre de novo e escolha outras parcelas.</translation>
    </message>
    <message>
        <source>The payment was declined. Ask for another card or another way to pay.</source>
        <translation>O pagamento foi recusado. Peça outro cartão ou outra forma de pagamento.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>Demo on the %1</source>
        <translation>Demonstração com a %1</translation>
    </message>
    <message>
        <source>Show the &amp;virtual terminal</source>
        <translation>Mostrar a maquininha &amp;virtual</translation>
    </message>
    <message>
        <source>&amp;Switch to the %1</source>
        <extracomment>%1 is the other API&apos;s name, e.g. &quot;Orders API (Point terminals)&quot;.</extracomment>
        <translation>&amp;Mudar para a %1</translation>
    </message>
    <message>
        <source>Starts the demo again with the simulated terminals of the other API.</source>
        <translation>Recomeça a demonstração com as maquininhas simuladas da outra API.</translation>
    </message>
    <message>
        <source>Account &amp;currency</source>
        <translation>Moe&amp;da da conta</translation>
    </message>
    <message>
        <source>&amp;Leave demo mode</source>
        <translation>&amp;Sair do modo demonstração</translation>
    </message>
    <message>
        <source>Charges on the Mercado Pago account&apos;s terminals, or sets the account up first.</source>
        <translation>Cobra nas maquininhas da conta do Mercado Pago ou, antes, configura a conta.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>&amp;Terminals</source>
        <translation>&amp;Maquininhas</translation>
    </message>
    <message>
        <source>Refresh the list of terminals</source>
        <translation>Atualizar a lista de maquininhas</translation>
    </message>
    <message>
        <source>Refresh the list of terminals (F5)</source>
        <translation>Atualizar a lista de maquininhas (F5)</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Maquininhas</translation>
    </message>
    <message>
        <source>The terminal that takes the next charge</source>
        <translation>A maquininha que recebe a próxima cobrança</translation>
    </message>
    <message>
        <source>No terminals on this account yet. To add one: in the Mercado Pago app of the terminal, set its device name, and make sure the Point integration via API is enabled for the account. Then press Refresh (F5).</source>
        <translation>Ainda não há maquininhas nesta conta. Para adicionar uma: no app do Mercado Pago da maquininha, defina o nome do dispositivo e confira se a integração do Point via API está ativada para a conta. Depois pressione Atualizar (F5).</translation>
    </message>
    <message>
        <source>Loading the terminals…</source>
        <translation>Carregando as maquininhas…</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIVRE</translation>
    </message>
    <message>
        <source>Ready for a charge</source>
        <translation>Pronta para cobrar</translation>
    </message>
    <message>
        <source>%1, free: ready for a charge</source>
        <translation>%1, livre: pronta para cobrar</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>Busy with order %1</source>
        <translation>Ocupada com a cobrança %1</translation>
    </message>
    <message>
        <source>Busy with another order</source>
        <translation>Ocupada com outra cobrança</translation>
    </message>
    <message>
        <source>%1, busy with order %2</source>
        <translation>%1, ocupada com a cobrança %2</translation>
    </message>
    <message>
        <source>%1, busy with another order</source>
        <translation>%1, ocupada com outra cobrança</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>State not known: %1</source>
        <translation>Situação desconhecida: %1</translation>
    </message>
    <message>
        <source>%1, state not known</source>
        <translation>%1, situação desconhecida</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Rename the terminal on this computer</source>
        <translation>Renomear a maquininha neste computador</translation>
    </message>
    <message>
        <source>Give the terminal a name the cashiers know it by. Only this computer uses it.</source>
        <translation>Dê à maquininha um nome pelo qual os caixas a conheçam. Só este computador o usa.</translation>
    </message>
    <message>
        <source>Switch to PDV mode</source>
        <translation>Passar para o modo PDV</translation>
    </message>
    <message>
        <source>Switch the terminal to PDV mode</source>
        <translation>Passar a maquininha para o modo PDV</translation>
    </message>
    <message>
        <source>Let the terminal take orders from PointDesk. Restart the terminal afterwards.</source>
        <translation>Permite que a maquininha receba cobranças do PointDesk. Depois reinicie a maquininha.</translation>
    </message>
    <message>
        <source>PDV</source>
        <extracomment>Badge of a terminal in PDV mode (Orders API); keep it short.</extracomment>
        <translation>PDV</translation>
    </message>
    <message>
        <source>Takes orders from PointDesk</source>
        <translation>Recebe cobranças do PointDesk</translation>
    </message>
    <message>
        <source>%1, PDV mode: takes orders from PointDesk</source>
        <translation>%1, modo PDV: recebe cobranças do PointDesk</translation>
    </message>
    <message>
        <source>NO ORDERS</source>
        <extracomment>Badge of a terminal that cannot take orders (Orders API: standalone or not set up); keep it short.</extracomment>
        <translation>SEM COBRANÇAS</translation>
    </message>
    <message>
        <source>cannot take orders from PointDesk</source>
        <translation>não pode receber cobranças do PointDesk</translation>
    </message>
    <message>
        <source>%1, %2: cannot take orders from PointDesk</source>
        <translation>%1, %2: não pode receber cobranças do PointDesk</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No terminals on this account yet. A terminal shows here once it is linked to a store and point of sale of the account in Mercado Pago. Then press Refresh (F5).</source>
        <translation>Ainda não há maquininhas nesta conta. Uma maquininha aparece aqui quando está vinculada a uma loja e a um caixa da conta no Mercado Pago. Depois pressione Atualizar (F5).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Busy - %1</source>
        <extracomment>The terminal is busy with a sale of another counter of the store; %1 is that counter&apos;s name.</extracomment>
        <translation>Ocupada - %1</translation>
    </message>
    <message>
        <source>%1, busy with a sale of %2</source>
        <translation>%1, ocupada com uma venda de %2</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List the account&apos;s terminals: FREE, or BUSY with the order they hold.</source>
        <translation>Lista as maquininhas da conta: LIVRE, ou OCUPADA com a cobrança
que ela tem.</translation>
    </message>
    <message>
        <source>No terminals are linked to this account. Set the terminal&apos;s name in the Mercado Pago app on the terminal.</source>
        <translation>Não há maquininhas vinculadas a esta conta. Defina o nome da maquininha no app do Mercado Pago na própria maquininha.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIVRE</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONHECIDA</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Store / POS</source>
        <translation>Loja / caixa</translation>
    </message>
    <message>
        <source>A STANDALONE terminal cannot take orders from PointDesk; a manager switches it with &quot;%1 terminal-mode TERMINAL_ID pdv&quot; and restarts it.</source>
        <translation>Um terminal STANDALONE não pode receber pedidos do PointDesk; um gerente o troca com &quot;%1 terminal-mode TERMINAL_ID pdv&quot; e o reinicia.</translation>
    </message>
</context>
<context>
    <name>EnableIntegrationCommand</name>
    <message>
        <source>Enable the Point integration for the account USER_ID.</source>
        <translation>Ativa a integração com o Point para a conta USER_ID.</translation>
    </message>
    <message>
        <source>The Point integration is enabled for user %1.</source>
        <translation>A integração com o Point está ativada para o usuário %1.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <source>Card ending %1</source>
        <extracomment>%1 is the card&apos;s last digits, like &quot;4242&quot;.</extracomment>
        <translation>Cartão final %1</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <extracomment>%1 is a card brand, like &quot;Visa&quot;; %2 the card&apos;s last digits, like &quot;4242&quot;.</extracomment>
        <translation>%1 final %2</translation>
    </message>
    <message>
        <source>1 installment</source>
        <translation>1 parcela</translation>
    </message>
    <message>
        <source>%1 installments</source>
        <translation>%1 parcelas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the card, like &quot;Visa ending 4242&quot;; %2 the installments, like &quot;3 installments&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>approved</source>
        <extracomment>A payment or order status from Mercado Pago.</extracomment>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>em processamento</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>processado</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <source>on the terminal</source>
        <translation>na maquininha</translation>
    </message>
    <message>
        <source>needs a check on the terminal</source>
        <translation>é preciso conferir a maquininha</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>estornado</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>estornado em parte</translation>
    </message>
    <message>
        <source>charged back</source>
        <translation>contestado pelo cliente</translation>
    </message>
    <message>
        <source>in dispute</source>
        <translation>em disputa</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>PointDesk</source>
        <translation>PointDesk</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Manager mode</source>
        <translation>Modo gerente</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>About PointDesk</source>
        <translation>Sobre o PointDesk</translation>
    </message>
    <message>
        <source>PointDesk %1</source>
        <translation>PointDesk %1</translation>
    </message>
    <message>
        <source>A desktop cashier for Mercado Pago Point card terminals. The access token is kept in the system keychain, never in a file.</source>
        <translation>Um caixa de computador para as maquininhas Point do Mercado Pago. O token de acesso fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Enter: charge
Esc: cancel the open order
F2: new sale, the same description
Ctrl+N: new sale, all cleared
F3: charge the same again
F5: refresh the terminals
Ctrl+H: sales history
Ctrl+Shift+Z: close the day
Ctrl+,: preferences
Ctrl+M: enter manager mode
Ctrl+T: terminals (manager)
Ctrl+Shift+M: end manager mode
F10: the menu bar
F1: this list</source>
        <translation>Enter: cobrar
Esc: cancelar a cobrança aberta
F2: nova venda, a mesma descrição
Ctrl+N: nova venda, tudo limpo
F3: cobrar o mesmo de novo
F5: atualizar as maquininhas
Ctrl+H: histórico de vendas
Ctrl+Shift+Z: fechar o dia
Ctrl+,: preferências
Ctrl+M: entrar no modo gerente
Ctrl+T: maquininhas (gerente)
Ctrl+Shift+M: sair do modo gerente
F10: a barra de menus
F1: esta lista</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show this help, or only what COMMAND does and takes.</source>
        <translation>Mostra esta ajuda, ou só o que COMMAND faz e aceita.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--all cannot be combined with --day, --from or --to.</source>
        <translation>--all não pode ser combinado com --day, --from ou --to.</translation>
    </message>
    <message>
        <source>Give either --day or --from / --to, not both.</source>
        <translation>Informe --day ou --from / --to, não os dois.</translation>
    </message>
    <message>
        <source>Choose one output: --csv or --json.</source>
        <translation>Escolha uma só saída: --csv ou --json.</translation>
    </message>
    <message>
        <source>--limit does not apply to --csv: the export always holds every matching sale. Narrow it with --day, --from / --to, --state or --terminal.</source>
        <translation>--limit não se aplica a --csv: a exportação sempre tem todas as vendas que batem. Restrinja com --day, --from / --to, --state ou --terminal.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of sales from 1 to 1000000, for example --limit 20.</source>
        <translation>--limit recebe um número inteiro de vendas de 1 a 1000000, por exemplo --limit 20.</translation>
    </message>
    <message>
        <source>No sales match the states or the terminal asked for.</source>
        <translation>Nenhuma venda bate com as situações ou a maquininha pedidas.</translation>
    </message>
    <message>
        <source>No sales were recorded on %1.</source>
        <translation>Não há vendas anotadas em %1.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2: give the first day with --from and the last day with --to.</source>
        <translation>--to %1 é anterior a --from %2: informe o primeiro dia com --from e o último com --to.</translation>
    </message>
    <message>
        <source>No sales were recorded from %1 on.</source>
        <translation>Não há vendas anotadas a partir de %1.</translation>
    </message>
    <message>
        <source>No sales were recorded up to %1.</source>
        <translation>Não há vendas anotadas até %1.</translation>
    </message>
    <message>
        <source>No sales were recorded from %1 to %2.</source>
        <translation>Não há vendas anotadas de %1 a %2.</translation>
    </message>
    <message>
        <source>No sales were recorded today (%1). Use --all to see every day, or --day YYYY-MM-DD.</source>
        <translation>Não há vendas anotadas hoje (%1). Use --all para ver todos os dias, ou --day AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The order journal holds no sales.</source>
        <translation>O registro de vendas não tem nenhuma venda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state. Use paid, declined, cancelled, failed, waiting, sending, unknown or open.</source>
        <translation>&quot;%1&quot; não é uma situação. Use paid, declined, cancelled, failed, waiting, sending, unknown ou open.</translation>
    </message>
    <message>
        <source>--state needs a state, for example --state paid.</source>
        <translation>--state precisa de uma situação, por exemplo --state paid.</translation>
    </message>
    <message>
        <source>List the sales of the order journal, newest first, with totals by
state and by card type, then the money taken (paid sales only),
refunded and net by state, card type and terminal. Needs no
token and no network.
--day: one day, local time (default: today). --from / --to: the
first and last day (either may be left out). --all: every day.
--state: paid, declined, cancelled, failed (not sent), waiting
(for the customer), sending, unknown (PointDesk could not tell),
or open (waiting, sending and unknown: not finished); repeat it or
separate states with commas. The JSON names are approved,
rejected, cancelled, failed, waiting_for_card, sending, unknown.
--terminal: only that terminal (capitals and accents aside, like
the window&apos;s terminal filter). --limit: only the N newest sales
(the totals still count every matching sale).
--json: {&quot;entries&quot;:[...],&quot;totals&quot;:{...}}; every amount is given
twice, as an exact decimal string (&quot;amount&quot;: &quot;1234.50&quot;) and as
integer cents (&quot;amount_cents&quot;: 123450); ids are integers.
--csv: every matching sale as CSV, then their refunds as a second
table after an empty line. --csv-format (implies --csv): plain
(UTF-8, &apos;,&apos;, amounts like 1234.50, times in UTC, the same whatever
the language) or spreadsheet (a byte order mark, &apos;;&apos;, the decimal
separator of the system&apos;s locale, local times, the window&apos;s words).
Default: the Preferences&apos; &quot;CSV for spreadsheets&quot; (on for Spanish
and Portuguese until chosen). Cells that start with = + - @ are
written with a &apos; in front in both.</source>
        <translation>Lista as vendas do registro de vendas, da mais nova para a mais
antiga, com totais por situação e por tipo de cartão, e depois o
dinheiro recebido (só vendas pagas), estornado e líquido por
situação, tipo de cartão e maquininha. Não precisa de token nem
de rede.
--day: um dia, no horário local (padrão: hoje). --from / --to: o
primeiro e o último dia (qualquer um pode ficar de fora).
--all: todos os dias.
--state: paid (paga), declined (recusada), cancelled
(cancelada), failed (não enviada), waiting (esperando o cliente),
sending (sendo enviada), unknown (o PointDesk não conseguiu
saber) ou open (waiting, sending e unknown: não terminadas);
repita a opção ou separe as situações com vírgulas. Os nomes no
JSON são approved, rejected, cancelled, failed, waiting_for_card,
sending, unknown.
--terminal: só essa maquininha (sem diferenciar maiúsculas nem
acentos, como o filtro de maquininha da janela). --limit: só as N
vendas mais novas (os totais contam mesmo assim todas as vendas que batem).
--json: {&quot;entries&quot;:[...],&quot;totals&quot;:{...}}; cada valor aparece duas
vezes, como texto decimal exato (&quot;amount&quot;: &quot;1234.50&quot;) e em
centavos inteiros (&quot;amount_cents&quot;: 123450); os ids são inteiros.
--csv: todas as vendas que batem, em CSV, e depois os estornos
delas como segunda tabela após uma linha vazia.
--csv-format (implica --csv): plain (UTF-8, &apos;,&apos;, valores como
1234.50, horários em UTC, igual em qualquer idioma) ou spreadsheet
(marca de ordem de bytes, &apos;;&apos;, o separador decimal da localidade
do sistema, horários locais, as palavras da janela). Padrão:
&quot;CSV para planilhas&quot; das Preferências (ligado em espanhol e
português até ser escolhido). Nos dois, as células que começam
com = + - @ levam um &apos; na frente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSV format. Use --csv-format spreadsheet or --csv-format plain.</source>
        <translation>&quot;%1&quot; não é um formato de CSV. Use --csv-format spreadsheet ou --csv-format plain.</translation>
    </message>
    <message>
        <source>This day is closed: closed at %1 by %2.</source>
        <translation>Este dia está fechado: fechado às %1 por %2.</translation>
    </message>
    <message>
        <source>--store: the same for the whole store, from the store database
(PostgreSQL, set up with &quot;store setup&quot;), every option above
included: each sale with its counter, and the money taken by
counter. --counter: only that counter&apos;s sales (its name, capitals
and accents aside, or its id). With --json each sale has
&quot;counter&quot;: {&quot;id&quot;, &quot;name&quot;}, the totals &quot;by_counter&quot;, and the
document the store&apos;s &quot;currency&quot;; with --csv a counter column
comes first. When the store cannot be reached: exit 14, and the
history without --store still works.</source>
        <translation>--store: o mesmo para a loja inteira, a partir do banco de dados da
loja (PostgreSQL, configurado com &quot;store setup&quot;), com todas as
opções acima: cada venda com o seu caixa, e o dinheiro recebido por
caixa. --counter: só as vendas desse caixa (o nome dele, sem
importar maiúsculas nem acentos, ou o id). Com --json cada venda
tem &quot;counter&quot;: {&quot;id&quot;, &quot;name&quot;}, os totais &quot;by_counter&quot; e o
documento a &quot;currency&quot; da loja; com --csv uma coluna de caixa vem
primeiro. Quando a loja não pode ser alcançada: sai com 14, e o
histórico sem --store continua funcionando.</translation>
    </message>
    <message>
        <source>--counter names one of the store&apos;s counters: give it with --store.</source>
        <translation>--counter indica um dos caixas da loja: use-o com --store.</translation>
    </message>
    <message>
        <source>The store database holds no sales.</source>
        <translation>O banco de dados da loja não tem vendas.</translation>
    </message>
    <message>
        <source>Counter %1, from the store database.</source>
        <translation>Caixa %1, segundo o banco de dados da loja.</translation>
    </message>
    <message>
        <source>The whole store, from the store database.</source>
        <translation>A loja inteira, segundo o banco de dados da loja.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Sales history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>The day whose sales are shown (Ctrl+F)</source>
        <translation>O dia cujas vendas são mostradas (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <source>A&amp;ll days</source>
        <translation>&amp;Todos os dias</translation>
    </message>
    <message>
        <source>Show the sales of all days</source>
        <translation>Mostrar as vendas de todos os dias</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not sent or failed</source>
        <translation>Não enviada ou com falha</translation>
    </message>
    <message>
        <source>Open (unfinished)</source>
        <translation>Aberta (não terminada)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Atualizar o histórico</translation>
    </message>
    <message>
        <source>Read the journal again (F5)</source>
        <translation>Ler de novo o registro de vendas (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the sales shown to a CSV file</source>
        <translation>Exportar as vendas mostradas para um arquivo CSV</translation>
    </message>
    <message>
        <source>Save the sales that match the filters as a CSV file for a spreadsheet</source>
        <translation>Salvar as vendas que batem com os filtros em um arquivo CSV para uma planilha</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problema no registro de vendas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Mensagem do histórico</translation>
    </message>
    <message>
        <source>History of the selected sale</source>
        <translation>Histórico da venda selecionada</translation>
    </message>
    <message>
        <source>Sale &amp;history</source>
        <translation>&amp;Histórico da venda</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado da exportação</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the sales history</source>
        <translation>Fechar o histórico de vendas</translation>
    </message>
    <message>
        <source>Close the sales history (Esc)</source>
        <translation>Fechar o histórico de vendas (Esc)</translation>
    </message>
    <message>
        <source>Totals: %1</source>
        <translation>Totais: %1</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>todos os dias</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No sales are recorded yet. Sales appear here as soon as they are charged.</source>
        <translation>Ainda não há vendas anotadas. As vendas aparecem aqui assim que são cobradas.</translation>
    </message>
    <message>
        <source>No sales are in the state “%1”. Choose another state.</source>
        <translation>Não há vendas na situação “%1”. Escolha outra situação.</translation>
    </message>
    <message>
        <source>No sales on %1. Choose another day, or All days.</source>
        <translation>Não há vendas em %1. Escolha outro dia, ou Todos os dias.</translation>
    </message>
    <message>
        <source>No sales on %1 are in the state “%2”. Choose another state or another day.</source>
        <translation>Não há vendas de %1 na situação “%2”. Escolha outra situação ou outro dia.</translation>
    </message>
    <message>
        <source>The history shown may be out of date. %1</source>
        <translation>O histórico mostrado pode estar desatualizado. %1</translation>
    </message>
    <message>
        <source>Select a sale in the list to see its history.</source>
        <translation>Selecione uma venda na lista para ver o histórico dela.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrição: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Anotada: %1</translation>
    </message>
    <message>
        <source>Order ID: %1</source>
        <translation>ID da cobrança: %1</translation>
    </message>
    <message>
        <source>Payment ID: %1</source>
        <translation>ID do pagamento: %1</translation>
    </message>
    <message>
        <source>Payment ID: %1 (status: %2)</source>
        <translation>ID do pagamento: %1 (situação: %2)</translation>
    </message>
    <message>
        <source>External reference: %1</source>
        <translation>Referência externa: %1</translation>
    </message>
    <message>
        <source>Payer&apos;s e-mail: %1</source>
        <translation>E-mail do cliente: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>The history of this sale could not be read. %1</source>
        <translation>Não foi possível ler o histórico desta venda. %1</translation>
    </message>
    <message>
        <source>What happened, oldest first:</source>
        <translation>O que aconteceu, do mais antigo ao mais novo:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Export sales as CSV</source>
        <translation>Exportar vendas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Nada foi exportado. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, then export again.</source>
        <translation>Não foi possível gravar %1: %2. Escolha outra pasta e exporte de novo.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder, then export again.</source>
        <translation>Não foi possível salvar %1: %2. Escolha outra pasta e exporte de novo.</translation>
    </message>
    <message>
        <source>answer not known yet; asked again with the same request</source>
        <translation>resposta ainda desconhecida; pedido de novo com o mesmo pedido</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>Mercado Pago is processing it</source>
        <translation>o Mercado Pago está processando</translation>
    </message>
    <message>
        <source>rejected by Mercado Pago</source>
        <translation>recusado pelo Mercado Pago</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>não realizado</translation>
    </message>
    <message>
        <source>no refund id yet</source>
        <translation>ainda sem id de estorno</translation>
    </message>
    <message>
        <source>refund ID %1</source>
        <translation>ID do estorno %1</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, por %1</translation>
    </message>
    <message>
        <source>Refund: %1 on %2 (%3%4): %5</source>
        <translation>Estorno: %1 em %2 (%3%4): %5</translation>
    </message>
    <message>
        <source>    Reason: %1</source>
        <translation>    Motivo: %1</translation>
    </message>
    <message>
        <source>    Why: %1</source>
        <translation>    Por quê: %1</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Estor&amp;nar…</translation>
    </message>
    <message>
        <source>Refund the selected sale</source>
        <translation>Estornar a venda selecionada</translation>
    </message>
    <message>
        <source>Give back all or part of the selected paid sale (Ctrl+R; manager)</source>
        <translation>Devolver tudo ou parte da venda paga selecionada (Ctrl+R; gerente)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Only the sales of one terminal; the totals follow</source>
        <translation>Só as vendas de uma maquininha; os totais também</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todas as maquininhas</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Maquininha:</translation>
    </message>
    <message>
        <source>No sales of %1 match the filters. Choose another state or All terminals.</source>
        <translation>Nenhuma venda de %1 bate com os filtros. Escolha outra situação ou Todas as maquininhas.</translation>
    </message>
    <message>
        <source>No sales of %1 on %2 match the filters. Choose another state or day, or All terminals.</source>
        <translation>Nenhuma venda de %1 em %2 bate com os filtros. Escolha outra situação ou outro dia, ou Todas as maquininhas.</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>Reci&amp;bo…</translation>
    </message>
    <message>
        <source>Receipt of the selected sale</source>
        <translation>Recibo da venda selecionada</translation>
    </message>
    <message>
        <source>Show the selected paid sale&apos;s receipt, to print it or save it as PDF</source>
        <translation>Mostrar o recibo da venda cobrada selecionada, para imprimir ou salvar como PDF</translation>
    </message>
    <message>
        <source>closed at %1 by %2</source>
        <translation>fechado às %1 por %2</translation>
    </message>
    <message>
        <source>Exported one sale to %1.</source>
        <translation>Uma venda exportada para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sales to %1.</source>
        <translation>
            <numerusform>%n venda exportada para %1.</numerusform>
            <numerusform>%n vendas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale was made on %1: refunds and receipts are made on that counter.</source>
        <translation>Esta venda foi feita em %1: estornos e recibos são feitos nesse caixa.</translation>
    </message>
    <message>
        <source>another counter</source>
        <translation>outro caixa</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Caixa: %1</translation>
    </message>
    <message>
        <source>Whose sales</source>
        <translation>De quem são as vendas</translation>
    </message>
    <message>
        <source>This counter&apos;s own sales, or every counter&apos;s from the store database</source>
        <translation>As vendas deste caixa, ou as de todos os caixas a partir do banco de dados da loja</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Este caixa</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>Loja inteira</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mostra&amp;r:</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Only the sales of one counter; the totals follow</source>
        <translation>Só as vendas de um caixa; os totais acompanham</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>Todos os caixas</translation>
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation>&amp;Caixa:</translation>
    </message>
    <message>
        <source>Loading the store&apos;s sales…</source>
        <translation>Carregando as vendas da loja…</translation>
    </message>
    <message>
        <source>Save the whole store&apos;s sales that match the filters as a CSV file, with the counter of each</source>
        <translation>Salvar as vendas da loja inteira que correspondem aos filtros em um arquivo CSV, com o caixa de cada uma</translation>
    </message>
    <message>
        <source>The store database cannot be reached: %1. This counter&apos;s own sales are still here: choose This counter.</source>
        <translation>Não é possível acessar o banco de dados da loja: %1. As vendas deste caixa continuam aqui: escolha Este caixa.</translation>
    </message>
    <message>
        <source>Totals of the whole store: %1</source>
        <translation>Totais da loja inteira: %1</translation>
    </message>
    <message>
        <source>Reading this sale&apos;s history from the store…</source>
        <translation>Lendo o histórico desta venda a partir da loja…</translation>
    </message>
    <message>
        <source>Refund: %1 on %2</source>
        <translation>Estorno: %1 em %2</translation>
    </message>
    <message>
        <source>Exporting the store&apos;s sales to %1…</source>
        <translation>Exportando as vendas da loja para %1…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Recorded %1; last change %2.</source>
        <translation>Anotada em %1; última mudança em %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID da cobrança</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID do pagamento</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Situação do pagamento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Totals by state:</source>
        <translation>Totais por situação:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Totals by card type:</source>
        <translation>Totais por tipo de cartão:</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Todas as vendas</translation>
    </message>
    <message>
        <source>Money taken by state:</source>
        <translation>Dinheiro recebido por situação:</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Money taken by card type:</source>
        <translation>Dinheiro recebido por tipo de cartão:</translation>
    </message>
    <message>
        <source>Money taken by terminal:</source>
        <translation>Dinheiro recebido por maquininha:</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <source>Refunds in progress, not counted as refunded yet: %1</source>
        <translation>Estornos em andamento, ainda não contados como estornados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 newest of %n sales; the totals count all %n.</source>
        <translation>
            <numerusform>Mostrando as %1 mais recentes de %n venda; os totais contam %n.</numerusform>
            <numerusform>Mostrando as %1 mais recentes de %n vendas; os totais contam todas as %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Money taken by counter:</source>
        <translation>Dinheiro recebido por caixa:</translation>
    </message>
</context>
<context>
    <name>HistoryTotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por situação</translation>
    </message>
    <message>
        <source>By card type</source>
        <translation>Por tipo de cartão</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Por maquininha</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <source>number of sales</source>
        <translation>número de vendas</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>estornado</translation>
    </message>
    <message>
        <source>net</source>
        <translation>líquido</translation>
    </message>
    <message>
        <source>All orders, any state</source>
        <translation>Todas as cobranças, em qualquer estado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Refunds in progress, not counted as refunded yet: %1</source>
        <translation>Estornos em andamento, ainda não contados como estornados: %1</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Vendas pagas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>(no terminal)</source>
        <translation>(sem maquininha)</translation>
    </message>
    <message>
        <source>paid sales</source>
        <translation>vendas pagas</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>No sales.</source>
        <translation>Nenhuma venda.</translation>
    </message>
    <message>
        <source>All orders shown</source>
        <translation>Todas as cobranças mostradas</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Por caixa</translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Enable the integration (optional)</source>
        <translation>Ativar a integração (opcional)</translation>
    </message>
    <message>
        <source>Needed once per Mercado Pago account, before the terminals take orders from PointDesk.</source>
        <translation>É preciso uma vez por conta do Mercado Pago, antes de as maquininhas receberem cobranças do PointDesk.</translation>
    </message>
    <message>
        <source>The Mercado Pago app on the Point terminals only takes payment orders sent through the API after the integration is enabled for the account. Enable integration sends the account&apos;s user id to Mercado Pago (the &quot;integrators&quot; call of the Point API) and changes nothing else. Skip this if it was done before, for example with pointdesk-cli enable-integration.</source>
        <translation>O app do Mercado Pago nas maquininhas Point só recebe cobranças enviadas pela API depois que a integração é ativada para a conta. Ativar integração envia o id de usuário da conta ao Mercado Pago (a chamada &quot;integrators&quot; da API do Point) e não muda mais nada. Pule esta etapa se isso já foi feito antes, por exemplo com pointdesk-cli enable-integration.</translation>
    </message>
    <message>
        <source>The user id is the number of the shop&apos;s Mercado Pago account, shown in Mercado Pago Developers next to the credentials.</source>
        <translation>O id de usuário é o número da conta do Mercado Pago da loja, que aparece no Mercado Pago Developers ao lado das credenciais.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuário</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Enable integration</source>
        <translation>&amp;Ativar integração</translation>
    </message>
    <message>
        <source>Enable the integration for this user id</source>
        <translation>Ativar a integração para este id de usuário</translation>
    </message>
    <message>
        <source>Result of enabling the integration</source>
        <translation>Resultado da ativação da integração</translation>
    </message>
    <message>
        <source>Result of the token check</source>
        <translation>Resultado da conferência do token</translation>
    </message>
    <message>
        <source>Type the user id first: the number of the shop&apos;s Mercado Pago account.</source>
        <translation>Primeiro digite o id de usuário: o número da conta do Mercado Pago da loja.</translation>
    </message>
    <message>
        <source>Enabling the integration…</source>
        <translation>Ativando a integração…</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>This computer has no keychain</source>
        <translation>Este computador não tem chaveiro</translation>
    </message>
    <message>
        <source>PointDesk keeps the access token only in the system keychain, never in a file.</source>
        <translation>O PointDesk guarda o token de acesso só no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>&amp;Use the token for this session only</source>
        <translation>&amp;Usar o token só nesta sessão</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Usar o token só nesta sessão</translation>
    </message>
    <message>
        <source>PointDesk keeps the token in memory and forgets it when it quits: you paste it again each time PointDesk starts. The token is never written to the disk; PointDesk&apos;s settings keep only preferences, such as the API address.</source>
        <translation>O PointDesk guarda o token na memória e o esquece quando fecha: você cola o token de novo toda vez que o PointDesk abre. O token nunca é gravado no disco; as configurações do PointDesk guardam só preferências, como o endereço da API.</translation>
    </message>
    <message>
        <source>Or try demo mode: simulated terminals, no account and no real money.</source>
        <translation>Ou experimente o modo demonstração: maquininhas simuladas, sem conta e sem dinheiro de verdade.</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>O chaveiro não respondeu</translation>
    </message>
    <message>
        <source>PointDesk keeps the access token only in the system keychain.</source>
        <translation>O PointDesk guarda o token de acesso só no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>If the keychain is locked, unlock it and press Try the keychain again. Or set up the account now: the token is saved when you press Save at the end.</source>
        <translation>Se o chaveiro estiver bloqueado, desbloqueie e pressione Tentar o chaveiro de novo. Ou configure a conta agora: o token é salvo quando você pressionar Salvar no final.</translation>
    </message>
    <message>
        <source>Welcome to PointDesk</source>
        <translation>Boas-vindas ao PointDesk</translation>
    </message>
    <message>
        <source>Charge cards on your Mercado Pago Point terminals from this computer.</source>
        <translation>Cobre com cartão nas suas maquininhas Point do Mercado Pago a partir deste computador.</translation>
    </message>
    <message>
        <source>To set up PointDesk you need the shop&apos;s production access token. In Mercado Pago Developers, open Your integrations, choose the application and copy the access token under Production credentials.</source>
        <translation>Para configurar o PointDesk você precisa do token de acesso de produção da loja. No Mercado Pago Developers, abra Suas integrações, escolha a aplicação e copie o token de acesso em Credenciais de produção.</translation>
    </message>
    <message>
        <source>Setup checks the token at once, can enable the integration for the account, and asks you to choose a manager PIN. The token is kept in this computer&apos;s keychain and nowhere else.</source>
        <translation>A configuração confere o token na hora, pode ativar a integração para a conta e pede que você escolha um PIN do gerente. O token fica no chaveiro deste computador e em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Not ready yet? Try demo mode instead: simulated terminals, no account and no real money. You can set up the account later from the Account menu.</source>
        <translation>Ainda não está pronto? Experimente o modo demonstração: maquininhas simuladas, sem conta e sem dinheiro de verdade. Você pode configurar a conta depois pelo menu Conta.</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>Tentar o &amp;chaveiro de novo</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Tentar o chaveiro de novo</translation>
    </message>
    <message>
        <source>The API the demo plays</source>
        <translation>A API da demonstração</translation>
    </message>
    <message>
        <source>Demo on the &amp;API:</source>
        <translation>Demonstração com a &amp;API:</translation>
    </message>
</context>
<context>
    <name>JournalBanner</name>
    <message>
        <source>The sales record cannot be used</source>
        <translation>Não é possível usar o registro de vendas</translation>
    </message>
    <message>
        <source>Open the sales record again</source>
        <translation>Abrir o registro de vendas de novo</translation>
    </message>
    <message>
        <source>Start a new sales record…</source>
        <translation>Começar um registro de vendas novo…</translation>
    </message>
    <message>
        <source>Put the damaged sales record aside and start a new one</source>
        <translation>Deixar de lado o registro de vendas danificado e começar um novo</translation>
    </message>
    <message>
        <source>Sales record problem</source>
        <translation>Problema no registro de vendas</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Tentar &amp;de novo</translation>
    </message>
</context>
<context>
    <name>KeychainWaitWindow</name>
    <message>
        <source>PointDesk</source>
        <translation>PointDesk</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Use &amp;demo mode</source>
        <translation>Usar o modo &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Aguardando o chaveiro…</translation>
    </message>
    <message>
        <source>PointDesk keeps the access token in the system keychain and is waiting for it to answer. If the keychain asks for a password, unlock it. Meanwhile you can try PointDesk in demo mode (no real charges) or quit.</source>
        <translation>O PointDesk guarda o token de acesso no chaveiro do sistema e está esperando que ele responda. Se o chaveiro pedir uma senha, desbloqueie-o. Enquanto isso você pode experimentar o PointDesk no modo demonstração (sem cobranças reais) ou sair.</translation>
    </message>
    <message>
        <source>The keychain is not answering</source>
        <translation>O chaveiro não está respondendo</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>PointDesk: charge cards on Mercado Pago Point terminals from the shop&apos;s counter.
The access token is read from the system keychain (set it up in the window, or with pointdesk-cli login); the POINTDESK_TOKEN environment variable, when set, overrides it. Without an account PointDesk starts in demo mode and offers to set one up.</source>
        <translation>PointDesk: cobre com cartão nas maquininhas Point do Mercado Pago direto do caixa da loja.
O token de acesso é lido do chaveiro do sistema (configure na janela ou com pointdesk-cli login); a variável de ambiente POINTDESK_TOKEN, quando definida, tem prioridade. Sem uma conta, o PointDesk começa em modo demonstração e oferece configurar uma.</translation>
    </message>
    <message>
        <source>Try PointDesk with simulated terminals: no account, no network, no real money.</source>
        <translation>Experimente o PointDesk com maquininhas simuladas: sem conta, sem rede, sem dinheiro de verdade.</translation>
    </message>
    <message>
        <source>The Mercado Pago API address (default: %1; also POINTDESK_API_BASE). Only https, or http to this computer.</source>
        <translation>O endereço da API do Mercado Pago (padrão: %1; também POINTDESK_API_BASE). Só https, ou http para este computador.</translation>
    </message>
    <message>
        <source>Check that PointDesk works: charge one sale in demo mode, pay it on the virtual terminal, print the result and exit (0 when it passed). With --api-base http://127.0.0.1:&lt;port&gt; it charges a Point simulator on this computer instead and waits until the sale is paid there. Runs without a display with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Verificar se o PointDesk funciona: cobra uma venda em modo demonstração, paga na maquininha virtual, imprime o resultado e sai (0 quando passou). Com --api-base http://127.0.0.1:&lt;port&gt; cobra em vez disso num simulador do Point neste computador e espera a venda ser paga lá. Funciona sem tela com QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>The API address %1 is not acceptable: use https://, or http:// only to this computer.</source>
        <translation>O endereço da API %1 não é aceitável: use https://, ou http:// só para este computador.</translation>
    </message>
    <message>
        <source>The Mercado Pago API: legacy (Integration via API, the Point app) or orders (the Orders API of Point terminals). With --demo, the API the simulated terminals speak; otherwise it replaces the account&apos;s choice for this run.</source>
        <translation>A API do Mercado Pago: legacy (Integração via API, o app Point) ou orders (a API de Orders das maquininhas Point). Com --demo, a API das maquininhas simuladas; senão, substitui a escolha da conta nesta execução.</translation>
    </message>
    <message>
        <source>--api: %1</source>
        <translation>--api: %1</translation>
    </message>
</context>
<context>
    <name>LegacyPointBackend</name>
    <message>
        <source>This sale has no Mercado Pago payment number, so it cannot be refunded from PointDesk. Refund it from the Mercado Pago panel.</source>
        <translation>Esta venda não tem número de pagamento do Mercado Pago, então não pode ser estornada pelo PointDesk. Estorne-a pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>A refund needs its own key before it is sent. Nothing was sent.</source>
        <translation>Um estorno precisa de uma chave própria antes de ser enviado. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Enter a refund amount above zero that %1 can pay out exactly.</source>
        <translation>Informe um valor de estorno maior que zero que possa ser pago exatamente em %1.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Read the access token from standard input (one line; not shown on
a terminal), check it with Mercado Pago and save it in the system
keychain. --no-check saves it without checking.</source>
        <translation>Lê o token de acesso da entrada padrão (uma linha; não aparece no
console), confere com o Mercado Pago e salva no chaveiro do
sistema. --no-check salva sem conferir.</translation>
    </message>
    <message>
        <source>&quot;login&quot; takes no arguments: it reads the access token from standard input, so that the token never appears in the command line or the shell history.</source>
        <translation>&quot;login&quot; não aceita argumentos: ele lê o token de acesso da entrada padrão, para que o token nunca apareça na linha de comando nem no histórico do console.</translation>
    </message>
    <message>
        <source>A token is already saved and a manager PIN is set on this computer. Run &quot;pointdesk-cli logout&quot; first (it asks for the manager PIN), then log in with the new token. Nothing was changed.</source>
        <translation>Já há um token salvo e um PIN de gerente configurado neste computador. Execute primeiro &quot;pointdesk-cli logout&quot; (ele pede o PIN do gerente) e depois entre com o token novo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Paste the access token and press Enter:</source>
        <translation>Cole o token de acesso e pressione Enter:</translation>
    </message>
    <message>
        <source>That is too long for an access token: give only the token, on one line.</source>
        <translation>Isso é longo demais para um token de acesso: informe só o token, em uma linha.</translation>
    </message>
    <message>
        <source>Could not read the access token from standard input: %1</source>
        <translation>Não foi possível ler o token de acesso da entrada padrão: %1</translation>
    </message>
    <message>
        <source>No access token was given: paste it and press Enter, or pass it on standard input, for example from a file.</source>
        <translation>Nenhum token de acesso foi informado: cole-o e pressione Enter, ou passe-o pela entrada padrão, por exemplo a partir de um arquivo.</translation>
    </message>
    <message>
        <source>The access token was not saved.</source>
        <translation>O token de acesso não foi salvo.</translation>
    </message>
    <message>
        <source>The access token was not saved: it could not be checked. Try again, or save it without checking with &quot;%1 login --no-check&quot;.</source>
        <translation>O token de acesso não foi salvo: não foi possível conferi-lo. Tente de novo, ou salve sem conferir com &quot;%1 login --no-check&quot;.</translation>
    </message>
    <message>
        <source>Access token saved in the system keychain.</source>
        <translation>Token de acesso salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Stopped before an access token was read: nothing was saved.</source>
        <translation>Interrompido antes de ler um token de acesso: nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Remove the saved access token from the system keychain. When a
manager PIN is set (in the PointDesk window), reads it from
standard input first, like login reads the token.</source>
        <translation>Apaga do chaveiro do sistema o token de acesso salvo. Se houver
um PIN de gerente (definido na janela do PointDesk), primeiro o lê
da entrada padrão, como o login lê o token.</translation>
    </message>
    <message>
        <source>No access token is saved in the system keychain now.</source>
        <translation>Agora não há nenhum token de acesso salvo no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menus</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation>&amp;Gerente</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Mais menus</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>Venda&amp;s</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Set up the account…</source>
        <translation>&amp;Configurar a conta…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sair &amp;da conta…</translation>
    </message>
    <message>
        <source>&amp;Enter manager mode…</source>
        <translation>&amp;Entrar no modo gerente…</translation>
    </message>
    <message>
        <source>&amp;Terminals…</source>
        <translation>&amp;Maquininhas…</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Trocar o &amp;PIN…</translation>
    </message>
    <message>
        <source>E&amp;nd manager mode</source>
        <translation>&amp;Sair do modo gerente</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About PointDesk</source>
        <translation>&amp;Sobre o PointDesk</translation>
    </message>
    <message>
        <source>&amp;Replace the access token…</source>
        <translation>&amp;Substituir o token de acesso…</translation>
    </message>
    <message>
        <source>&amp;Close the day…</source>
        <translation>&amp;Fechar o dia…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection restored.</source>
        <translation>Conexão restabelecida.</translation>
    </message>
    <message>
        <source>PointDesk</source>
        <translation>PointDesk</translation>
    </message>
    <message>
        <source>PointDesk — DEMO</source>
        <translation>PointDesk — DEMO</translation>
    </message>
    <message>
        <source>The sale of %1 on %2, left open earlier, ended: %3.</source>
        <translation>A venda de %1 na %2, que tinha ficado aberta, terminou: %3.</translation>
    </message>
    <message>
        <source>The order ended (%1); nothing is left open.</source>
        <translation>A cobrança terminou (%1); nada ficou aberto.</translation>
    </message>
    <message>
        <source>The order is still open, so PointDesk did not quit.</source>
        <translation>A cobrança continua aberta, então o PointDesk não fechou.</translation>
    </message>
    <message>
        <source>The sale needs your decision, so PointDesk did not quit.</source>
        <translation>A venda precisa da sua decisão, então o PointDesk não fechou.</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the new one (its name ends in &quot;.corrupt&quot; and the date), so that its sales can still be recovered. The history starts empty.</source>
        <translation>O arquivo danificado fica guardado ao lado do novo (o nome termina em &quot;.corrupt&quot; e a data), para que as vendas dele ainda possam ser recuperadas. O histórico começa vazio.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to sign out.</source>
        <translation>Digite o PIN do gerente para sair da conta.</translation>
    </message>
    <message>
        <source>No account set up</source>
        <translation>Nenhuma conta configurada</translation>
    </message>
    <message>
        <source>Token %1, in the keychain</source>
        <translation>Token %1, no chaveiro</translation>
    </message>
    <message>
        <source>Token %1, for this session only</source>
        <translation>Token %1, só para esta sessão</translation>
    </message>
    <message>
        <source>Token %1, from POINTDESK_TOKEN</source>
        <translation>Token %1, de POINTDESK_TOKEN</translation>
    </message>
    <message>
        <source>Enter the manager PIN to set up the access token again.</source>
        <translation>Digite o PIN do gerente para configurar o token de acesso de novo.</translation>
    </message>
    <message>
        <source>Cancelling the order, then quitting…</source>
        <translation>Cancelando a cobrança e saindo…</translation>
    </message>
    <message>
        <source>Enter: charge</source>
        <translation>Enter: cobrar</translation>
    </message>
    <message>
        <source>Esc: cancel the order</source>
        <translation>Esc: cancelar a cobrança</translation>
    </message>
    <message>
        <source>F2: new sale</source>
        <translation>F2: nova venda</translation>
    </message>
    <message>
        <source>F5: refresh terminals</source>
        <translation>F5: atualizar maquininhas</translation>
    </message>
    <message>
        <source>The new language is used from the next time PointDesk starts.</source>
        <translation>O novo idioma é usado a partir da próxima vez que o PointDesk for aberto.</translation>
    </message>
    <message>
        <source>Charging is off</source>
        <translation>Não é possível cobrar</translation>
    </message>
    <message>
        <source>F3: charge the same again</source>
        <translation>F3: cobrar o mesmo de novo</translation>
    </message>
    <message>
        <source>Enter the manager PIN to free %1: it holds an order this till did not send.</source>
        <translation>Digite o PIN do gerente para liberar %1: ela tem uma cobrança que este caixa não enviou.</translation>
    </message>
    <message>
        <source>Manager mode is already on. Ctrl+Shift+M ends it.</source>
        <translation>O modo gerente já está ativo. Ctrl+Shift+M o encerra.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to change the store database.</source>
        <translation>Digite o PIN do gerente para alterar o banco de dados da loja.</translation>
    </message>
</context>
<context>
    <name>ManagerControls</name>
    <message>
        <source>Manager mode ended after a few minutes without use.</source>
        <translation>O modo gerente terminou depois de alguns minutos sem uso.</translation>
    </message>
    <message>
        <source>Manager mode ended: too many wrong PINs.</source>
        <translation>O modo gerente terminou: PINs errados demais.</translation>
    </message>
    <message>
        <source>Manager mode ended.</source>
        <translation>O modo gerente terminou.</translation>
    </message>
    <message>
        <source>Manager mode is on.</source>
        <translation>O modo gerente está ativo.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to open the terminals.</source>
        <translation>Digite o PIN do gerente para abrir as maquininhas.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to change it.</source>
        <translation>Digite o PIN do gerente para trocá-lo.</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>O PIN do gerente foi trocado.</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <source>Terminals — manager</source>
        <translation>Maquininhas — gerente</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Maquininhas</translation>
    </message>
    <message>
        <source>Terminals on this account</source>
        <translation>Maquininhas desta conta</translation>
    </message>
    <message>
        <source>Free terminal cancels the order a terminal holds, so that it can take a new one. Remove terminal takes it off the Mercado Pago account; it comes back only when it is set up again in the Mercado Pago app.</source>
        <translation>Liberar maquininha cancela a cobrança que uma maquininha tem, para que ela possa receber uma nova. Remover maquininha tira ela da conta do Mercado Pago; ela só volta quando for configurada de novo no app do Mercado Pago.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Order it holds</source>
        <translation>Cobrança que ela tem</translation>
    </message>
    <message>
        <source>Refresh the terminals</source>
        <translation>Atualizar as maquininhas</translation>
    </message>
    <message>
        <source>Free the terminal: cancel the order it holds</source>
        <translation>Liberar a maquininha: cancelar a cobrança que ela tem</translation>
    </message>
    <message>
        <source>Re&amp;move terminal…</source>
        <translation>&amp;Remover maquininha…</translation>
    </message>
    <message>
        <source>Remove the terminal from the account</source>
        <translation>Remover a maquininha da conta</translation>
    </message>
    <message>
        <source>Type the terminal&apos;s name to confirm</source>
        <translation>Digite o nome da maquininha para confirmar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the terminal</source>
        <translation>Remover a maquininha</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Keep the terminal</source>
        <translation>Manter a maquininha</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the terminals</source>
        <translation>Fechar as maquininhas</translation>
    </message>
    <message>
        <source>Manager mode has ended. Enter the manager PIN again.</source>
        <translation>O modo gerente terminou. Digite o PIN do gerente de novo.</translation>
    </message>
    <message>
        <source>Loading the terminals…</source>
        <translation>Carregando as maquininhas…</translation>
    </message>
    <message>
        <source>Could not load the terminals: %1</source>
        <translation>Não foi possível carregar as maquininhas: %1</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIVRE</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>%1, busy with order %2</source>
        <translation>%1, ocupada com a cobrança %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There are no terminals on this account. Set one up in the Mercado Pago app, then press Refresh.</source>
        <translation>Não há maquininhas nesta conta. Configure uma no app do Mercado Pago e pressione Atualizar.</translation>
    </message>
    <message numerus="yes">
        <source>%n terminals on this account.</source>
        <translation>
            <numerusform>%n maquininha nesta conta.</numerusform>
            <numerusform>%n maquininhas nesta conta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeing %1…</source>
        <translation>Liberando %1…</translation>
    </message>
    <message>
        <source>Could not free %1: %2</source>
        <translation>Não foi possível liberar %1: %2</translation>
    </message>
    <message>
        <source>%1 is free: the order it held was cancelled.</source>
        <translation>%1 está livre: a cobrança que ela tinha foi cancelada.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Remove %1 from the account</source>
        <translation>Remover %1 da conta</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Removendo %1…</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the account.</source>
        <translation>%1 foi removida da conta.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Free terminal</source>
        <translation>&amp;Liberar maquininha</translation>
    </message>
    <message>
        <source>Type or choose the terminal&apos;s name to confirm</source>
        <translation>Digite ou escolha o nome da maquininha para confirmar</translation>
    </message>
    <message>
        <source>Type or choose the name</source>
        <translation>Digite ou escolha o nome</translation>
    </message>
    <message>
        <source>Remove %1 from the Mercado Pago account? It stops taking orders until it is set up again in the Mercado Pago app. To confirm, type its name (capitals and accents do not matter) or choose it from the list: %1</source>
        <translation>Remover %1 da conta do Mercado Pago? Ela deixa de receber cobranças até ser configurada de novo no app do Mercado Pago. Para confirmar, digite o nome dela (maiúsculas e acentos não importam) ou escolha-o na lista: %1</translation>
    </message>
    <message>
        <source>To remove %1, type its name (capitals and accents do not matter) or choose it from the list.</source>
        <translation>Para remover %1, digite o nome dela (maiúsculas e acentos não importam) ou escolha-o na lista.</translation>
    </message>
    <message>
        <source>“%1” is not %2. To remove %2, type its name (capitals and accents do not matter) or choose it from the list.</source>
        <translation>“%1” não é %2. Para remover %2, digite o nome dela (maiúsculas e acentos não importam) ou escolha-o na lista.</translation>
    </message>
    <message>
        <source>One terminal on this account.</source>
        <translation>Uma maquininha nesta conta.</translation>
    </message>
</context>
<context>
    <name>ManagerPin</name>
    <message>
        <source>That PIN is too easy to guess. Choose one that is not the same digit repeated (like 0000) and not a run of digits (like 1234 or 9876).</source>
        <translation>Esse PIN é fácil demais de adivinhar. Escolha um que não seja o mesmo dígito repetido (como 0000) nem uma sequência de dígitos (como 1234 ou 9876).</translation>
    </message>
</context>
<context>
    <name>ManagerPinGate</name>
    <message>
        <source>A manager PIN is set on this computer. Type it and press Enter:</source>
        <translation>Há um PIN de gerente neste computador. Digite-o e pressione Enter:</translation>
    </message>
    <message>
        <source>That is too long for a manager PIN: give only the PIN, on one line. Nothing was done.</source>
        <translation>Isso é longo demais para um PIN de gerente: informe só o PIN, em uma linha. Nada foi feito.</translation>
    </message>
    <message>
        <source>Could not read the manager PIN from standard input (%1). Nothing was done.</source>
        <translation>Não foi possível ler o PIN de gerente da entrada padrão (%1). Nada foi feito.</translation>
    </message>
    <message>
        <source>A manager PIN is set on this computer, so &quot;%1 %2&quot; needs it on standard input: type it when asked, or pass it on standard input, for example from a file. Nothing was done.</source>
        <translation>Há um PIN de gerente neste computador, então &quot;%1 %2&quot; precisa dele na entrada padrão: digite-o quando for pedido, ou passe-o pela entrada padrão, por exemplo de um arquivo. Nada foi feito.</translation>
    </message>
    <message>
        <source>The manager PIN is 4 to 8 digits. Nothing was done.</source>
        <translation>O PIN de gerente tem de 4 a 8 dígitos. Nada foi feito.</translation>
    </message>
    <message>
        <source>That is not the manager PIN; nothing was done. One more wrong try locks the manager PIN for a while, here and in the PointDesk window.</source>
        <translation>Esse não é o PIN de gerente; nada foi feito. Mais uma tentativa errada bloqueia o PIN de gerente por um tempo, aqui e na janela do PointDesk.</translation>
    </message>
    <message numerus="yes">
        <source>That is not the manager PIN; nothing was done. %n more wrong tries lock the manager PIN for a while, here and in the PointDesk window.</source>
        <translation>
            <numerusform>Esse não é o PIN de gerente; nada foi feito. Mais %n tentativa errada bloqueia o PIN de gerente por um tempo, aqui e na janela do PointDesk.</numerusform>
            <numerusform>Esse não é o PIN de gerente; nada foi feito. Mais %n tentativas erradas bloqueiam o PIN de gerente por um tempo, aqui e na janela do PointDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong manager PINs: the manager PIN is locked until %1, here and in the PointDesk window. Try again then; nothing was done.</source>
        <translation>PINs de gerente errados demais: o PIN de gerente está bloqueado até as %1, aqui e na janela do PointDesk. Tente de novo então; nada foi feito.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Nada foi feito.</translation>
    </message>
    <message>
        <source>The manager PIN saved on this computer is damaged, so it cannot be checked. Reset it in the PointDesk window (Manager, Enter manager mode) with the saved access token. Nothing was done.</source>
        <translation>O PIN do gerente salvo neste computador está danificado, então não pode ser verificado. Redefina-o na janela do PointDesk (Gerente, Entrar no modo gerente) com o token de acesso salvo. Nada foi feito.</translation>
    </message>
</context>
<context>
    <name>ManagerSession</name>
    <message numerus="yes">
        <source>That PIN is not right. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Esse PIN não está certo. Mais %n tentativa errada bloqueia o modo gerente por um tempo.</numerusform>
            <numerusform>Esse PIN não está certo. Mais %n tentativas erradas bloqueiam o modo gerente por um tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the access token saved on this computer. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Esse não é o token de acesso salvo neste computador. Mais %n tentativa errada bloqueia o modo gerente por um tempo.</numerusform>
            <numerusform>Esse não é o token de acesso salvo neste computador. Mais %n tentativas erradas bloqueiam o modo gerente por um tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries. Manager mode is locked until %1; try again then.</source>
        <translation>Tentativas erradas demais. O modo gerente está bloqueado até %1; tente de novo nesse horário.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>O PIN tem de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>No manager PIN is set on this computer yet.</source>
        <translation>Ainda não há um PIN do gerente neste computador.</translation>
    </message>
    <message>
        <source>A manager PIN is already set on this computer. Enter it to start manager mode.</source>
        <translation>Já existe um PIN do gerente neste computador. Digite-o para entrar no modo gerente.</translation>
    </message>
    <message>
        <source>Manager mode has ended. Enter the manager PIN again.</source>
        <translation>O modo gerente terminou. Digite o PIN do gerente de novo.</translation>
    </message>
    <message>
        <source>Still checking the previous PIN. Wait a moment and try again.</source>
        <translation>Ainda conferindo o PIN anterior. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <source>The PIN check was cancelled; nothing was counted.</source>
        <translation>A verificação do PIN foi cancelada; nada foi contado.</translation>
    </message>
    <message>
        <source>The manager PIN saved on this computer is damaged, so no PIN can be checked against it. Reset it: type the access token saved on this computer, then choose a new PIN.</source>
        <translation>O PIN do gerente salvo neste computador está danificado, então nenhum PIN pode ser verificado. Redefina-o: digite o token de acesso salvo neste computador e depois escolha um PIN novo.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the amount to charge.</source>
        <translation>Digite o valor a cobrar.</translation>
    </message>
    <message>
        <source>The amount must be a number, like %1.</source>
        <translation>O valor deve ser um número, por exemplo %1.</translation>
    </message>
    <message>
        <source>The amount can have at most two decimals.</source>
        <translation>O valor pode ter no máximo duas casas decimais.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1.</source>
        <translation>O valor é alto demais: no máximo %1.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no cents: enter a whole amount, like %2.</source>
        <extracomment>%1 is a currency code such as CLP, %2 an example amount such as 1.500.</extracomment>
        <translation>Valores em %1 não têm centavos: digite um valor inteiro, por exemplo %2.</translation>
    </message>
</context>
<context>
    <name>OrderJournal</name>
    <message>
        <source>The order journal file is damaged or is not a PointDesk journal. PointDesk has not changed it.</source>
        <translation>O arquivo do registro de vendas está danificado ou não é um registro do PointDesk. O PointDesk não o alterou.</translation>
    </message>
    <message>
        <source>The order journal is in use by another program and did not become free in time.</source>
        <translation>Outro programa está usando o registro de vendas e ele não ficou livre a tempo.</translation>
    </message>
    <message>
        <source>The order journal was written by a newer version of PointDesk. This version cannot use it and has not changed it.</source>
        <translation>O registro de vendas foi gravado por uma versão mais nova do PointDesk. Esta versão não consegue usá-lo e não o alterou.</translation>
    </message>
    <message>
        <source>The disk is full: the order journal cannot record anything more. Records already written are safe.</source>
        <translation>O disco está cheio: o registro de vendas não consegue anotar mais nada. O que já foi anotado está seguro.</translation>
    </message>
    <message>
        <source>The order journal cannot be written: the file or its folder is read-only.</source>
        <translation>Não é possível gravar o registro de vendas: o arquivo ou a pasta dele é somente leitura.</translation>
    </message>
    <message>
        <source>The order journal could not be read or written.</source>
        <translation>Não foi possível ler ou gravar o registro de vendas.</translation>
    </message>
    <message>
        <source>The order journal is not open.</source>
        <translation>O registro de vendas não está aberto.</translation>
    </message>
    <message>
        <source>The order journal has no such sale.</source>
        <translation>O registro de vendas não tem essa venda.</translation>
    </message>
    <message>
        <source>The order journal already records this order for another sale, or the sale is already finished.</source>
        <translation>O registro de vendas já tem esta cobrança anotada para outra venda, ou a venda já terminou.</translation>
    </message>
    <message>
        <source>The sale has invalid data and was not recorded.</source>
        <translation>A venda tem dados inválidos e não foi anotada.</translation>
    </message>
    <message>
        <source>Keep a copy of the file for the records. PointDesk can move it aside and start a new journal; no charge can be sent until then.</source>
        <translation>Guarde uma cópia do arquivo como registro. O PointDesk pode deixá-lo de lado e começar um registro novo; até lá nenhuma cobrança pode ser enviada.</translation>
    </message>
    <message>
        <source>Close other copies of PointDesk or programs that have the journal open, then try again.</source>
        <translation>Feche as outras cópias do PointDesk ou os programas que estão com o registro aberto e tente de novo.</translation>
    </message>
    <message>
        <source>Install the newer PointDesk again, or ask for help before using this version.</source>
        <translation>Instale de novo o PointDesk mais novo, ou peça ajuda antes de usar esta versão.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again. No charge is sent while the journal cannot record it.</source>
        <translation>Libere espaço no disco e tente de novo. Nenhuma cobrança é enviada enquanto o registro não puder anotá-la.</translation>
    </message>
    <message>
        <source>Check the permissions of the journal file and its folder, then start PointDesk again.</source>
        <translation>Confira as permissões do arquivo do registro e da pasta dele e abra o PointDesk de novo.</translation>
    </message>
    <message>
        <source>Check the disk, then try again. No charge is sent while the journal cannot record it.</source>
        <translation>Confira o disco e tente de novo. Nenhuma cobrança é enviada enquanto o registro não puder anotá-la.</translation>
    </message>
    <message>
        <source>Start PointDesk again; if this keeps happening, check the journal file.</source>
        <translation>Abra o PointDesk de novo; se continuar acontecendo, confira o arquivo do registro.</translation>
    </message>
    <message>
        <source>Check the sale&apos;s history before charging again.</source>
        <translation>Confira o histórico da venda antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>Correct the sale and try again.</source>
        <translation>Corrija a venda e tente de novo.</translation>
    </message>
    <message>
        <source>Sale number</source>
        <translation>N.º da venda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última mudança</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID da cobrança</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID do pagamento</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Situação do pagamento</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Referência externa</translation>
    </message>
    <message>
        <source>Payer&apos;s e-mail</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Refund number</source>
        <translation>N.º do estorno</translation>
    </message>
    <message>
        <source>Refund ID</source>
        <translation>ID do estorno</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Pedido por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <source>Answer not known yet</source>
        <translation>Resposta ainda desconhecida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Não feito</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Esperando o cliente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Check the terminal</source>
        <translation>Verifique a maquininha</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Reembolsada em parte</translation>
    </message>
</context>
<context>
    <name>OrderStatusPanel</name>
    <message>
        <source>Order status</source>
        <translation>Situação da cobrança</translation>
    </message>
    <message>
        <source>Time since the order was sent</source>
        <translation>Tempo desde o envio da cobrança</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar a cobrança</translation>
    </message>
    <message>
        <source>Cancel the order on the terminal (Esc)</source>
        <translation>Cancelar a cobrança na maquininha (Esc)</translation>
    </message>
    <message>
        <source>Free the terminal</source>
        <translation>Liberar a maquininha</translation>
    </message>
    <message>
        <source>Cancel whatever order the terminal holds, so that it can take a new charge</source>
        <translation>Cancelar qualquer cobrança que a maquininha tenha, para que ela possa receber uma nova</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nova venda</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <source>Send the order again</source>
        <translation>Enviar a cobrança de novo</translation>
    </message>
    <message>
        <source>Check the terminal again</source>
        <translation>Conferir a maquininha de novo</translation>
    </message>
    <message>
        <source>Look at the terminal again: an order open there for this sale is followed</source>
        <translation>Olhar a maquininha de novo: se houver uma cobrança aberta desta venda, ela é acompanhada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>%1 está ocupada</translation>
    </message>
    <message>
        <source>It holds order %1, from this till or another one.</source>
        <translation>Ela tem a cobrança %1, deste caixa ou de outro.</translation>
    </message>
    <message>
        <source>It holds an order, from this till or another one.</source>
        <translation>Ela tem uma cobrança, deste caixa ou de outro.</translation>
    </message>
    <message>
        <source>Wait until that order finishes, or press Free terminal to cancel it.</source>
        <translation>Espere essa cobrança terminar, ou pressione Liberar maquininha para cancelá-la.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sending the order to %1</source>
        <translation>Enviando a cobrança para %1</translation>
    </message>
    <message>
        <source>Waiting for the customer on %1</source>
        <translation>Esperando o cliente na %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Cobrança %1</translation>
    </message>
    <message>
        <source>The terminal shows the amount: the customer taps, inserts or swipes the card there.</source>
        <translation>A maquininha mostra o valor: o cliente aproxima, insere ou passa o cartão nela.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Asking Mercado Pago to take the order off %1.</source>
        <translation>Pedindo ao Mercado Pago para tirar a cobrança da %1.</translation>
    </message>
    <message>
        <source>Payment %1 · status: %2</source>
        <translation>Pagamento %1 · situação: %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>The payment is approved. Press New sale (F2) for the next customer.</source>
        <translation>O pagamento foi aprovado. Pressione Nova venda (F2) para o próximo cliente.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>The card was declined. Ask for another card, then press Charge to try again.</source>
        <translation>O cartão foi recusado. Peça outro cartão e pressione Cobrar para tentar de novo.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Order %1 was cancelled; nothing was charged.</source>
        <translation>A cobrança %1 foi cancelada; nada foi cobrado.</translation>
    </message>
    <message>
        <source>The order was cancelled before it reached the terminal; nothing was charged.</source>
        <translation>A cobrança foi cancelada antes de chegar à maquininha; nada foi cobrado.</translation>
    </message>
    <message>
        <source>%1 is free again. Press Charge to try again, or New sale (F2).</source>
        <translation>%1 está livre de novo. Pressione Cobrar para tentar de novo, ou Nova venda (F2).</translation>
    </message>
    <message>
        <source>Checking the payment…</source>
        <translation>Conferindo o pagamento…</translation>
    </message>
    <message>
        <source>PointDesk keeps checking until the payment is final.</source>
        <translation>O PointDesk continua conferindo até o pagamento ser definitivo.</translation>
    </message>
    <message>
        <source>The order failed.</source>
        <translation>A cobrança falhou.</translation>
    </message>
    <message>
        <source>Check the terminal, then try again.</source>
        <translation>Confira a maquininha e tente de novo.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Result unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>PointDesk cannot follow order %1: %2</source>
        <translation>O PointDesk não consegue acompanhar a cobrança %1: %2</translation>
    </message>
    <message>
        <source>Look at the terminal for the result before charging again.</source>
        <translation>Veja o resultado na maquininha antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>The terminal does not show this order and nothing was charged. Press Send again to send it to %1 once more, or Don&apos;t send.</source>
        <translation>A maquininha não mostra esta cobrança e nada foi cobrado. Pressione Enviar de novo para enviá-la mais uma vez para %1, ou Não enviar.</translation>
    </message>
    <message>
        <source>Do not send the order; nothing was charged</source>
        <translation>Não enviar a cobrança; nada foi cobrado</translation>
    </message>
    <message>
        <source>Look at %1. If it shows this order, the customer can pay: press Check again and PointDesk follows it. Press Nothing was charged only when neither the terminal nor the Mercado Pago activity shows this sale.</source>
        <translation>Olhe a %1. Se ela mostrar esta cobrança, o cliente pode pagar: pressione Conferir de novo e o PointDesk acompanha. Pressione Nada foi cobrado só quando nem a maquininha nem a atividade do Mercado Pago mostrarem esta venda.</translation>
    </message>
    <message>
        <source>End the sale: nothing was charged</source>
        <translation>Encerrar a venda: nada foi cobrado</translation>
    </message>
    <message>
        <source>Only when the terminal and the Mercado Pago activity show no order for this sale</source>
        <translation>Só quando a maquininha e a atividade do Mercado Pago não mostrarem nenhuma cobrança desta venda</translation>
    </message>
    <message>
        <source>%1 minutes and seconds since the order was sent</source>
        <translation>%1 minutos e segundos desde o envio da cobrança</translation>
    </message>
    <message>
        <source>Check the terminal</source>
        <translation>Verifique a maquininha</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Order %1 was not paid in time; nothing was charged.</source>
        <translation>A cobrança %1 não foi paga a tempo; nada foi cobrado.</translation>
    </message>
    <message>
        <source>Press Charge to send it again, or New sale (F2).</source>
        <translation>Pressione Cobrar para enviá-la de novo, ou Nova venda (F2).</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Reembolsada em parte</translation>
    </message>
    <message>
        <source>The customer paid and money was given back. Press New sale (F2) for the next customer.</source>
        <translation>O cliente pagou e recebeu dinheiro de volta. Pressione Nova venda (F2) para o próximo cliente.</translation>
    </message>
    <message>
        <source>The terminal shows pa&amp;id</source>
        <translation>&amp;A maquininha mostra pago</translation>
    </message>
    <message>
        <source>The terminal shows the payment approved</source>
        <translation>A maquininha mostra o pagamento aprovado</translation>
    </message>
    <message>
        <source>Only when the terminal&apos;s screen or printed slip shows the payment approved</source>
        <translation>Só quando a tela ou o comprovante impresso da maquininha mostram o pagamento aprovado</translation>
    </message>
    <message>
        <source>The terminal sho&amp;ws not paid</source>
        <translation>A maquinin&amp;ha mostra não pago</translation>
    </message>
    <message>
        <source>The terminal shows the payment not approved</source>
        <translation>A maquininha mostra o pagamento não aprovado</translation>
    </message>
    <message>
        <source>The terminal shows the payment declined, cancelled or not made</source>
        <translation>A maquininha mostra o pagamento recusado, cancelado ou não feito</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <source>Mercado Pago accepted the cancellation of order %1, but %2 has not dropped it yet.</source>
        <translation>O Mercado Pago aceitou o cancelamento da cobrança %1, mas %2 ainda não a retirou.</translation>
    </message>
    <message>
        <source>The customer may still pay until the terminal drops the order. PointDesk keeps following it and shows how it ends: cancelled, or paid.</source>
        <translation>O cliente ainda pode pagar até a maquininha retirar a cobrança. O PointDesk continua acompanhando e mostra como termina: cancelada ou paga.</translation>
    </message>
    <message>
        <source>%1 given back
%2</source>
        <translation>%1 devolvido
%2</translation>
    </message>
    <message>
        <source>Read the terminal&apos;s screen or printed slip, then press the button below that matches what it shows.</source>
        <translation>Leia a tela ou o comprovante impresso da maquininha e depois pressione o botão abaixo que corresponde ao que ela mostra.</translation>
    </message>
    <message>
        <source>The cashier&apos;s answer is recorded. Press New sale (F2) for the next customer.</source>
        <translation>A resposta do caixa foi registrada. Pressione Nova venda (F2) para o próximo cliente.</translation>
    </message>
    <message>
        <source>Next customer: the same description and card, type the amount (F2). Ctrl+N clears everything.</source>
        <translation>Próximo cliente: a mesma descrição e cartão, digite o valor (F2). Ctrl+N limpa tudo.</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>Co&amp;nsultar agora</translation>
    </message>
    <message>
        <source>Check the order now</source>
        <translation>Consultar a cobrança agora</translation>
    </message>
    <message>
        <source>Ask Mercado Pago now how the order stands: cancelled, paid or still open</source>
        <translation>Perguntar agora ao Mercado Pago como está a cobrança: cancelada, paga ou ainda aberta</translation>
    </message>
    <message>
        <source>%1 is no longer on this Mercado Pago account. Choose the terminal for the next sale on the left.</source>
        <translation>%1 não está mais nesta conta do Mercado Pago. Escolha à esquerda a maquininha para a próxima venda.</translation>
    </message>
    <message>
        <source>Cancel or&amp;der</source>
        <translation>Cance&amp;lar cobrança</translation>
    </message>
    <message>
        <source>Free term&amp;inal</source>
        <translation>Liberar maquinin&amp;ha</translation>
    </message>
    <message>
        <source>Send aga&amp;in</source>
        <translation>Envi&amp;ar de novo</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Conferir de &amp;novo</translation>
    </message>
    <message>
        <source>&amp;Nothing was charged</source>
        <translation>N&amp;ada foi cobrado</translation>
    </message>
    <message>
        <source>Mercado Pago reports order %1 as %2, with no payment status yet.</source>
        <translation>O Mercado Pago informa a cobrança %1 como %2, ainda sem situação de pagamento.</translation>
    </message>
    <message>
        <source>Mercado Pago reports order %1 as %2, its payment as %3.</source>
        <translation>O Mercado Pago informa a cobrança %1 como %2 e o pagamento como %3.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t send</source>
        <translation>&amp;Não enviar</translation>
    </message>
    <message>
        <source>Receipt of the sale</source>
        <translation>Recibo da venda</translation>
    </message>
    <message>
        <source>Show the sale&apos;s receipt, to print it or save it as PDF</source>
        <translation>Mostrar o recibo da venda, para imprimir ou salvar como PDF</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>Rec&amp;ibo…</translation>
    </message>
    <message>
        <source>Mercado Pago cannot tell how this sale ended. Read the terminal&apos;s screen or printed slip before charging again.</source>
        <translation>O Mercado Pago não consegue saber como esta venda terminou. Leia a tela ou o comprovante impresso da maquininha antes de cobrar de novo.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>OrdersBackend</name>
    <message>
        <source>PointDesk has no valid key for this operation, so it was not sent (without one it could be done twice). Start a new sale; if it happens again, contact support.</source>
        <translation>O PointDesk não tem uma chave válida para esta operação, então ela não foi enviada (sem ela poderia ser feita duas vezes). Comece uma nova venda; se acontecer de novo, fale com o suporte.</translation>
    </message>
    <message>
        <source>The order id is missing or not valid.</source>
        <translation>O id da cobrança está faltando ou não é válido.</translation>
    </message>
    <message>
        <source>A terminal can only be switched to integrated (PDV) or standalone mode.</source>
        <translation>Uma maquininha só pode ser mudada para o modo integrado (PDV) ou para o modo independente (standalone).</translation>
    </message>
    <message>
        <source>A partial refund needs the sale&apos;s payment. Refund the whole sale, or refund from the Mercado Pago panel.</source>
        <translation>Um reembolso parcial precisa do pagamento da venda. Reembolse a venda inteira ou faça o reembolso pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>This account&apos;s Mercado Pago API does not offer this. Use the terminal itself or the Mercado Pago panel.</source>
        <translation>A API do Mercado Pago desta conta não oferece isto. Use a própria maquininha ou o painel do Mercado Pago.</translation>
    </message>
</context>
<context>
    <name>OrdersTerminalSide</name>
    <message>
        <source>Visa credit</source>
        <translation>Visa crédito</translation>
    </message>
    <message>
        <source>Mastercard credit</source>
        <translation>Mastercard crédito</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Visa debit</source>
        <translation>Visa débito</translation>
    </message>
    <message>
        <source>Mastercard debit</source>
        <translation>Mastercard débito</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Saldo insuficiente</translation>
    </message>
    <message>
        <source>Refused by the issuer</source>
        <translation>Recusada pelo emissor</translation>
    </message>
    <message>
        <source>Card disabled</source>
        <translation>Cartão desabilitado</translation>
    </message>
    <message>
        <source>Refused by fraud prevention</source>
        <translation>Recusada pela prevenção de fraudes</translation>
    </message>
    <message>
        <source>Card data entered wrongly</source>
        <translation>Dados do cartão digitados errado</translation>
    </message>
    <message>
        <source>Call the bank to authorize</source>
        <translation>Ligar para o banco para autorizar</translation>
    </message>
    <message>
        <source>Sent: the terminal is taking the order</source>
        <translation>Enviada: a maquininha está recebendo a cobrança</translation>
    </message>
    <message>
        <source>On the terminal (at_terminal)</source>
        <translation>Na maquininha (at_terminal)</translation>
    </message>
    <message>
        <source>Tap, insert or swipe the card</source>
        <translation>Aproxime, insira ou passe o cartão</translation>
    </message>
    <message>
        <source>order to pay</source>
        <translation>cobrança a pagar</translation>
    </message>
    <message>
        <source>STANDALONE mode: it charges on its own and takes no orders from PointDesk</source>
        <translation>Modo STANDALONE: cobra por conta própria e não recebe cobranças do PointDesk</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>independente</translation>
    </message>
    <message>
        <source>Ready — no order</source>
        <translation>Pronta — sem cobrança</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Approve the payment on %1</source>
        <translation>Aprovar o pagamento na %1</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>Decline the card on %1</source>
        <translation>Recusar o cartão na %1</translation>
    </message>
    <message>
        <source>Customer &amp;cancels</source>
        <translation>O cliente &amp;cancela</translation>
    </message>
    <message>
        <source>The customer cancels on %1</source>
        <translation>O cliente cancela na %1</translation>
    </message>
    <message>
        <source>Card the customer pays with</source>
        <translation>Cartão com que o cliente paga</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <source>Why the card is declined</source>
        <translation>Por que o cartão é recusado</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <source>More things the terminal can do with the order</source>
        <translation>Outras coisas que a maquininha pode fazer com a cobrança</translation>
    </message>
    <message>
        <source>Result unknown: needs action on the terminal</source>
        <translation>Resultado desconhecido: requer ação na maquininha</translation>
    </message>
    <message>
        <source>Let the order expire</source>
        <translation>Deixar a cobrança expirar</translation>
    </message>
    <message>
        <source>Ca&amp;rd:</source>
        <translation>Ca&amp;rtão:</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>&amp;Parcelas:</translation>
    </message>
    <message>
        <source>Decline r&amp;eason:</source>
        <translation>Motivo da r&amp;ecusa:</translation>
    </message>
    <message>
        <source>Last: %1 paid with %2 in %3 installments</source>
        <translation>Último: %1 pago com %2 em %3 parcelas</translation>
    </message>
    <message>
        <source>Last: %1 paid with %2</source>
        <translation>Último: %1 pago com %2</translation>
    </message>
    <message>
        <source>Last: %1 declined (%2)</source>
        <translation>Último: %1 recusado (%2)</translation>
    </message>
    <message>
        <source>Last: %1 cancelled by the customer</source>
        <translation>Última: %1 cancelada pelo cliente</translation>
    </message>
    <message>
        <source>Last: %1 needs action: the result is unknown</source>
        <translation>Último: %1 requer ação: o resultado é desconhecido</translation>
    </message>
    <message>
        <source>Last: %1 expired unpaid</source>
        <translation>Último: %1 expirou sem pagamento</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Manager mode</source>
        <translation>Modo gerente</translation>
    </message>
    <message>
        <source>Change the manager PIN</source>
        <translation>Trocar o PIN do gerente</translation>
    </message>
    <message>
        <source>The saved access token</source>
        <translation>O token de acesso salvo</translation>
    </message>
    <message>
        <source>The current manager PIN</source>
        <translation>O PIN atual do gerente</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN do gerente</translation>
    </message>
    <message>
        <source>New manager PIN</source>
        <translation>Novo PIN do gerente</translation>
    </message>
    <message>
        <source>New manager PIN again</source>
        <translation>Novo PIN do gerente de novo</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;atual:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Novo PIN:</translation>
    </message>
    <message>
        <source>New PIN &amp;again:</source>
        <translation>Novo PIN de n&amp;ovo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking whether a manager PIN is set…</source>
        <translation>Conferindo se existe um PIN do gerente…</translation>
    </message>
    <message>
        <source>&amp;Enter manager mode</source>
        <translation>&amp;Entrar no modo gerente</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Digite o PIN do gerente</translation>
    </message>
    <message>
        <source>Manager mode unlocks the manager&apos;s tools: the terminals, the access token, the PIN and signing out. It ends by itself after a few minutes without use.</source>
        <translation>O modo gerente libera as ferramentas do gerente: as maquininhas, o token de acesso, o PIN e a saída da conta. Ele termina sozinho depois de alguns minutos sem uso.</translation>
    </message>
    <message>
        <source>Set a manager PIN</source>
        <translation>Criar um PIN do gerente</translation>
    </message>
    <message>
        <source>No manager PIN is set on this computer yet (the account was set up with pointdesk-cli). To prove you are the manager, paste the access token saved on this computer, then choose a PIN of 4 to 8 digits that cashiers do not know.</source>
        <translation>Ainda não há um PIN do gerente neste computador (a conta foi configurada com o pointdesk-cli). Para provar que você é o gerente, cole o token de acesso salvo neste computador e escolha um PIN de 4 a 8 dígitos que os operadores de caixa não conheçam.</translation>
    </message>
    <message>
        <source>&amp;Set PIN and enter manager mode</source>
        <translation>&amp;Criar o PIN e entrar no modo gerente</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one (4 to 8 digits) twice.</source>
        <translation>Digite o PIN atual e depois o novo (de 4 a 8 dígitos) duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Trocar o PIN</translation>
    </message>
    <message>
        <source>PointDesk cannot read the manager PIN right now.</source>
        <translation>O PointDesk não consegue ler o PIN do gerente agora.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Conferindo o PIN…</translation>
    </message>
    <message>
        <source>The current PIN is 4 to 8 digits.</source>
        <translation>O PIN atual tem de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The new PIN must be 4 to 8 digits.</source>
        <translation>O PIN novo deve ter de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type the new PIN again in both fields.</source>
        <translation>Os dois PINs novos não são iguais. Digite o PIN novo de novo nos dois campos.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more wrong try locks manager mode for a while.</source>
        <translation>Esse PIN não está certo. Mais uma tentativa errada bloqueia o modo gerente por um tempo.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Esse PIN não está certo. Mais %n tentativa errada bloqueia o modo gerente por um tempo.</numerusform>
            <numerusform>Esse PIN não está certo. Mais %n tentativas erradas bloqueiam o modo gerente por um tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the access token saved on this computer. One more wrong try locks manager mode for a while.</source>
        <translation>Esse não é o token de acesso salvo neste computador. Mais uma tentativa errada bloqueia o modo gerente por um tempo.</translation>
    </message>
    <message numerus="yes">
        <source>That is not the access token saved on this computer. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Esse não é o token de acesso salvo neste computador. Mais %n tentativa errada bloqueia o modo gerente por um tempo.</numerusform>
            <numerusform>Esse não é o token de acesso salvo neste computador. Mais %n tentativas erradas bloqueiam o modo gerente por um tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the manager PIN</source>
        <translation>Redefinir o PIN do gerente</translation>
    </message>
    <message>
        <source>The manager PIN saved on this computer is damaged, so no PIN can be checked against it. To prove you are the manager, paste the access token saved on this computer, then choose a new PIN of 4 to 8 digits.</source>
        <translation>O PIN do gerente salvo neste computador está danificado, então nenhum PIN pode ser verificado. Para provar que você é o gerente, cole o token de acesso salvo neste computador e depois escolha um PIN novo de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN and enter manager mode</source>
        <translation>&amp;Redefinir o PIN e entrar no modo gerente</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>The manager PIN</source>
        <translation>O PIN do gerente</translation>
    </message>
    <message>
        <source>It protects the manager&apos;s tools from anyone at the counter.</source>
        <translation>Ele protege as ferramentas do gerente de qualquer pessoa no caixa.</translation>
    </message>
    <message>
        <source>The manager PIN set on this computer</source>
        <translation>O PIN de gerente definido neste computador</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN do gerente</translation>
    </message>
    <message>
        <source>Manager PIN again</source>
        <translation>PIN do gerente de novo</translation>
    </message>
    <message>
        <source>Manager &amp;PIN:</source>
        <translation>&amp;PIN do gerente:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN de n&amp;ovo:</translation>
    </message>
    <message>
        <source>Problem with the PIN</source>
        <translation>Problema com o PIN</translation>
    </message>
    <message>
        <source>A manager PIN is already set on this computer. Enter it to set up the account: the PIN stays as it is. Wrong PINs count towards the same lockout as manager mode. If nobody knows it any more, the computer&apos;s administrator can remove PointDesk&apos;s &quot;manager-pin&quot; entry from the system keychain; then set up the account again.</source>
        <translation>Já há um PIN de gerente neste computador. Digite-o para configurar a conta: o PIN fica como está. PINs errados contam para o mesmo bloqueio do modo gerente. Se ninguém mais souber o PIN, o administrador do computador pode apagar a entrada &quot;manager-pin&quot; do PointDesk no chaveiro do sistema; depois configure a conta de novo.</translation>
    </message>
    <message>
        <source>Checking whether a manager PIN is set on this computer…</source>
        <translation>Conferindo se há um PIN de gerente neste computador…</translation>
    </message>
    <message>
        <source>Manager mode changes the access token, frees and removes terminals, and signs out. Choose a PIN of 4 to 8 digits that cashiers do not know, not the same digit repeated and not a run like 1234. PointDesk keeps only a salted hash of it, in the keychain.</source>
        <translation>O modo gerente troca o token de acesso, libera e remove maquininhas e sai da conta. Escolha um PIN de 4 a 8 dígitos que os operadores de caixa não conheçam, que não seja o mesmo dígito repetido nem uma sequência como 1234. O PointDesk guarda só um hash com sal do PIN, no chaveiro.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>O PIN tem de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Conferindo o PIN…</translation>
    </message>
    <message>
        <source>PointDesk cannot check the manager PIN right now. Cancel and try again.</source>
        <translation>O PointDesk não consegue conferir o PIN de gerente agora. Cancele e tente de novo.</translation>
    </message>
</context>
<context>
    <name>PointBackend</name>
    <message>
        <source>This account&apos;s Mercado Pago API cannot refund from PointDesk. Refund the payment from the Mercado Pago panel.</source>
        <translation>A API do Mercado Pago desta conta não permite estornar pelo PointDesk. Estorne o pagamento pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>This account&apos;s Mercado Pago API has no terminal operating modes to switch.</source>
        <translation>A API do Mercado Pago desta conta não tem modos de operação de maquininha para trocar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Language of PointDesk</source>
        <translation>Idioma do PointDesk</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the language the system asks for, named in itself (&quot;Español&quot;).</extracomment>
        <translation>O do sistema (%1)</translation>
    </message>
    <message>
        <source>Currency of the account</source>
        <translation>Moeda da conta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Account &amp;currency:</source>
        <translation>&amp;Moeda da conta:</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Salvar as preferências</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <source>The new language shows the next time PointDesk starts. Save, then close and open PointDesk again.</source>
        <translation>O novo idioma aparece na próxima vez que o PointDesk abrir. Salve, depois feche e abra o PointDesk de novo.</translation>
    </message>
    <message>
        <source>A new language shows the next time PointDesk starts.</source>
        <translation>Um idioma novo aparece na próxima vez que o PointDesk abrir.</translation>
    </message>
    <message>
        <source>Only the manager changes the account&apos;s currency. Ask the manager to turn on manager mode, then open Preferences again.</source>
        <translation>Só o gerente troca a moeda da conta. Peça ao gerente para ativar o modo gerente e abra Preferências de novo.</translation>
    </message>
    <message>
        <source>Choose the currency of the shop&apos;s Mercado Pago account. Amounts in %1 are typed with cents.</source>
        <translation>Escolha a moeda da conta do Mercado Pago da loja. Valores em %1 são digitados com centavos.</translation>
    </message>
    <message>
        <source>Choose the currency of the shop&apos;s Mercado Pago account. Amounts in %1 have no cents: the amount field takes whole amounts only.</source>
        <translation>Escolha a moeda da conta do Mercado Pago da loja. Valores em %1 não têm centavos: o campo do valor aceita só valores inteiros.</translation>
    </message>
    <message>
        <source>Unknown (%1): PointDesk cannot charge with it</source>
        <translation>Desconhecida (%1): o PointDesk não consegue cobrar com ela</translation>
    </message>
    <message>
        <source>Chosen when the account was set up. To change it, a manager runs the setup again: Account, Set up the account (or Replace the access token).</source>
        <translation>Escolhida ao configurar a conta. Para mudá-la, um gerente configura a conta de novo: Conta, Configurar a conta (ou Substituir o token de acesso).</translation>
    </message>
    <message>
        <source>Mercado Pago API of the account</source>
        <translation>API do Mercado Pago da conta</translation>
    </message>
    <message>
        <source>Mercado Pago API:</source>
        <translation>API do Mercado Pago:</translation>
    </message>
    <message>
        <source>CSV for sp&amp;readsheets</source>
        <translation>CSV para &amp;planilhas</translation>
    </message>
    <message>
        <source>On: the sales history&apos;s CSV files open right in a spreadsheet (columns separated by &apos;;&apos;, amounts with this computer&apos;s decimal separator, local times, the window&apos;s words). Off: the plain format for programs (&apos;,&apos;, amounts like 1234.50, times in UTC).</source>
        <translation>Ligado: os arquivos CSV do histórico de vendas abrem direito numa planilha (colunas separadas por &apos;;&apos;, valores com o separador decimal deste computador, horários locais, as palavras da janela). Desligado: o formato simples para programas (&apos;,&apos;, valores como 1234.50, horários em UTC).</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Loja</translation>
    </message>
</context>
<context>
    <name>QuitBox</name>
    <message>
        <source>An order is still open</source>
        <translation>Ainda há uma cobrança aberta</translation>
    </message>
    <message>
        <source>An order of %1 is still open on %2.</source>
        <translation>Ainda há uma cobrança de %1 aberta na %2.</translation>
    </message>
    <message>
        <source>If PointDesk quits now, the terminal keeps showing the order and the customer can still pay it while nobody watches. Cancel the order before quitting?</source>
        <translation>Se o PointDesk fechar agora, a maquininha continua mostrando a cobrança e o cliente ainda pode pagá-la sem ninguém ver. Cancelar a cobrança antes de sair?</translation>
    </message>
    <message>
        <source>&amp;Cancel order and quit</source>
        <translation>&amp;Cancelar cobrança e sair</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>Continuar &amp;esperando</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Sair mesmo assim</translation>
    </message>
    <message>
        <source>Cancel the order and quit</source>
        <translation>Cancelar a cobrança e sair</translation>
    </message>
    <message>
        <source>Keep waiting for the customer</source>
        <translation>Continuar esperando o cliente</translation>
    </message>
    <message>
        <source>Quit and leave the order open</source>
        <translation>Sair e deixar a cobrança aberta</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Sale %1 has no receipt: it is %2. A receipt is only for a sale whose money was taken (paid, partly refunded or refunded).</source>
        <translation>A venda %1 não tem recibo: está %2. Só há recibo de uma venda cobrada (paga, estornada em parte ou estornada).</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>em processamento</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>ainda não confirmado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>não feito</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <extracomment>On a receipt: the shop&apos;s tax identification number (CUIT, CNPJ, RFC ...).</extracomment>
        <translation>Identificação fiscal: %1</translation>
    </message>
    <message>
        <source>Receipt: sale %1</source>
        <extracomment>The title of a receipt; %1 is the sale&apos;s number in the history.</extracomment>
        <translation>Recibo: venda %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID do pagamento</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Refund %1 (%2)</source>
        <extracomment>On a receipt: one refund; %1 its date and time, %2 its state (&quot;done&quot;).</extracomment>
        <translation>Estorno %1 (%2)</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Refunds not settled yet</source>
        <translation>Estornos ainda não concluídos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Show the receipt of a paid sale (paid, partly refunded or refunded):
the shop&apos;s name, address and tax id (Preferences), date, amount,
description, card, payment ID, terminal and refunds. SALE is the
sale&apos;s number in the history. Needs no token and no network.
--pdf: write it as a PDF file instead, on the receipts&apos; paper
chosen in Preferences (A4 until chosen). --paper: a4, letter, or
roll80 (an 80 mm receipt printer&apos;s roll, as long as the receipt).
--json: the receipt as one document; every amount as an exact
decimal string and as integer cents.</source>
        <translation>Mostra o recibo de uma venda cobrada (paga, estornada em parte ou
estornada): nome, endereço e identificação fiscal da loja
(Preferências), data, valor, descrição, cartão, ID do pagamento,
maquininha e estornos. SALE é o número da venda no histórico. Não
precisa de token nem de rede.
--pdf: grava como arquivo PDF, no papel de recibos escolhido nas
Preferências (A4 enquanto não for escolhido). --paper: a4, letter ou
roll80 (a bobina de uma impressora de recibos de 80 mm, tão longa
quanto o recibo).
--json: o recibo como um documento; cada valor como texto decimal
exato e em centavos inteiros.</translation>
    </message>
    <message>
        <source>--paper only applies to --pdf.</source>
        <translation>--paper só se usa com --pdf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sale number. Give the number the history shows, for example pointdesk-cli receipt 12.</source>
        <translation>&quot;%1&quot; não é um número de venda. Informe o número que o histórico mostra, por exemplo pointdesk-cli receipt 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper. Use --paper a4, --paper letter or --paper roll80.</source>
        <translation>&quot;%1&quot; não é um papel. Use --paper a4, --paper letter ou --paper roll80.</translation>
    </message>
    <message>
        <source>--pdf needs the name of the file to write.</source>
        <translation>--pdf precisa do nome do arquivo a gravar.</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal. pointdesk-cli history lists the sales with their numbers.</source>
        <translation>Não há uma venda %1 no registro. pointdesk-cli history lista as vendas com seus números.</translation>
    </message>
    <message>
        <source>A PDF cannot be written without fonts here.</source>
        <translation>Aqui não é possível gravar um PDF sem fontes.</translation>
    </message>
    <message>
        <source>Receipt of sale %1 written to %2.</source>
        <translation>Recibo da venda %1 gravado em %2.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Não é possível gravar o arquivo PDF %1: %2</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>The sales record is not open, so the receipt cannot be read.</source>
        <translation>O registro de vendas não está aberto, então não é possível ler o recibo.</translation>
    </message>
    <message>
        <source>Sale %1 could not be read from the sales record.</source>
        <translation>Não foi possível ler a venda %1 do registro de vendas.</translation>
    </message>
    <message>
        <source>Receipt of sale %1</source>
        <translation>Recibo da venda %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Salvar o recibo como arquivo PDF</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Salvar o recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <comment>a file name: no spaces</comment>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RefundCommand</name>
    <message>
        <source>Without --amount the whole remaining balance goes back. When a manager PIN is set,
reads it from standard input first, like remove-device.</source>
        <translation>Sem --amount todo o saldo restante é devolvido. Se houver um PIN de gerente,
primeiro o lê da entrada padrão, como remove-device.</translation>
    </message>
    <message>
        <source>Refund a paid sale by its payment id (legacy API) or order id (Orders API).
</source>
        <translation>Estorna uma venda paga pelo id do pagamento (API legada) ou id do pedido (API de Orders).
</translation>
    </message>
    <message>
        <source>Refund sale N of this computer&apos;s sales record (see history).
</source>
        <translation>Estorna a venda N do registro de vendas deste computador (veja history).
</translation>
    </message>
    <message>
        <source>&quot;refund&quot; takes either a PAYMENT_ID / ORDER_ID or --sale N.</source>
        <translation>&quot;refund&quot; recebe um PAYMENT_ID / ORDER_ID ou --sale N, não ambos.</translation>
    </message>
    <message>
        <source>The sale number must be a whole number, as &quot;history&quot; shows it.</source>
        <translation>O número da venda deve ser um número inteiro, como &quot;history&quot; o mostra.</translation>
    </message>
    <message>
        <source>Give the sale&apos;s payment id or order id, as &quot;history&quot; shows it.</source>
        <translation>Informe o id do pagamento ou do pedido da venda, como &quot;history&quot; o mostra.</translation>
    </message>
    <message>
        <source>The reason can be at most 500 characters long.</source>
        <translation>O motivo pode ter no máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>No sale with payment or order id %1 is in this computer&apos;s sales record.</source>
        <translation>Não há nenhuma venda com id de pagamento ou pedido %1 no registro de vendas deste computador.</translation>
    </message>
    <message>
        <source>Mercado Pago rejected refund %1 of sale %2. Refund it from the Mercado Pago panel.</source>
        <translation>O Mercado Pago recusou o estorno %1 da venda %2. Estorne-a pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 %3 for sale %4 accepted; Mercado Pago is still processing it.
</source>
        <translation>Estorno %1 de %2 %3 da venda %4 aceito; o Mercado Pago ainda o está processando.
</translation>
    </message>
    <message>
        <source>Refund %1: %2 %3 given back for sale %4.
</source>
        <translation>Estorno %1: %2 %3 devolvidos da venda %4.
</translation>
    </message>
    <message>
        <source>Nothing was given back.</source>
        <translation>Nada foi devolvido.</translation>
    </message>
    <message>
        <source>The next &quot;%1 refund&quot; of this sale, or the window, asks again with the same request.</source>
        <translation>O próximo &quot;%1 refund&quot; desta venda, ou a janela, pergunta de novo com o mesmo pedido.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>The refund is kept in the sales record and is asked again with the same request, never made twice. See it with &quot;%1 history&quot;.</source>
        <translation>O estorno fica no registro de vendas e é pedido de novo com o mesmo pedido, nunca duas vezes. Veja-o com &quot;%1 history&quot;.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund sale %1</source>
        <translation>Estornar a venda %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Part of it:</source>
        <translation>&amp;Uma parte:</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Valor a estornar</translation>
    </message>
    <message>
        <source>Why the money goes back (optional)</source>
        <translation>Por que o dinheiro é devolvido (opcional)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Estornar</translation>
    </message>
    <message>
        <source>&amp;Everything that is left: %1</source>
        <translation>&amp;Tudo o que resta: %1</translation>
    </message>
    <message>
        <source>Paid %1; %2 already given back; %3 left.</source>
        <translation>Pago %1; já devolvidos %2; restam %3.</translation>
    </message>
    <message>
        <source>Paid %1; nothing given back yet.</source>
        <translation>Pago %1; nada devolvido ainda.</translation>
    </message>
    <message>
        <source>Type the amount to give back.</source>
        <translation>Digite o valor a devolver.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>Refunding… Mercado Pago is asked now. Closing this window does not stop it.</source>
        <translation>Estornando… O pedido está sendo feito ao Mercado Pago. Fechar esta janela não o interrompe.</translation>
    </message>
    <message>
        <source>Refunded: %1 go back to the customer&apos;s card (refund %2).</source>
        <translation>Estornado: %1 voltam para o cartão do cliente (estorno %2).</translation>
    </message>
    <message>
        <source>Mercado Pago rejected the refund. Refund it from the Mercado Pago panel.</source>
        <translation>O Mercado Pago recusou o estorno. Estorne pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>Refund of %1 accepted (refund %2); Mercado Pago is still processing it.</source>
        <translation>Estorno de %1 aceito (estorno %2); o Mercado Pago ainda o está processando.</translation>
    </message>
    <message>
        <source>Not refunded: %1</source>
        <translation>Não estornado: %1</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>This account&apos;s Mercado Pago API cannot refund from PointDesk. Refund the payment from the Mercado Pago panel.</source>
        <translation>A API do Mercado Pago desta conta não permite estornar pelo PointDesk. Estorne o pagamento pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>This sale was charged through the other Mercado Pago API. Refund it from the Mercado Pago panel, or from PointDesk set up with that API.</source>
        <translation>Esta venda foi cobrada pela outra API do Mercado Pago. Estorne-a pelo painel do Mercado Pago ou por um PointDesk configurado com essa API.</translation>
    </message>
    <message>
        <source>That sale is not in this computer&apos;s sales record.</source>
        <translation>Essa venda não está no registro de vendas deste computador.</translation>
    </message>
    <message>
        <source>Only a paid sale can be refunded. This one was not paid, so no money needs to go back.</source>
        <translation>Só uma venda paga pode ser estornada. Esta não foi paga, então não há dinheiro a devolver.</translation>
    </message>
    <message>
        <source>This sale has no Mercado Pago payment number, so it cannot be refunded from PointDesk. Refund it from the Mercado Pago panel.</source>
        <translation>Esta venda não tem número de pagamento do Mercado Pago, então não pode ser estornada pelo PointDesk. Estorne-a pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>A refund of this sale is still on its way. Wait until it is settled before refunding again.</source>
        <translation>Ainda há um estorno desta venda em andamento. Aguarde a confirmação antes de estornar de novo.</translation>
    </message>
    <message>
        <source>This sale was refunded in full already: nothing is left to give back.</source>
        <translation>Esta venda já foi estornada por completo: não resta nada a devolver.</translation>
    </message>
    <message>
        <source>That is more than is left to give back. At most %1 can be refunded.</source>
        <translation>Isso é mais do que resta a devolver. É possível estornar no máximo %1.</translation>
    </message>
    <message>
        <source>This account&apos;s Mercado Pago API refunds only the whole amount. Refund in full, or refund part of it from the Mercado Pago panel.</source>
        <translation>A API do Mercado Pago desta conta só estorna o valor total. Estorne tudo, ou uma parte pelo painel do Mercado Pago.</translation>
    </message>
    <message>
        <source>Enter a refund amount above zero that %1 can pay out exactly.</source>
        <translation>Informe um valor de estorno maior que zero que possa ser pago exatamente em %1.</translation>
    </message>
    <message>
        <source>The sales record cannot be read or written right now, so nothing was refunded. Check the disk and try again.</source>
        <translation>O registro de vendas não pode ser lido nem gravado agora, então nada foi estornado. Verifique o disco e tente de novo.</translation>
    </message>
    <message>
        <source>The refund&apos;s answer did not arrive. PointDesk keeps it and asks again with the same request, which Mercado Pago never carries out twice. Do not refund this sale again.</source>
        <translation>A resposta do estorno não chegou. O PointDesk o guarda e pergunta de novo com o mesmo pedido, que o Mercado Pago nunca executa duas vezes. Não estorne esta venda de novo.</translation>
    </message>
    <message numerus="yes">
        <source>This sale is older than Mercado Pago&apos;s refund window of %n days, so it cannot be refunded from PointDesk. Refund it from the Mercado Pago panel.</source>
        <translation>
            <numerusform>Esta venda é anterior ao prazo de estorno do Mercado Pago de %n dia, então não pode ser estornada pelo PointDesk. Estorne-a pelo painel do Mercado Pago.</numerusform>
            <numerusform>Esta venda é anterior ao prazo de estorno do Mercado Pago de %n dias, então não pode ser estornada pelo PointDesk. Estorne-a pelo painel do Mercado Pago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveDeviceCommand</name>
    <message>
        <source>Remove a terminal from the account. When a manager PIN is set,
reads it from standard input first, like logout.</source>
        <translation>Remove uma maquininha da conta. Se houver um PIN de gerente,
primeiro o lê da entrada padrão, como o logout.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; removed from the account.</source>
        <translation>Maquininha &quot;%1&quot; removida da conta.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The cash-up report of a day (default: today) or of the days from
--from to --to, local time: paid sales and their amounts by card
type and by terminal, refunds (settled, and in progress apart),
net, the declined and cancelled sales (counted, never money), the
sales still open or unknown by name, the money taken per hour, and
the sales of a closed day that changed after its closing. Its
money is the history&apos;s. A closed day shows the report it was
closed with. Needs no token and no network.
--json: one document, every amount in integer cents (&quot;..._cents&quot;)
and the account&apos;s &quot;currency&quot;. --pdf FILE: also writes the report
as a PDF (A4 or Letter, as the locale uses) and says where.
--close: closes the day (one day only, after the manager PIN when
one is set, read from standard input like logout&apos;s); a day is
closed once.</source>
        <translation>O relatório de fechamento de caixa de um dia (padrão: hoje) ou dos
dias de --from a --to, hora local: vendas pagas e seus valores por
tipo de cartão e por maquininha, estornos (feitos, e em andamento
à parte), líquido, as vendas recusadas e canceladas (contadas, nunca
como dinheiro), as vendas abertas ou desconhecidas pelo nome, o
dinheiro recebido por hora e as vendas de um dia fechado que mudaram
depois do fechamento. O dinheiro é o mesmo do histórico. Um dia
fechado mostra o relatório com que foi fechado. Não precisa de token
nem de rede.
--json: um documento, cada valor em centavos inteiros (&quot;..._cents&quot;)
e a &quot;currency&quot; da conta. --pdf ARQUIVO: também grava o relatório
em PDF (A4 ou Carta, conforme o país) e diz onde.
--close: fecha o dia (um só dia, depois do PIN de gerente se houver
um, lido da entrada padrão como no logout); um dia é fechado uma só
vez.</translation>
    </message>
    <message>
        <source>Give either --day or --from and --to, not both.</source>
        <translation>Informe --day ou --from e --to, não ambos.</translation>
    </message>
    <message>
        <source>A range needs both --from and --to.</source>
        <translation>Um período precisa de --from e --to.</translation>
    </message>
    <message>
        <source>--close closes one day: give it with --day (default: today).</source>
        <translation>--close fecha um dia: informe-o com --day (padrão: hoje).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2: give the first day with --from and the last day with --to.</source>
        <translation>--to %1 é anterior a --from %2: informe o primeiro dia com --from e o último com --to.</translation>
    </message>
    <message>
        <source>%1 has not come yet: only today or an earlier day can be closed.</source>
        <translation>%1 ainda não chegou: só é possível fechar hoje ou um dia anterior.</translation>
    </message>
    <message>
        <source>--pdf needs the name of the file to write.</source>
        <translation>--pdf precisa do nome do arquivo a gravar.</translation>
    </message>
    <message>
        <source>This run cannot write a PDF (it was started without Qt&apos;s graphical part).</source>
        <translation>Esta execução não pode gravar um PDF (foi iniciada sem a parte gráfica do Qt).</translation>
    </message>
    <message>
        <source>%1 is already closed (on %2 by %3); a day is closed only once.</source>
        <translation>%1 já está fechado (em %2 por %3); um dia é fechado uma só vez.</translation>
    </message>
    <message>
        <source>%1 is closed now.</source>
        <translation>%1 está fechado agora.</translation>
    </message>
    <message>
        <source>The report was saved as a PDF: %1</source>
        <translation>O relatório foi salvo em PDF: %1</translation>
    </message>
    <message>
        <source>--store: the report of the whole store, from the store database
(PostgreSQL, set up with &quot;store setup&quot;), with the money taken by
counter and each open sale&apos;s counter; --day, --from / --to, --json
and --pdf work as above. --counter: only that counter (its name,
capitals and accents aside, or its id). Days are closed at each
counter, not in the store: --close does not go with --store. When
the store cannot be reached: exit 14, and the report without
--store still works.</source>
        <translation>--store: o relatório da loja inteira, a partir do banco de dados da
loja (PostgreSQL, configurado com &quot;store setup&quot;), com o dinheiro
recebido por caixa e o caixa de cada venda aberta; --day, --from /
--to, --json e --pdf funcionam como acima. --counter: só esse caixa
(o nome dele, sem importar maiúsculas nem acentos, ou o id). Os dias
são fechados em cada caixa, não na loja: --close não vai com
--store. Quando a loja não pode ser alcançada: sai com 14, e o
relatório sem --store continua funcionando.</translation>
    </message>
    <message>
        <source>--counter names one of the store&apos;s counters: give it with --store.</source>
        <translation>--counter indica um dos caixas da loja: use-o com --store.</translation>
    </message>
    <message>
        <source>A day is closed at its counter, not in the store: --close does not go with --store.</source>
        <translation>Um dia é fechado no seu caixa, não na loja: --close não vai com --store.</translation>
    </message>
</context>
<context>
    <name>SalesRecordDialogs</name>
    <message>
        <source>Enter the manager PIN to refund a sale.</source>
        <translation>Digite o PIN de gerente para estornar uma venda.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to close the day.</source>
        <translation>Digite o PIN de gerente para fechar o dia.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Nada foi salvo ainda.</translation>
    </message>
    <message>
        <source>Result of saving</source>
        <translation>Resultado do salvamento</translation>
    </message>
    <message>
        <source>&amp;Keep it for this session only</source>
        <translation>&amp;Guardar só nesta sessão</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Guardar o token só nesta sessão</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Nada foi salvo. %1</translation>
    </message>
    <message>
        <source>• The access token %1 is kept in memory only, until PointDesk quits.</source>
        <translation>• O token de acesso %1 fica só na memória, até o PointDesk fechar.</translation>
    </message>
    <message>
        <source>• The access token %1 goes to this computer&apos;s keychain, and nowhere else.</source>
        <translation>• O token de acesso %1 vai para o chaveiro deste computador, e para nenhum outro lugar.</translation>
    </message>
    <message>
        <source>• The manager PIN already set on this computer stays as it is.</source>
        <translation>• O PIN de gerente já definido neste computador fica como está.</translation>
    </message>
    <message>
        <source>• The manager PIN is kept as a salted hash, next to the token.</source>
        <translation>• O PIN do gerente fica guardado como hash com sal, junto ao token.</translation>
    </message>
    <message>
        <source>• The API address %1 goes to PointDesk&apos;s settings.</source>
        <translation>• O endereço da API %1 vai para as configurações do PointDesk.</translation>
    </message>
    <message>
        <source>Press Save to finish. PointDesk then charges on the account&apos;s terminals.</source>
        <translation>Pressione Salvar para terminar. Depois o PointDesk cobra nas maquininhas da conta.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Currency the account charges in</source>
        <translation>Moeda em que a conta cobra</translation>
    </message>
    <message>
        <source>Account &amp;currency:</source>
        <translation>&amp;Moeda da conta:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the access token</source>
        <translation>Configurar o token de acesso</translation>
    </message>
    <message>
        <source>Set up PointDesk</source>
        <translation>Configurar o PointDesk</translation>
    </message>
    <message>
        <source>Try &amp;demo mode instead</source>
        <translation>Experimentar o modo &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Try demo mode instead</source>
        <translation>Experimentar o modo demonstração</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ShopDetails</name>
    <message numerus="yes">
        <source>The shop&apos;s name is too long: at most %n characters.</source>
        <translation>
            <numerusform>O nome da loja é longo demais: no máximo %n caractere.</numerusform>
            <numerusform>O nome da loja é longo demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s name has characters that cannot be printed (control or direction characters).</source>
        <translation>O nome da loja tem caracteres que não podem ser impressos (de controle ou de direção).</translation>
    </message>
    <message numerus="yes">
        <source>The address is too long: at most %n characters.</source>
        <translation>
            <numerusform>O endereço é longo demais: no máximo %n caractere.</numerusform>
            <numerusform>O endereço é longo demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The address has too many lines: at most %n.</source>
        <translation>
            <numerusform>O endereço tem linhas demais: no máximo %n.</numerusform>
            <numerusform>O endereço tem linhas demais: no máximo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address has characters that cannot be printed (control or direction characters).</source>
        <translation>O endereço tem caracteres que não podem ser impressos (de controle ou de direção).</translation>
    </message>
    <message numerus="yes">
        <source>The tax id is too long: at most %n characters.</source>
        <translation>
            <numerusform>A identificação fiscal é longa demais: no máximo %n caractere.</numerusform>
            <numerusform>A identificação fiscal é longa demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tax id has characters that cannot be printed (control or direction characters).</source>
        <translation>A identificação fiscal tem caracteres que não podem ser impressos (de controle ou de direção).</translation>
    </message>
</context>
<context>
    <name>ShopDetailsBox</name>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>Shop name on receipts</source>
        <translation>Nome da loja nos recibos</translation>
    </message>
    <message>
        <source>Shop address on receipts</source>
        <translation>Endereço da loja nos recibos</translation>
    </message>
    <message>
        <source>Shop tax id on receipts</source>
        <translation>Identificação fiscal da loja nos recibos</translation>
    </message>
    <message>
        <source>Paper for receipts</source>
        <translation>Papel dos recibos</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Folha A4</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Folha carta</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>Bobina de recibos de 80 mm</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nome da loja:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Ta&amp;x id:</source>
        <translation>Identificação &amp;fiscal:</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>Papel do reci&amp;bo:</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>timed out after %1 s while %2</source>
        <translation>o tempo esgotou depois de %1 s enquanto %2</translation>
    </message>
    <message>
        <source>Smoke test</source>
        <translation>Teste rápido</translation>
    </message>
    <message>
        <source>the cashier window or the demo terminal went away while %1</source>
        <translation>a janela do caixa ou a maquininha de demonstração sumiu enquanto %1</translation>
    </message>
    <message>
        <source>the cashier window has no terminal list</source>
        <translation>a janela do caixa não tem lista de maquininhas</translation>
    </message>
    <message>
        <source>could not select the terminal %1</source>
        <translation>não foi possível selecionar a maquininha %1</translation>
    </message>
    <message>
        <source>the cashier window has no amount or description field</source>
        <translation>a janela do caixa não tem campo de valor ou de descrição</translation>
    </message>
    <message>
        <source>the cashier window has no Charge button</source>
        <translation>a janela do caixa não tem botão Cobrar</translation>
    </message>
    <message>
        <source>the order did not reach the terminal: %1</source>
        <translation>a cobrança não chegou à maquininha: %1</translation>
    </message>
    <message>
        <source>the virtual terminal shows no %1</source>
        <translation>a maquininha virtual não mostra %1</translation>
    </message>
    <message>
        <source>the order %1 was not paid: %2</source>
        <translation>a cobrança %1 não foi paga: %2</translation>
    </message>
    <message>
        <source>the panel says Paid but shows no payment for order %1</source>
        <translation>o painel diz Paga, mas não mostra nenhum pagamento da cobrança %1</translation>
    </message>
    <message>
        <source>smoke test passed: order %1 paid (%2), %3 ms</source>
        <translation>teste rápido aprovado: cobrança %1 paga (%2), %3 ms</translation>
    </message>
    <message>
        <source>the panel says Paid but the terminal has no approved payment for order %1</source>
        <translation>o painel diz Paga, mas a maquininha não tem nenhum pagamento aprovado da cobrança %1</translation>
    </message>
    <message>
        <source>the terminal received another sale than the one typed: %1</source>
        <translation>a maquininha recebeu uma venda diferente da digitada: %1</translation>
    </message>
    <message>
        <source>the panel does not show the payment %1</source>
        <translation>o painel não mostra o pagamento %1</translation>
    </message>
    <message>
        <source>smoke test passed: order %1 paid, payment %2 (%3 ms)</source>
        <translation>teste rápido aprovado: cobrança %1 paga, pagamento %2 (%3 ms)</translation>
    </message>
    <message>
        <source>waiting for the terminals</source>
        <translation>esperava as maquininhas</translation>
    </message>
    <message>
        <source>waiting for the Charge button to be enabled</source>
        <translation>esperava o botão Cobrar ser habilitado</translation>
    </message>
    <message>
        <source>waiting for the order to reach %1</source>
        <translation>esperava a cobrança chegar à %1</translation>
    </message>
    <message>
        <source>waiting for order %1 to show Paid</source>
        <translation>esperava a cobrança %1 aparecer como Paga</translation>
    </message>
    <message>
        <source>smoke test failed: %1</source>
        <translation>teste rápido falhou: %1</translation>
    </message>
</context>
<context>
    <name>StatusBadges</name>
    <message>
        <source>Show the &amp;virtual terminal</source>
        <translation>Mostrar a maquininha virt&amp;ual</translation>
    </message>
    <message>
        <source>Show the virtual terminal</source>
        <translation>Mostrar a maquininha virtual</translation>
    </message>
    <message>
        <source>DEMO · simulated terminals, no real money</source>
        <translation>DEMO · maquininhas simuladas, sem dinheiro de verdade</translation>
    </message>
    <message>
        <source>Token for this session only</source>
        <translation>Token só para esta sessão</translation>
    </message>
    <message>
        <source>The access token is kept for this session only</source>
        <translation>O token de acesso fica guardado só nesta sessão</translation>
    </message>
    <message>
        <source>This computer has no keychain: the access token is kept in memory and forgotten when PointDesk quits.</source>
        <translation>Este computador não tem chaveiro: o token de acesso fica na memória e é esquecido quando o PointDesk fecha.</translation>
    </message>
    <message>
        <source>◆ Manager</source>
        <translation>◆ Gerente</translation>
    </message>
    <message>
        <source>Manager mode is on</source>
        <translation>O modo gerente está ativo</translation>
    </message>
    <message>
        <source>Manager mode is on. It ends by itself after a few minutes without use.</source>
        <translation>O modo gerente está ativo. Ele termina sozinho depois de alguns minutos sem uso.</translation>
    </message>
    <message>
        <source>End manager mode</source>
        <translation>Sair do modo gerente</translation>
    </message>
    <message>
        <source>&amp;Virtual terminal</source>
        <translation>Maquininha virt&amp;ual</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show where an order stands.</source>
        <translation>Mostra a situação de uma cobrança.</translation>
    </message>
    <message>
        <source>Order %1: %2 (%3).</source>
        <translation>Cobrança %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Payment: %1 (%2).</source>
        <translation>Pagamento: %1 (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>External reference: %1</source>
        <translation>Referência externa: %1</translation>
    </message>
    <message>
        <source>Payer e-mail: %1</source>
        <translation>E-mail do cliente: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>ACTION &quot;setup&quot;: where the store database is and what this counter
is called there (after the manager PIN, when one is set). The
connection uses TLS unless the host is this computer.</source>
        <translation>ACTION &quot;setup&quot;: onde está o banco de dados da loja e como este caixa
se chama lá (após o PIN do gerente, quando houver um). A
conexão usa TLS, a menos que o servidor seja este computador.</translation>
    </message>
    <message>
        <source>Only &quot;store setup&quot; takes options.</source>
        <translation>Somente &quot;store setup&quot; aceita opções.</translation>
    </message>
    <message>
        <source>store setup needs --host, --database and --user.</source>
        <translation>store setup precisa de --host, --database e --user.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>A porta é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>This counter now sends its sales to %1 on %2:%3 as %4.</source>
        <translation>Este caixa agora envia suas vendas para %1 em %2:%3 como %4.</translation>
    </message>
    <message>
        <source>Save the role&apos;s password with &quot;pointdesk-cli store password&quot; when it has one.</source>
        <translation>Se o papel tiver senha, salve-a com &quot;pointdesk-cli store password&quot;.</translation>
    </message>
    <message>
        <source>Type the store database password and press Enter:</source>
        <translation>Digite a senha do banco de dados da loja e pressione Enter:</translation>
    </message>
    <message>
        <source>That is too long for a password: give it on one line.</source>
        <translation>É longo demais para uma senha: informe-a em uma única linha.</translation>
    </message>
    <message>
        <source>Could not read the password from standard input: %1</source>
        <translation>Não foi possível ler a senha da entrada padrão: %1</translation>
    </message>
    <message>
        <source>No store database password is saved now.</source>
        <translation>Agora não há nenhuma senha do banco de dados da loja salva.</translation>
    </message>
    <message>
        <source>The store database password is saved in the system keychain.</source>
        <translation>A senha do banco de dados da loja está salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Store database: %1 on %2:%3 as %4 (%5).</source>
        <translation>Banco de dados da loja: %1 em %2:%3 como %4 (%5).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obrigatório</translation>
    </message>
    <message>
        <source>Counter: %1 (id %2).</source>
        <translation>Caixa: %1 (id %2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>Changes waiting: %1.</source>
        <translation>Alterações em espera: %1.</translation>
    </message>
    <message>
        <source>Last push: %1.</source>
        <translation>Último envio: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Changes sent: %1. The store database is up to date.</source>
        <translation>Alterações enviadas: %1. O banco de dados da loja está em dia.</translation>
    </message>
    <message>
        <source>The store database (PostgreSQL) this counter sends its sales to.
ACTION &quot;status&quot;: where it stands (the store, this counter, the
changes waiting, the last push and the last error). &quot;push&quot;: send
what waits now. &quot;password&quot;: read the store&apos;s password from
standard input into the keychain (an empty line removes it).
&quot;new-id&quot;: register this counter as a new counter in the store (a
new id, the same name), after the manager PIN: for a counter
whose sales record was started anew, which the store refuses.</source>
        <translation>O banco de dados da loja (PostgreSQL) para o qual este caixa envia suas vendas.
ACTION &quot;status&quot;: como está (a loja, este caixa, as alterações
em espera, o último envio e o último erro). &quot;push&quot;: envia agora
o que espera. &quot;password&quot;: lê a senha da loja da entrada
padrão e a guarda no chaveiro (uma linha vazia a remove).
&quot;new-id&quot;: registra este caixa como um caixa novo na loja (um id
novo, o mesmo nome), após o PIN do gerente: para um caixa cujo
registro de vendas foi começado de novo e que a loja recusa.</translation>
    </message>
    <message>
        <source>Unknown store action &quot;%1&quot;: use status, push, setup, password or new-id.</source>
        <translation>Ação de loja desconhecida &quot;%1&quot;: use status, push, setup, password ou new-id.</translation>
    </message>
    <message>
        <source>This counter is registered as a new counter in the store: id %1. Its sales are sent under the new id from the next push; the sales sent before stay in the store under the old one.</source>
        <translation>Este caixa foi registrado como um caixa novo na loja: id %1. Suas vendas são enviadas com o id novo a partir do próximo envio; as vendas enviadas antes ficam na loja com o anterior.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>The store database is up to date.</source>
        <translation>O banco de dados da loja está em dia.</translation>
    </message>
    <message>
        <source>No store database is set up for this counter.</source>
        <translation>Este caixa não tem nenhum banco de dados da loja configurado.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>O driver do PostgreSQL para Qt não está instalado (pacote libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The store database cannot be reached. Sales are kept on this counter and sent when it is back.</source>
        <translation>Não é possível acessar o banco de dados da loja. As vendas ficam neste caixa e são enviadas quando ele voltar.</translation>
    </message>
    <message>
        <source>The store database refused the connection: check the user, the password and the database name.</source>
        <translation>O banco de dados da loja recusou a conexão: verifique o usuário, a senha e o nome do banco de dados.</translation>
    </message>
    <message>
        <source>The store database was set up by a newer PointDesk. Update PointDesk on this counter.</source>
        <translation>O banco de dados da loja foi criado por um PointDesk mais recente. Atualize o PointDesk neste caixa.</translation>
    </message>
    <message>
        <source>The sales record of this counter could not be read.</source>
        <translation>Não foi possível ler o registro de vendas deste caixa.</translation>
    </message>
    <message>
        <source>The store database did not take the sales.</source>
        <translation>O banco de dados da loja não aceitou as vendas.</translation>
    </message>
    <message>
        <source>The store database already holds another sales record under this counter&apos;s id: this counter&apos;s record was started anew. Nothing is sent until the manager checks the store.</source>
        <translation>O banco de dados da loja já tem outro registro de vendas com o id deste caixa: o registro deste caixa foi recomeçado. Nada é enviado até que o gerente verifique a loja.</translation>
    </message>
    <message>
        <source>The store&apos;s counters charge in more than one currency: choose one counter to add up its sales.</source>
        <translation>Os caixas da loja cobram em mais de uma moeda: escolha um caixa para somar as vendas dele.</translation>
    </message>
    <message>
        <source>The sales could not be read from the store database.</source>
        <translation>Não foi possível ler as vendas do banco de dados da loja.</translation>
    </message>
</context>
<context>
    <name>StoreIndicator</name>
    <message>
        <source>Store database</source>
        <translation>Banco de dados da loja</translation>
    </message>
    <message>
        <source>Store: up to date</source>
        <translation>Loja: em dia</translation>
    </message>
    <message numerus="yes">
        <source>Store: %n waiting</source>
        <translation>
            <numerusform>Loja: %n pendente</numerusform>
            <numerusform>Loja: %n pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Loja: sem conexão</translation>
    </message>
    <message>
        <source>Store: offline - sales are kept here and sent when it is back</source>
        <translation>Loja: sem conexão - as vendas ficam aqui e são enviadas quando ela voltar</translation>
    </message>
    <message>
        <source>Store: refused</source>
        <translation>Loja: recusado</translation>
    </message>
    <message>
        <source>Store: refused - %1</source>
        <translation>Loja: recusado - %1</translation>
    </message>
    <message>
        <source>check the user, the password and the database in Preferences</source>
        <translation>confira o usuário, a senha e o banco de dados em Preferências</translation>
    </message>
    <message>
        <source>update PointDesk on this counter</source>
        <translation>atualize o PointDesk neste caixa</translation>
    </message>
    <message>
        <source>this counter&apos;s sales record was started anew: a manager registers it as a new counter in Preferences, Store</source>
        <translation>o registro de vendas deste caixa foi começado de novo: um gerente o registra como caixa novo em Preferências, Loja</translation>
    </message>
    <message>
        <source>install the PostgreSQL driver (libqt6sql6-psql)</source>
        <translation>instale o driver do PostgreSQL (libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>this counter&apos;s sales record cannot be read</source>
        <translation>não é possível ler o registro de vendas deste caixa</translation>
    </message>
    <message>
        <source>the store database is not set up</source>
        <translation>o banco de dados da loja não está configurado</translation>
    </message>
    <message>
        <source>the store database did not take the sales</source>
        <translation>o banco de dados da loja não aceitou as vendas</translation>
    </message>
    <message>
        <source>Last sent to the store: %1</source>
        <translation>Último envio à loja: %1</translation>
    </message>
    <message>
        <source>Nothing sent to the store since PointDesk started.</source>
        <translation>Nada foi enviado à loja desde que o PointDesk foi iniciado.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>counter name</source>
        <translation>Nome do caixa</translation>
    </message>
    <message>
        <source>The %1 holds a control character (a tab or a line break, for one): type it again.</source>
        <extracomment>%1 is a field of the form: host, port, database, user, password or counter name.</extracomment>
        <translation>O campo &quot;%1&quot; tem um caractere de controle (uma tabulação ou uma quebra de linha, por exemplo): digite-o novamente.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>A porta é um número de 1 a 65535 (a usual do PostgreSQL é 5432).</translation>
    </message>
    <message>
        <source>Type the host of the store database, or clear the other fields to keep the sales on this counter only.</source>
        <translation>Digite o servidor do banco de dados da loja, ou apague os outros campos para manter as vendas só neste caixa.</translation>
    </message>
    <message>
        <source>Type the name of the store database.</source>
        <translation>Digite o nome do banco de dados da loja.</translation>
    </message>
    <message>
        <source>Type the user (the PostgreSQL role) PointDesk connects as.</source>
        <translation>Digite o usuário (o papel do PostgreSQL) com o qual o PointDesk se conecta.</translation>
    </message>
    <message>
        <source>With a store database (PostgreSQL), every sale of this counter is also sent there, so that the store has one record of all its counters. Sales are kept here first: the counter goes on charging while the store database is down.</source>
        <translation>Com um banco de dados da loja (PostgreSQL), cada venda deste caixa também é enviada para lá, para que a loja tenha um só registro de todos os seus caixas. As vendas ficam primeiro aqui: o caixa continua cobrando enquanto o banco de dados da loja não responde.</translation>
    </message>
    <message>
        <source>Only the manager changes the store database.</source>
        <translation>Só o gerente altera o banco de dados da loja.</translation>
    </message>
    <message>
        <source>Change with the manager &amp;PIN…</source>
        <translation>Alterar com o &amp;PIN do gerente…</translation>
    </message>
    <message>
        <source>Host of the store database</source>
        <translation>Servidor do banco de dados da loja</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 (empty: no store database)</source>
        <translation>ex.: 192.168.1.10 (vazio: sem banco de dados da loja)</translation>
    </message>
    <message>
        <source>Port of the store database</source>
        <translation>Porta do banco de dados da loja</translation>
    </message>
    <message>
        <source>Name of the store database</source>
        <translation>Nome do banco de dados da loja</translation>
    </message>
    <message>
        <source>User of the store database</source>
        <translation>Usuário do banco de dados da loja</translation>
    </message>
    <message>
        <source>Password of the store database</source>
        <translation>Senha do banco de dados da loja</translation>
    </message>
    <message>
        <source>Name of this counter in the store</source>
        <translation>Nome deste caixa na loja</translation>
    </message>
    <message>
        <source>e.g. Counter 2</source>
        <translation>ex.: Caixa 2</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Counter &amp;name:</source>
        <translation>Nome do c&amp;aixa:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>Stop using a store data&amp;base</source>
        <translation>&amp;Deixar de usar um banco de dados da loja</translation>
    </message>
    <message>
        <source>Re&amp;gister as a new counter</source>
        <translation>&amp;Registrar como caixa novo</translation>
    </message>
    <message>
        <source>When the store refuses this counter because its sales record was started anew, register it as a new counter: it keeps its name, gets a new id, and sends its sales again under that id.</source>
        <translation>Quando a loja recusa este caixa porque seu registro de vendas foi começado de novo, registre-o como caixa novo: ele mantém o nome, recebe um id novo e envia suas vendas de novo com esse id.</translation>
    </message>
    <message>
        <source>Save to stop sending this counter&apos;s sales to the store database.</source>
        <translation>Salve para deixar de enviar as vendas deste caixa ao banco de dados da loja.</translation>
    </message>
    <message>
        <source>No store database: the sales stay on this counter.</source>
        <translation>Sem banco de dados da loja: as vendas ficam neste caixa.</translation>
    </message>
    <message>
        <source>The store database is on another computer: the connection is encrypted (TLS is required).</source>
        <translation>O banco de dados da loja está em outro computador: a conexão é criptografada (TLS é obrigatório).</translation>
    </message>
    <message>
        <source>The store database is on this computer: no encryption (TLS) is needed.</source>
        <translation>O banco de dados da loja está neste computador: não é preciso criptografia (TLS).</translation>
    </message>
    <message>
        <source>Saved: leave empty to keep it</source>
        <translation>Salva: deixe vazio para mantê-la</translation>
    </message>
    <message>
        <source>None saved (a role without a password)</source>
        <translation>Nenhuma salva (um papel sem senha)</translation>
    </message>
    <message>
        <source>Reached the store database. It is empty: PointDesk sets it up at the first sale sent.</source>
        <translation>O banco de dados da loja foi acessado. Ele está vazio: o PointDesk o prepara com a primeira venda enviada.</translation>
    </message>
    <message>
        <source>Reached the store database (schema version %1).</source>
        <translation>O banco de dados da loja foi acessado (versão do esquema %1).</translation>
    </message>
    <message>
        <source>Connecting to the store database…</source>
        <translation>Conectando ao banco de dados da loja…</translation>
    </message>
    <message>
        <source>This counter is registered as a new counter (id %1). It sends its sales under the new id from now on.</source>
        <translation>Este caixa foi registrado como caixa novo (id %1). A partir de agora ele envia suas vendas com o id novo.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Não foi possível salvar a senha: %1</translation>
    </message>
</context>
<context>
    <name>StoreReadAccess</name>
    <message>
        <source>Read one counter with --counter NAME.</source>
        <translation>Leia um só caixa com --counter NOME.</translation>
    </message>
    <message>
        <source>This counter&apos;s own record still works: run &quot;pointdesk-cli %1&quot; without --store.</source>
        <translation>O registro próprio deste caixa continua funcionando: execute &quot;pointdesk-cli %1&quot; sem --store.</translation>
    </message>
    <message>
        <source>The store has no counter named &quot;%1&quot;: no counter sent sales yet.</source>
        <translation>A loja não tem nenhum caixa chamado &quot;%1&quot;: nenhum caixa enviou vendas ainda.</translation>
    </message>
    <message>
        <source>The store has no counter named &quot;%1&quot;. Its counters: %2.</source>
        <translation>A loja não tem nenhum caixa chamado &quot;%1&quot;. Os caixas dela: %2.</translation>
    </message>
</context>
<context>
    <name>StoreSalesReader</name>
    <message>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
</context>
<context>
    <name>TerminalModeCommand</name>
    <message>
        <source>Switch a terminal&apos;s operating mode (Orders API): pdv takes orders
from PointDesk, standalone charges without it. Restart the terminal
afterwards. When a manager PIN is set, reads it from standard input
first, like remove-device.</source>
        <translation>Muda o modo de operação de uma maquininha (API de Orders): pdv
recebe cobranças do PointDesk, standalone cobra sem ele. Reinicie a
maquininha depois. Se houver um PIN de gerente, primeiro o lê da
entrada padrão, como o remove-device.</translation>
    </message>
    <message>
        <source>The operating mode must be pdv or standalone, not &quot;%1&quot;.</source>
        <translation>O modo de operação deve ser pdv ou standalone, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; now takes orders from PointDesk (PDV mode). Restart the terminal.</source>
        <translation>A maquininha &quot;%1&quot; agora recebe cobranças do PointDesk (modo PDV). Reinicie a maquininha.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; now charges on its own (standalone mode). Restart the terminal.</source>
        <translation>A maquininha &quot;%1&quot; agora cobra por conta própria (modo standalone). Reinicie a maquininha.</translation>
    </message>
</context>
<context>
    <name>TerminalModes</name>
    <message>
        <source>PDV mode</source>
        <extracomment>A terminal&apos;s operating mode on the Orders API: it takes orders from the cash register.</extracomment>
        <translation>Modo PDV</translation>
    </message>
    <message>
        <source>Standalone mode</source>
        <extracomment>A terminal&apos;s operating mode on the Orders API: it charges on its own, without PointDesk.</extracomment>
        <translation>Modo independente (standalone)</translation>
    </message>
    <message>
        <source>Mode not set up</source>
        <translation>Modo não configurado</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;</source>
        <extracomment>%1 is the mode exactly as Mercado Pago sent it.</extracomment>
        <translation>Modo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is in standalone mode: it charges on its own and cannot take orders from PointDesk. A manager can switch it to PDV mode (then restart the terminal), or choose another terminal.</source>
        <translation>%1 está no modo independente (standalone): cobra sozinha e não pode receber cobranças do PointDesk. Um gerente pode passá-la para o modo PDV (e depois reiniciar a maquininha), ou escolha outra maquininha.</translation>
    </message>
    <message>
        <source>%1 has no operating mode set up, so it cannot take orders from PointDesk. Set it to PDV mode in Mercado Pago, or choose another terminal.</source>
        <translation>%1 não tem um modo de operação configurado, então não pode receber cobranças do PointDesk. Configure-a no modo PDV no Mercado Pago, ou escolha outra maquininha.</translation>
    </message>
    <message>
        <source>Mercado Pago reports %1 in a mode PointDesk does not know (&quot;%2&quot;), so PointDesk sends it no orders. Choose another terminal.</source>
        <translation>O Mercado Pago informa %1 num modo que o PointDesk não conhece (&quot;%2&quot;), então o PointDesk não envia cobranças a ela. Escolha outra maquininha.</translation>
    </message>
</context>
<context>
    <name>TerminalMonitor</name>
    <message>
        <source>Updated at %1</source>
        <translation>Atualizado às %1</translation>
    </message>
    <message>
        <source>Not updated since %1.</source>
        <translation>Sem atualização desde %1.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ainda não carregado.</translation>
    </message>
    <message>
        <source>Mercado Pago refused the saved access token (401 Unauthorized) at %1. It may have been renewed or revoked: paste the shop&apos;s current access token.</source>
        <translation>O Mercado Pago recusou o token de acesso salvo (401 Unauthorized) às %1. Ele pode ter sido renovado ou revogado: cole o token de acesso atual da loja.</translation>
    </message>
</context>
<context>
    <name>TerminalTools</name>
    <message>
        <source>Refreshing the terminals…</source>
        <translation>Atualizando as maquininhas…</translation>
    </message>
    <message>
        <source>Rename terminal</source>
        <translation>Renomear maquininha</translation>
    </message>
    <message>
        <source>Name for %1 on this computer (empty: show its id):</source>
        <translation>Nome para %1 neste computador (vazio: mostrar o id):</translation>
    </message>
    <message>
        <source>Switching %1 to PDV mode…</source>
        <translation>Passando %1 para o modo PDV…</translation>
    </message>
    <message>
        <source>%1 is now in PDV mode. Restart the terminal so that it takes orders from PointDesk.</source>
        <translation>%1 agora está no modo PDV. Reinicie a maquininha para que receba cobranças do PointDesk.</translation>
    </message>
    <message>
        <source>%1 could not be switched to PDV mode: %2</source>
        <translation>Não foi possível passar %1 para o modo PDV: %2</translation>
    </message>
</context>
<context>
    <name>TokenBanner</name>
    <message>
        <source>Mercado Pago refused the access token</source>
        <translation>O Mercado Pago recusou o token de acesso</translation>
    </message>
    <message>
        <source>PointDesk cannot list the terminals or charge until the access token is set up again. A manager can do it now: press Set up the token again, enter the manager PIN and paste the shop&apos;s current access token (Mercado Pago Developers, Your integrations, Credentials).</source>
        <translation>O PointDesk não consegue listar as maquininhas nem cobrar até o token de acesso ser configurado de novo. Um gerente pode fazer isso agora: pressione Configurar o token de novo, digite o PIN do gerente e cole o token de acesso atual da loja (Mercado Pago Developers, Suas integrações, Credenciais).</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Token de acesso recusado</translation>
    </message>
    <message>
        <source>Set up the token again…</source>
        <translation>Configurar o token de novo…</translation>
    </message>
    <message>
        <source>Set up the access token again; also in Account &gt; Replace the access token</source>
        <translation>Configurar o token de acesso de novo; também em Conta &gt; Substituir o token de acesso</translation>
    </message>
    <message>
        <source>Try again (F5)</source>
        <translation>Tentar de novo (F5)</translation>
    </message>
    <message>
        <source>Try the access token again (F5)</source>
        <translation>Testar o token de acesso de novo (F5)</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Set up the access token again</source>
        <translation>Configurar o token de acesso de novo</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>O token de acesso</translation>
    </message>
    <message>
        <source>PointDesk checks the token with Mercado Pago before saving anything.</source>
        <translation>O PointDesk confere o token com o Mercado Pago antes de salvar qualquer coisa.</translation>
    </message>
    <message>
        <source>Paste the production access token of the shop&apos;s Mercado Pago account (Mercado Pago Developers, Your integrations, Production credentials). It usually starts with APP_USR-.</source>
        <translation>Cole o token de acesso de produção da conta do Mercado Pago da loja (Mercado Pago Developers, Suas integrações, Credenciais de produção). Ele costuma começar com APP_USR-.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>APP_USR-…</source>
        <translation>APP_USR-…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar o token de acesso</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avançado</translation>
    </message>
    <message>
        <source>Show the advanced settings</source>
        <translation>Mostrar as configurações avançadas</translation>
    </message>
    <message>
        <source>Mercado Pago API address</source>
        <translation>Endereço da API do Mercado Pago</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>&amp;Endereço da API:</translation>
    </message>
    <message>
        <source>Result of the token check</source>
        <translation>Resultado da conferência do token</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>The token saved now: %1</source>
        <translation>O token salvo agora: %1</translation>
    </message>
    <message>
        <source>Set when PointDesk was started (--api-base or POINTDESK_API_BASE).</source>
        <translation>Definido ao iniciar o PointDesk (--api-base ou POINTDESK_API_BASE).</translation>
    </message>
    <message>
        <source>Leave %1 unless you test with a sandbox or the simulator. Only https, or http to this computer.</source>
        <translation>Deixe %1, a não ser que você teste com um sandbox ou o simulador. Só https, ou http para este computador.</translation>
    </message>
    <message>
        <source>Checking the token with Mercado Pago…</source>
        <translation>Conferindo o token com o Mercado Pago…</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No access token is saved on this computer yet.</source>
        <translation>Ainda não há nenhum token de acesso salvo neste computador.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock the keychain (or allow PointDesk to use it) and try again.</source>
        <translation>O chaveiro do sistema negou o acesso. Desbloqueie o chaveiro (ou permita que o PointDesk o use) e tente de novo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, restart the computer&apos;s keyring service.</source>
        <translation>O chaveiro do sistema informou um erro. Tente de novo; se continuar acontecendo, reinicie o serviço de chaveiro do computador.</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so PointDesk cannot keep the access token safely. On Linux, install and start a Secret Service such as GNOME Keyring (package gnome-keyring) or KWallet, then sign in again.</source>
        <translation>Este computador não tem serviço de chaveiro, então o PointDesk não consegue guardar o token de acesso com segurança. No Linux, instale e inicie um Secret Service como o GNOME Keyring (pacote gnome-keyring) ou o KWallet e entre de novo.</translation>
    </message>
    <message>
        <source>The system keychain is not answering. It may be waiting for you to unlock it (look for a password prompt), or the keyring service may be stuck. Try again in a moment; if it keeps happening, restart the keyring service or the computer.</source>
        <translation>O chaveiro do sistema não está respondendo. Ele pode estar esperando que você o desbloqueie (procure uma janela pedindo a senha), ou o serviço do chaveiro pode estar travado. Tente de novo daqui a pouco; se continuar acontecendo, reinicie o serviço do chaveiro ou o computador.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a description: the customer sees it on the terminal.</source>
        <translation>Digite uma descrição: o cliente a vê na maquininha.</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks or tabs.</source>
        <translation>A descrição não pode ter quebras de linha nem tabulações.</translation>
    </message>
    <message>
        <source>The description is too long: %1 characters, at most %2.</source>
        <translation>A descrição é longa demais: %1 caracteres, no máximo %2.</translation>
    </message>
    <message>
        <source>Choose the terminal that takes the payment.</source>
        <translation>Escolha a maquininha que recebe o pagamento.</translation>
    </message>
    <message>
        <source>The terminal name contains characters that are not allowed.</source>
        <translation>O nome da maquininha tem caracteres não permitidos.</translation>
    </message>
    <message>
        <source>The terminal name is too long: at most %1 characters.</source>
        <translation>O nome da maquininha é longo demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The external reference cannot be blank or contain line breaks or tabs.</source>
        <translation>A referência externa não pode ficar em branco nem ter quebras de linha ou tabulações.</translation>
    </message>
    <message>
        <source>The external reference is too long: at most %1 characters.</source>
        <translation>A referência externa é longa demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The notification URL is too long: at most %1 characters.</source>
        <translation>A URL de notificação é longa demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The notification URL must be a full address, like https://shop.example/notify.</source>
        <translation>A URL de notificação deve ser um endereço completo, por exemplo https://loja.exemplo/aviso.</translation>
    </message>
    <message>
        <source>The payer e-mail is not a valid address, like name@example.com.</source>
        <translation>O e-mail do cliente não é um endereço válido, como nome@exemplo.com.</translation>
    </message>
    <message>
        <source>The order number must be a positive whole number.</source>
        <translation>O número da cobrança deve ser um número inteiro positivo.</translation>
    </message>
    <message>
        <source>The user id is the number of your Mercado Pago account, digits only.</source>
        <translation>O id de usuário é o número da sua conta do Mercado Pago, só dígitos.</translation>
    </message>
    <message>
        <source>The external reference may only contain letters without accents, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>A referência externa só pode ter letras sem acentos, dígitos, &apos;-&apos; e &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The order must expire between 30 seconds and 3 hours after it is sent.</source>
        <translation>A cobrança deve expirar entre 30 segundos e 3 horas depois de enviada.</translation>
    </message>
    <message>
        <source>The notification URL must be an address Mercado Pago can reach from the internet, not this computer.</source>
        <translation>A URL de notificação deve ser um endereço que o Mercado Pago alcance pela internet, não este computador.</translation>
    </message>
    <message>
        <source>The notification URL must start with https://.</source>
        <translation>A URL de notificação deve começar com https://.</translation>
    </message>
</context>
<context>
    <name>VirtualTerminal</name>
    <message>
        <source>Virtual terminal — DEMO</source>
        <translation>Maquininha virtual — DEMO</translation>
    </message>
    <message>
        <source>Virtual terminal</source>
        <translation>Maquininha virtual</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Maquininha %1</translation>
    </message>
    <message>
        <source>Screen of %1</source>
        <translation>Tela da %1</translation>
    </message>
    <message>
        <source>Approve the payment on %1</source>
        <translation>Aprovar o pagamento na %1</translation>
    </message>
    <message>
        <source>Decline the card on %1</source>
        <translation>Recusar o cartão na %1</translation>
    </message>
    <message>
        <source>The customer cancels on %1</source>
        <translation>O cliente cancela na %1</translation>
    </message>
    <message>
        <source>Tap, insert or swipe the card</source>
        <translation>Aproxime, insira ou passe o cartão</translation>
    </message>
    <message>
        <source>Mercado Pago Point</source>
        <translation>Mercado Pago Point</translation>
    </message>
    <message>
        <source>Ready — no order</source>
        <translation>Pronta — sem cobrança</translation>
    </message>
    <message>
        <source>Last: %1 paid (payment %2)</source>
        <translation>Última: %1 paga (pagamento %2)</translation>
    </message>
    <message>
        <source>Last: %1 declined</source>
        <translation>Última: %1 recusada</translation>
    </message>
    <message>
        <source>Last: %1 cancelled by the customer</source>
        <translation>Última: %1 cancelada pelo cliente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You are the customer: approve, decline or cancel the order on its terminal. Esc goes back to the cashier window.</source>
        <translation>Você é o cliente: aprove, recuse ou cancele a cobrança na maquininha dela. Esc volta para a janela do caixa.</translation>
    </message>
    <message>
        <source>You are the customer: answer the cashier&apos;s charges here. Esc goes back to the cashier.</source>
        <translation>Você é o cliente: responda aqui às cobranças do caixa. Esc volta para o caixa.</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Maquininha</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Maquininha</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>Customer &amp;cancels</source>
        <translation>O cliente &amp;cancela</translation>
    </message>
    <message>
        <source>order to pay</source>
        <translation>cobrança a pagar</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>The demo account has no terminals left. Start PointDesk in demo mode again to get the demo terminals back.</source>
        <translation>A conta de demonstração não tem mais maquininhas. Abra o PointDesk de novo em modo demonstração para ter as maquininhas de demonstração de volta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smoke test failed: a smoke test against %1 needs the simulator&apos;s token in POINTDESK_TOKEN</source>
        <translation>teste rápido falhou: um teste rápido contra %1 precisa do token do simulador em POINTDESK_TOKEN</translation>
    </message>
    <message>
        <source>order %1 is on %2</source>
        <translation>a cobrança %1 está na %2</translation>
    </message>
</context>
</TS>
