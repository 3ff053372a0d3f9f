<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>AccountSetup</name>
    <message>
        <source>Mercado Pago did not accept this access token (401). Check that you copied the whole production access token of the shop&apos;s account, and that it was not renewed or revoked.</source>
        <translation>Mercado Pago no aceptó este token de acceso (401). Revise que haya copiado completo el token de acceso de producción de la cuenta del comercio, y que no se haya renovado ni revocado.</translation>
    </message>
    <message>
        <source>This access token may not use Point terminals (403). Use the production access token of the Mercado Pago account that owns the terminals.</source>
        <translation>Este token de acceso no tiene permiso para usar terminales Point (403). Use el token de acceso de producción de la cuenta de Mercado Pago dueña de las terminales.</translation>
    </message>
    <message>
        <source>PointDesk cannot reach Mercado Pago at %1 to check the token. Check the internet connection, then try again.</source>
        <translation>PointDesk no puede conectar con Mercado Pago en %1 para verificar el token. Revise la conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>No se pudo verificar el token: %1</translation>
    </message>
    <message>
        <source>A manager PIN is already set on this computer, and setup never replaces it. Press Back and enter that PIN.</source>
        <translation>Ya hay un PIN de encargado en esta computadora, y la configuración nunca lo reemplaza. Presione Atrás e ingrese ese PIN.</translation>
    </message>
    <message>
        <source>A manager PIN is set on this computer: enter it first.</source>
        <translation>Hay un PIN de encargado en esta computadora: primero ingréselo.</translation>
    </message>
    <message>
        <source>PointDesk cannot store the manager PIN right now. Cancel and try again.</source>
        <translation>PointDesk no puede guardar el PIN de encargado en este momento. Cancele e intente de nuevo.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Primero pegue el token de acceso.</translation>
    </message>
    <message>
        <source>That does not look like an access token: it has spaces or other characters a token never has. Copy the access token alone from Mercado Pago and try again.</source>
        <translation>Eso no parece un token de acceso: tiene espacios u otros caracteres que un token nunca tiene. Copie solo el token de acceso desde Mercado Pago e intente de nuevo.</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: use an https:// address, or http:// only to this computer.</source>
        <translation>La dirección de la API %1 no se puede usar: use una dirección https://, o http:// solo hacia esta computadora.</translation>
    </message>
    <message>
        <source>The token works, but Mercado Pago shows no terminals on this account yet. Set each terminal&apos;s name in the Mercado Pago app on the terminal.</source>
        <translation>El token funciona, pero Mercado Pago todavía no muestra terminales en esta cuenta. Configure el nombre de cada terminal en la app de Mercado Pago de la terminal.</translation>
    </message>
    <message>
        <source>The token works: Mercado Pago shows one terminal on this account.</source>
        <translation>El token funciona: Mercado Pago muestra una terminal en esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>The token works: Mercado Pago shows %n terminals on this account.</source>
        <translation>
            <numerusform>El token funciona: Mercado Pago muestra %n terminal en esta cuenta.</numerusform>
            <numerusform>El token funciona: Mercado Pago muestra %n terminales en esta cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The integration is enabled for user %1. The Mercado Pago app on the terminals can now take orders from PointDesk.</source>
        <translation>La integración está activada para el usuario %1. La app de Mercado Pago de las terminales ya puede recibir cobros de PointDesk.</translation>
    </message>
    <message>
        <source>Mercado Pago did not allow enabling the integration for user %1. Check that the user id belongs to the account of this access token.</source>
        <translation>Mercado Pago no permitió activar la integración para el usuario %1. Revise que el id de usuario sea de la cuenta de este token de acceso.</translation>
    </message>
    <message>
        <source>Mercado Pago did not accept user id %1. Check the number and try again.</source>
        <translation>Mercado Pago no aceptó el id de usuario %1. Revise el número e intente de nuevo.</translation>
    </message>
    <message>
        <source>The integration could not be enabled: %1</source>
        <translation>No se pudo activar la integración: %1</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>El PIN debe tener de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>Los dos PIN no coinciden. Vuelva a escribir el PIN en los dos campos.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach Mercado Pago. Check the internet connection and try again.</source>
        <translation>No se puede conectar con Mercado Pago. Revise la conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>Mercado Pago did not answer in time. Check the internet connection and try again.</source>
        <translation>Mercado Pago no respondió a tiempo. Revise la conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to Mercado Pago failed. Check the computer&apos;s date and time, or the network&apos;s proxy.</source>
        <translation>Falló la conexión segura con Mercado Pago. Revise la fecha y la hora de la computadora, o el proxy de la red.</translation>
    </message>
    <message>
        <source>Mercado Pago did not accept the access token. Ask the manager to set up the account again.</source>
        <translation>Mercado Pago no aceptó el token de acceso. Pida al encargado que vuelva a configurar la cuenta.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that. Check that the access token belongs to the shop&apos;s account and that the Point integration is enabled.</source>
        <translation>Esta cuenta no tiene permiso para hacer eso. Revise que el token de acceso sea de la cuenta del negocio y que la integración con Point esté activada.</translation>
    </message>
    <message>
        <source>Mercado Pago does not know this terminal or order. Refresh the list of terminals.</source>
        <translation>Mercado Pago no reconoce esta terminal o este cobro. Actualice la lista de terminales.</translation>
    </message>
    <message>
        <source>The terminal is busy with another order. Wait for it to finish, or free the terminal.</source>
        <translation>La terminal está ocupada con otro cobro. Espere a que termine o libere la terminal.</translation>
    </message>
    <message>
        <source>Mercado Pago rejected the order: %1</source>
        <translation>Mercado Pago rechazó el cobro: %1</translation>
    </message>
    <message>
        <source>Mercado Pago rejected the order. Check the amount and the description.</source>
        <translation>Mercado Pago rechazó el cobro. Revise el monto y la descripción.</translation>
    </message>
    <message>
        <source>Too many requests to Mercado Pago. Wait a moment and try again.</source>
        <translation>Demasiados pedidos a Mercado Pago. Espere un momento e intente de nuevo.</translation>
    </message>
    <message>
        <source>Mercado Pago has a problem right now (error %1). Try again in a moment.</source>
        <translation>Mercado Pago tiene un problema en este momento (error %1). Intente de nuevo en un rato.</translation>
    </message>
    <message>
        <source>Mercado Pago sent an answer PointDesk does not understand. Try again; if it keeps happening, check for a PointDesk update.</source>
        <translation>Mercado Pago envió una respuesta que PointDesk no entiende. Intente de nuevo; si sigue pasando, busque una actualización de PointDesk.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. The access token cannot be read or saved.</source>
        <translation>No se pudo usar el llavero del sistema. No se puede leer ni guardar el token de acceso.</translation>
    </message>
    <message>
        <source>The request was stopped before it finished.</source>
        <translation>El pedido se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>This terminal does not belong to the account set up in PointDesk. Check the terminal, or ask the manager to check the account&apos;s access token.</source>
        <translation>Esta terminal no pertenece a la cuenta configurada en PointDesk. Revise la terminal, o pida al encargado que revise el token de acceso de la cuenta.</translation>
    </message>
    <message>
        <source>The order can no longer be cancelled from PointDesk: the terminal may have taken it. Cancel it on the terminal, or wait for the result.</source>
        <translation>El cobro ya no se puede cancelar desde PointDesk: puede que la terminal ya lo haya tomado. Cancélelo en la terminal, o espere el resultado.</translation>
    </message>
    <message>
        <source>The order is already cancelled; nothing was charged.</source>
        <translation>El cobro ya está cancelado; no se cobró nada.</translation>
    </message>
    <message>
        <source>Mercado Pago already received this operation with other details. Start a new attempt.</source>
        <translation>Mercado Pago ya recibió esta operación con otros datos. Inicie un nuevo intento.</translation>
    </message>
    <message>
        <source>A refund of this sale is already in progress. Wait a few minutes and check the sale again.</source>
        <translation>Ya hay una devolución de esta venta en curso. Espere unos minutos y vuelva a revisar la venta.</translation>
    </message>
    <message>
        <source>Mercado Pago could not check the request right now. Try again: it will not be done twice.</source>
        <translation>Mercado Pago no pudo verificar el pedido en este momento. Intente de nuevo: no se hará dos veces.</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s server answered with a redirect to another address. PointDesk does not follow redirects, to keep the access token safe. Try again later; if it keeps happening, check the network&apos;s proxy or contact support.</source>
        <translation>El servidor de Mercado Pago respondió con una redirección a otra dirección. PointDesk no sigue redirecciones, para mantener seguro el token de acceso. Vuelva a intentarlo más tarde; si sigue ocurriendo, revise el proxy de la red o contacte a soporte.</translation>
    </message>
    <message>
        <source>Too many requests to Mercado Pago. Wait a second and try again.</source>
        <translation>Demasiados pedidos a Mercado Pago. Espere un segundo e intente de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to Mercado Pago. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Demasiados pedidos a Mercado Pago. Espere %n segundo e intente de nuevo.</numerusform>
            <numerusform>Demasiados pedidos a Mercado Pago. Espere %n segundos e intente de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiPage</name>
    <message>
        <source>The Mercado Pago API</source>
        <translation>La API de Mercado Pago</translation>
    </message>
    <message>
        <source>Mercado Pago has two APIs for Point terminals; the account&apos;s terminals answer on one of them.</source>
        <translation>Mercado Pago tiene dos API para las terminales Point; las terminales de la cuenta responden en una de ellas.</translation>
    </message>
    <message>
        <source>What the %1 answered</source>
        <translation>Lo que respondió %1</translation>
    </message>
    <message>
        <source>Not sure? Check which one answers: PointDesk asks both APIs for the account&apos;s terminals with the token (nothing changes on the account).</source>
        <translation>¿No está seguro? Compruebe cuál responde: PointDesk pide a las dos API las terminales de la cuenta con el token (nada cambia en la cuenta).</translation>
    </message>
    <message>
        <source>C&amp;heck which one answers</source>
        <translation>Compro&amp;bar cuál responde</translation>
    </message>
    <message>
        <source>Check which API answers with this token</source>
        <translation>Comprobar qué API responde con este token</translation>
    </message>
    <message>
        <source>Result of the API check</source>
        <translation>Resultado de la comprobación de la API</translation>
    </message>
    <message>
        <source>Neither API lists terminals with this token. Choose the API of the account&apos;s terminals, or check the token and the network.</source>
        <translation>Ninguna API muestra terminales con este token. Elija la API de las terminales de la cuenta, o revise el token y la red.</translation>
    </message>
    <message>
        <source>The %1 answers for this account: it is chosen.</source>
        <translation>%1 responde para esta cuenta: quedó elegida.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
    <message>
        <source>Asking both APIs for the account&apos;s terminals…</source>
        <translation>Consultando las terminales de la cuenta en las dos API…</translation>
    </message>
    <message>
        <source>Checking the token with the %1…</source>
        <translation>Comprobando el token con %1…</translation>
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
        <translation>Responde, pero no muestra terminales.</translation>
    </message>
    <message>
        <source>Answers: one terminal.</source>
        <translation>Responde: una terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Answers: %n terminals.</source>
        <translation>
            <numerusform>Responde: %n terminal.</numerusform>
            <numerusform>Responde: %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuses this access token (%1).</source>
        <translation>Rechaza este token de acceso (%1).</translation>
    </message>
    <message>
        <source>Not reachable: no answer.</source>
        <translation>Sin conexión: no responde.</translation>
    </message>
    <message>
        <source>Does not answer here (HTTP %1).</source>
        <translation>No responde en esta dirección (HTTP %1).</translation>
    </message>
    <message>
        <source>Does not answer here.</source>
        <translation>No responde en esta dirección.</translation>
    </message>
    <message>
        <source>Not available in this version of PointDesk.</source>
        <translation>No está disponible en esta versión de PointDesk.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The demo cannot start: no free local port for the simulated terminals.</source>
        <translation>La demo no puede iniciar: no hay un puerto local libre para las terminales simuladas.</translation>
    </message>
    <message>
        <source>Demo mode: simulated terminals, no real money. Set up the account any time with Account, Set up the account.</source>
        <translation>Modo demo: terminales simuladas, sin dinero real. Configure la cuenta cuando quiera en Cuenta, Configurar la cuenta.</translation>
    </message>
    <message>
        <source>The account is set up. PointDesk now charges on the account&apos;s terminals.</source>
        <translation>La cuenta está configurada. PointDesk ahora cobra en las terminales de la cuenta.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of the Mercado Pago account on this computer?</source>
        <translation>¿Cerrar la sesión de la cuenta de Mercado Pago en esta computadora?</translation>
    </message>
    <message>
        <source>PointDesk removes the access token and the manager PIN from the system keychain and goes back to demo mode. To charge again, set up the account with the access token.</source>
        <translation>PointDesk borra el token de acceso y el PIN del encargado del llavero del sistema y vuelve al modo demo. Para volver a cobrar, configure la cuenta con el token de acceso.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out and remove the access token</source>
        <translation>Cerrar sesión y borrar el token de acceso</translation>
    </message>
    <message>
        <source>&amp;Keep the account</source>
        <translation>&amp;Mantener la cuenta</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Mantener la cuenta</translation>
    </message>
    <message>
        <source>Not signed out: manager mode has ended. Enter the manager PIN and try again.</source>
        <translation>No se cerró la sesión: el modo encargado terminó. Ingrese el PIN del encargado e intente de nuevo.</translation>
    </message>
    <message>
        <source>Not signed out: %1</source>
        <translation>No se cerró la sesión: %1</translation>
    </message>
    <message>
        <source>Signed out: the access token and the manager PIN were removed. PointDesk runs in demo mode until the account is set up again.</source>
        <translation>Sesión cerrada: se borraron el token de acceso y el PIN del encargado. PointDesk funciona en modo demo hasta que se vuelva a configurar la cuenta.</translation>
    </message>
    <message>
        <source>Finish or cancel the open sale first: the demo starts again on the other API.</source>
        <translation>Primero termine o cancele la venta abierta: la demo vuelve a empezar con la otra API.</translation>
    </message>
    <message>
        <source>The demo runs on the %1 now: its own simulated terminals, no real money.</source>
        <translation>La demo usa ahora %1: sus propias terminales simuladas, sin dinero real.</translation>
    </message>
    <message>
        <source>The account&apos;s Mercado Pago API cannot be used: %1</source>
        <translation>No se puede usar la API de Mercado Pago de la cuenta: %1</translation>
    </message>
    <message>
        <source>PointDesk cannot charge on this account</source>
        <translation>PointDesk no puede cobrar con esta cuenta</translation>
    </message>
    <message>
        <source>PointDesk runs in demo mode meanwhile: simulated terminals, no real money. A manager chooses the API again with Account, Set up the account (Preferences shows the one saved).</source>
        <translation>Mientras tanto PointDesk funciona en modo demo: terminales simuladas, sin dinero real. Un encargado vuelve a elegir la API con Cuenta, Configurar la cuenta (Preferencias muestra la guardada).</translation>
    </message>
    <message>
        <source>Demo mode: simulated terminals, no real money. To charge on the account&apos;s terminals, choose Demo, Leave demo mode.</source>
        <translation>Modo demo: terminales simuladas, sin dinero real. Para cobrar con las terminales de la cuenta, elija Demo, Salir del modo demo.</translation>
    </message>
    <message>
        <source>Finish or cancel the open sale first, then change the demo&apos;s currency.</source>
        <translation>Primero termine o cancele la venta abierta; después cambie la moneda de la demo.</translation>
    </message>
    <message>
        <source>The demo charges in %1 now. The account&apos;s own currency is set in Preferences.</source>
        <translation>La demo cobra ahora en %1. La moneda de la cuenta se configura en Preferencias.</translation>
    </message>
    <message>
        <source>Finish or cancel the open sale first, then leave demo mode.</source>
        <translation>Primero termine o cancele la venta abierta; después salga del modo demo.</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Integration via API (Point app)</source>
        <translation>Integración vía API (app Point)</translation>
    </message>
    <message>
        <source>Orders API (Point terminals)</source>
        <translation>API de Orders (terminales Point)</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s older Point API, for the Mercado Pago Point app on Android phones and tablets paired with a card reader.</source>
        <translation>La API Point anterior de Mercado Pago, para la app Mercado Pago Point en teléfonos y tablets Android con un lector de tarjetas.</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s Orders API, for today&apos;s dedicated Point terminals: Point Smart and the other Point terminals.</source>
        <translation>La API de Orders de Mercado Pago, para las terminales Point actuales: Point Smart y las demás terminales Point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API PointDesk knows. Use legacy (Integration via API, the Point app) or orders (the Orders API of Point terminals).</source>
        <translation>&quot;%1&quot; no es una API que PointDesk conozca. Use legacy (Integración vía API, la app Point) u orders (la API de Orders de las terminales Point).</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Cancel an order.</source>
        <translation>Cancela un cobro.</translation>
    </message>
    <message>
        <source>Cancel the order a terminal holds and free the terminal.</source>
        <translation>Cancela el cobro que tiene una terminal y libera la terminal.</translation>
    </message>
    <message>
        <source>&quot;cancel&quot; takes either an ORDER_ID or --device NAME.</source>
        <translation>&quot;cancel&quot; lleva un ORDER_ID o --device NAME.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; is free: the order it held, if any, was cancelled.</source>
        <translation>La terminal &quot;%1&quot; está libre: si tenía un cobro, se canceló.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Cobro %1 cancelado.</translation>
    </message>
    <message>
        <source>Cancellation of order %1 requested: the terminal may still complete the payment. See how it ended with &quot;%2 status %1&quot;.</source>
        <translation>Se pidió cancelar la orden %1: la terminal todavía puede completar el pago. Vea cómo terminó con &quot;%2 status %1&quot;.</translation>
    </message>
</context>
<context>
    <name>CashUpDialog</name>
    <message>
        <source>Close the day</source>
        <translation>Cerrar el día</translation>
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
        <source>To&amp;day</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>C&amp;lose the day…</source>
        <translation>Ce&amp;rrar el día…</translation>
    </message>
    <message>
        <source>Closed on %1 by %2. The report shows the figures it was closed with.</source>
        <translation>Cerrado el %1 por %2. El informe muestra las cifras con que se cerró.</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>Todavía no está cerrado.</translation>
    </message>
    <message>
        <source>A range of days: pick one day to close it.</source>
        <translation>Un rango de días: elija un solo día para cerrarlo.</translation>
    </message>
    <message>
        <source>Only one day can be closed at a time.</source>
        <translation>Solo se puede cerrar un día a la vez.</translation>
    </message>
    <message>
        <source>Print the cash-up report</source>
        <translation>Imprimir el informe de cierre de caja</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se pudo imprimir el informe.</translation>
    </message>
    <message>
        <source>cash-up-%1.pdf</source>
        <translation>cierre-de-caja-%1.pdf</translation>
    </message>
    <message>
        <source>cash-up-%1-to-%2.pdf</source>
        <translation>cierre-de-caja-%1-a-%2.pdf</translation>
    </message>
    <message>
        <source>Save the cash-up report as PDF</source>
        <translation>Guardar el informe de cierre de caja como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>%1 is already closed (on %2 by %3). A day is closed only once; later changes show in the next day&apos;s report.</source>
        <translation>El %1 ya está cerrado (el %2 por %3). Un día se cierra una sola vez; los cambios posteriores aparecen en el informe del día siguiente.</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>¿Cerrar el %1?</translation>
    </message>
    <message>
        <source>The report is kept as it is now. A sale that changes later (a late payment, a refund) shows in the next day&apos;s report. A day is closed only once.</source>
        <translation>El informe se guarda tal como está ahora. Una venta que cambie después (un pago tardío, una devolución) aparece en el informe del día siguiente. Un día se cierra una sola vez.</translation>
    </message>
    <message>
        <source>C&amp;lose the day</source>
        <translation>Ce&amp;rrar el día</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>This day was closed in the meantime (on another till). A day is closed only once.</source>
        <translation>Este día se cerró mientras tanto (en otra caja). Un día se cierra una sola vez.</translation>
    </message>
    <message>
        <source>One sale is not finished.</source>
        <translation>Una venta no terminó.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales are not finished.</source>
        <translation>
            <numerusform>%n venta no terminó.</numerusform>
            <numerusform>%n ventas no terminaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>One sale of this day is not finished; its money is not counted.</source>
        <translation>Una venta de este día no terminó; su dinero no se cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales of this day are not finished; their money is not counted.</source>
        <translation>
            <numerusform>%n venta de este día no terminó; su dinero no se cuenta.</numerusform>
            <numerusform>%n ventas de este día no terminaron; su dinero no se cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose sales</source>
        <translation>De quién son las ventas</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>Toda la tienda</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Loading the store&apos;s cash-up report…</source>
        <translation>Cargando el informe de cierre de la tienda…</translation>
    </message>
    <message>
        <source>The store database cannot be reached: %1. This counter&apos;s own report is still here: choose This counter.</source>
        <translation>No se puede acceder a la base de datos de la tienda: %1. El informe de esta caja sigue aquí: elija Esta caja.</translation>
    </message>
    <message>
        <source>Reading the whole store&apos;s sales…</source>
        <translation>Leyendo las ventas de toda la tienda…</translation>
    </message>
    <message>
        <source>The whole store: one counter.</source>
        <translation>Toda la tienda: una caja.</translation>
    </message>
    <message numerus="yes">
        <source>The whole store: %n counters.</source>
        <translation>
            <numerusform>Toda la tienda: %n caja.</numerusform>
            <numerusform>Toda la tienda: %n cajas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days are closed on each counter: choose This counter to close this counter&apos;s day.</source>
        <translation>Los días se cierran en cada caja: elija Esta caja para cerrar el día de esta caja.</translation>
    </message>
    <message>
        <source>store-%1</source>
        <translation>tienda-%1</translation>
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
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Cash-up report, %1</source>
        <translation>Informe de cierre de caja, %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and can be written to.</source>
        <translation>No se pudo escribir el PDF en %1. Verifique que la carpeta exista y se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>PointDesk cash-up report, %1</source>
        <translation>Informe de cierre de caja de PointDesk, %1</translation>
    </message>
    <message>
        <source>Cash-up report</source>
        <translation>Informe de cierre de caja</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Cerrado el %1 por %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Not closed. Figures as of %1.</source>
        <translation>Sin cerrar. Cifras al %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Ventas pagadas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Not counted in the money</source>
        <translation>No se cuenta en el dinero</translation>
    </message>
    <message>
        <source>Refunds in progress</source>
        <translation>Devoluciones en curso</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviadas</translation>
    </message>
    <message>
        <source>Still open or unknown</source>
        <translation>Abiertas o desconocidas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>By card type</source>
        <translation>Por tipo de tarjeta</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Por terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Amount taken per hour</source>
        <translation>Monto cobrado por hora</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>No se cobró dinero.</translation>
    </message>
    <message>
        <source>Sales still open or unknown</source>
        <translation>Ventas abiertas o desconocidas</translation>
    </message>
    <message>
        <source>None: every sale of these days is finished.</source>
        <translation>Ninguna: todas las ventas de estos días terminaron.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changes after closing</source>
        <translation>Cambios después del cierre</translation>
    </message>
    <message>
        <source>Sales of a closed day that changed after it was closed (a late payment, a refund). The closed day&apos;s report keeps the figures it was closed with.</source>
        <translation>Ventas de un día cerrado que cambiaron después del cierre (un pago tardío, una devolución). El informe del día cerrado conserva las cifras con que se cerró.</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambió</translation>
    </message>
    <message>
        <source>One sale of this day changed after the closing (a late payment, a refund): the report of the next day lists it. These figures are the ones the day was closed with.</source>
        <translation>Una venta de este día cambió después del cierre (un pago tardío, una devolución): la muestra el informe del día siguiente. Estas cifras son las del cierre.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales of this day changed after the closing (a late payment, a refund): the report of the next day lists them. These figures are the ones the day was closed with.</source>
        <translation>
            <numerusform>%n venta de este día cambió después del cierre (un pago tardío, una devolución): la muestra el informe del día siguiente. Estas cifras son las del cierre.</numerusform>
            <numerusform>%n ventas de este día cambiaron después del cierre (un pago tardío, una devolución): las muestra el informe del día siguiente. Estas cifras son las del cierre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished sale: one sale is still open or has an unknown result; its money is not counted. See &quot;Sales still open or unknown&quot; below.</source>
        <translation>Venta sin terminar: una venta sigue abierta o con resultado desconocido; su dinero no se cuenta. Vea &quot;Ventas abiertas o desconocidas&quot; más abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Unfinished sales: %n sales are still open or have an unknown result; their money is not counted. See &quot;Sales still open or unknown&quot; below.</source>
        <translation>
            <numerusform>Ventas sin terminar: %n venta sigue abierta o con resultado desconocido; su dinero no se cuenta. Vea &quot;Ventas abiertas o desconocidas&quot; más abajo.</numerusform>
            <numerusform>Ventas sin terminar: %n ventas siguen abiertas o con resultado desconocido; su dinero no se cuenta. Vea &quot;Ventas abiertas o desconocidas&quot; más abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole store: %1.</source>
        <translation>Toda la tienda: %1.</translation>
    </message>
    <message>
        <source>Counter %1, from the store database.</source>
        <translation>Caja %1, según la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Por caja</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
</context>
<context>
    <name>CashUpReportText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Cash-up report, %1</source>
        <translation>Informe de cierre de caja, %1</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Cerrado el %1 por %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Not closed. Figures as of %1.</source>
        <translation>Sin cerrar. Cifras al %1.</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Ventas pagadas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Refunds in progress (not counted)</source>
        <translation>Devoluciones en curso (no se cuentan)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Declined (not counted)</source>
        <translation>Rechazadas (no se cuentan)</translation>
    </message>
    <message>
        <source>Cancelled (not counted)</source>
        <translation>Canceladas (no se cuentan)</translation>
    </message>
    <message>
        <source>Expired (not counted)</source>
        <translation>Vencidas (no se cuentan)</translation>
    </message>
    <message>
        <source>Not sent (not counted)</source>
        <translation>No enviadas (no se cuentan)</translation>
    </message>
    <message>
        <source>Still open or unknown (not counted)</source>
        <translation>Abiertas o desconocidas (no se cuentan)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>By card type</source>
        <translation>Por tipo de tarjeta</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Por terminal</translation>
    </message>
    <message>
        <source>Amount taken per hour</source>
        <translation>Monto cobrado por hora</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>No se cobró dinero.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>cambió el %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>devuelto %1</translation>
    </message>
    <message>
        <source>Sales still open or unknown</source>
        <translation>Ventas abiertas o desconocidas</translation>
    </message>
    <message>
        <source>None: every sale of these days is finished.</source>
        <translation>Ninguna: todas las ventas de estos días terminaron.</translation>
    </message>
    <message>
        <source>Changes after closing (sales of a closed day that changed after it was closed)</source>
        <translation>Cambios después del cierre (ventas de un día cerrado que cambiaron después del cierre)</translation>
    </message>
    <message>
        <source>One sale of this day changed after the closing (a late payment, a refund): the report of the next day lists it. These figures are the ones the day was closed with.</source>
        <translation>Una venta de este día cambió después del cierre (un pago tardío, una devolución): la muestra el informe del día siguiente. Estas cifras son las del cierre.</translation>
    </message>
    <message numerus="yes">
        <source>%n sales of this day changed after the closing (a late payment, a refund): the report of the next day lists them. These figures are the ones the day was closed with.</source>
        <translation>
            <numerusform>%n venta de este día cambió después del cierre (un pago tardío, una devolución): la muestra el informe del día siguiente. Estas cifras son las del cierre.</numerusform>
            <numerusform>%n ventas de este día cambiaron después del cierre (un pago tardío, una devolución): las muestra el informe del día siguiente. Estas cifras son las del cierre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished sale: one sale is still open or has an unknown result; its money is not counted.</source>
        <translation>Venta sin terminar: una venta sigue abierta o con resultado desconocido; su dinero no se cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Unfinished sales: %n sales are still open or have an unknown result; their money is not counted.</source>
        <translation>
            <numerusform>Ventas sin terminar: %n venta sigue abierta o con resultado desconocido; su dinero no se cuenta.</numerusform>
            <numerusform>Ventas sin terminar: %n ventas siguen abiertas o con resultado desconocido; su dinero no se cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole store: %1.</source>
        <translation>Toda la tienda: %1.</translation>
    </message>
    <message>
        <source>Counter %1, from the store database.</source>
        <translation>Caja %1, según la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Por caja</translation>
    </message>
</context>
<context>
    <name>CashierSession</name>
    <message>
        <source>The result shows as soon as Mercado Pago answers again; the customer can still pay on the terminal.</source>
        <translation>El resultado aparece apenas Mercado Pago vuelva a responder; el cliente todavía puede pagar en la terminal.</translation>
    </message>
    <message>
        <source>Sending the order to %1…</source>
        <translation>Enviando el cobro a %1…</translation>
    </message>
    <message>
        <source>Waiting for the customer on %1. Press Esc to cancel the order.</source>
        <translation>Esperando al cliente en %1. Presione Esc para cancelar el cobro.</translation>
    </message>
    <message>
        <source>The sale on %1 needs your decision: see the panel on the right.</source>
        <translation>La venta en %1 necesita su decisión: vea el panel de la derecha.</translation>
    </message>
    <message>
        <source>Paid. Press New sale (F2) for the next customer.</source>
        <translation>Pagado. Presione Nueva venta (F2) para el próximo cliente.</translation>
    </message>
    <message>
        <source>Charging is off: the sales record cannot be written. See the message at the top.</source>
        <translation>No se puede cobrar: el registro de ventas no se puede escribir. Vea el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Mercado Pago refused the access token: see the message at the top.</source>
        <translation>Mercado Pago rechazó el token de acceso: vea el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Loading the terminals…</source>
        <translation>Cargando las terminales…</translation>
    </message>
    <message>
        <source>There are no terminals on this account yet: see the list on the left.</source>
        <translation>Todavía no hay terminales en esta cuenta: vea la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Choose the terminal that takes the payment.</source>
        <translation>Elija la terminal que recibe el pago.</translation>
    </message>
    <message>
        <source>%1 is busy with order %2, so it cannot take a new charge. Wait until it finishes, or free the terminal.</source>
        <translation>%1 está ocupada con el cobro %2, así que no puede recibir un cobro nuevo. Espere a que termine o libere la terminal.</translation>
    </message>
    <message>
        <source>%1 is busy with another order, so it cannot take a new charge. Wait until it finishes, or free the terminal.</source>
        <translation>%1 está ocupada con otro cobro, así que no puede recibir un cobro nuevo. Espere a que termine o libere la terminal.</translation>
    </message>
    <message>
        <source>Charging is off until the sales record can be written again.</source>
        <translation>No se puede cobrar hasta que el registro de ventas se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Charging is not possible until the access token is set up again.</source>
        <translation>No se puede cobrar hasta que se vuelva a configurar el token de acceso.</translation>
    </message>
    <message>
        <source>Choose a terminal on the left.</source>
        <translation>Elija una terminal a la izquierda.</translation>
    </message>
    <message>
        <source>Press Enter to charge %1 on %2.</source>
        <translation>Presione Enter para cobrar %1 en %2.</translation>
    </message>
    <message>
        <source>Type the amount and a description, then press Enter to charge on %1.</source>
        <translation>Escriba el monto y una descripción, y presione Enter para cobrar en %1.</translation>
    </message>
    <message>
        <source>Nothing was sent or charged. %1</source>
        <translation>No se envió ni se cobró nada. %1</translation>
    </message>
    <message>
        <source>%1 is still busy with an earlier sale.</source>
        <translation>%1 todavía está ocupada con una venta anterior.</translation>
    </message>
    <message>
        <source>Nothing was sent. Wait until that sale ends, then press Charge again.</source>
        <translation>No se envió nada. Espere a que termine esa venta y vuelva a presionar Cobrar.</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct it, then press Charge.</source>
        <translation>No se envió nada. Corríjalo y presione Cobrar.</translation>
    </message>
    <message>
        <source>The order is cancelled as soon as Mercado Pago answers.</source>
        <translation>El cobro se cancela apenas responda Mercado Pago.</translation>
    </message>
    <message>
        <source>An order is still open: wait for the customer, or cancel it with Esc, before a new sale.</source>
        <translation>Todavía hay un cobro abierto: espere al cliente, o cancélelo con Esc, antes de una nueva venta.</translation>
    </message>
    <message>
        <source>Freeing %1…</source>
        <translation>Liberando %1…</translation>
    </message>
    <message>
        <source>%1 is free now.</source>
        <translation>%1 ya está libre.</translation>
    </message>
    <message>
        <source>Could not free %1: %2</source>
        <translation>No se pudo liberar %1: %2</translation>
    </message>
    <message>
        <source>Mercado Pago&apos;s answer did not arrive. PointDesk is checking %1 before doing anything else, so the customer is never charged twice.</source>
        <translation>La respuesta de Mercado Pago no llegó. PointDesk está revisando %1 antes de hacer cualquier otra cosa, para no cobrarle dos veces al cliente.</translation>
    </message>
    <message>
        <source>%1 is busy with another order, so it cannot take this one.</source>
        <translation>%1 está ocupada con otro cobro, así que no puede recibir este.</translation>
    </message>
    <message>
        <source>Nothing was charged. Wait until that order finishes, or press Free terminal to cancel it, then press Charge again.</source>
        <translation>No se cobró nada. Espere a que termine ese cobro, o presione Liberar terminal para cancelarlo, y vuelva a presionar Cobrar.</translation>
    </message>
    <message>
        <source>Nothing was charged. Set up the access token again, then charge.</source>
        <translation>No se cobró nada. Vuelva a configurar el token de acceso y después cobre.</translation>
    </message>
    <message>
        <source>Mercado Pago does not know the terminal %1.</source>
        <translation>Mercado Pago no reconoce la terminal %1.</translation>
    </message>
    <message>
        <source>Nothing was charged. Refresh the terminals (F5) and choose one from the list.</source>
        <translation>No se cobró nada. Actualice las terminales (F5) y elija una de la lista.</translation>
    </message>
    <message>
        <source>Nothing was charged. Press Charge to try again.</source>
        <translation>No se cobró nada. Presione Cobrar para intentar de nuevo.</translation>
    </message>
    <message>
        <source>The customer paid before the order could be cancelled.</source>
        <translation>El cliente pagó antes de que se pudiera cancelar el cobro.</translation>
    </message>
    <message>
        <source>Mercado Pago cannot be reached right now; PointDesk keeps trying. Nothing is sent twice.</source>
        <translation>No se puede conectar con Mercado Pago en este momento; PointDesk sigue intentando. Nada se envía dos veces.</translation>
    </message>
    <message>
        <source>This sale could not be written to the sales record (%1). It goes on; PointDesk writes it as soon as it can.</source>
        <translation>Esta venta no se pudo anotar en el registro de ventas (%1). Sigue adelante; PointDesk la anota apenas pueda.</translation>
    </message>
    <message>
        <source>The sales record is open again; charging is on.</source>
        <translation>El registro de ventas está abierto otra vez; ya se puede cobrar.</translation>
    </message>
    <message>
        <source>Charging is on again. If the sales record still cannot be written, this message comes back.</source>
        <translation>Ya se puede cobrar otra vez. Si el registro de ventas todavía no se puede escribir, este mensaje vuelve a aparecer.</translation>
    </message>
    <message>
        <source>A new sales record was started; the old file is kept as %1.</source>
        <translation>Se empezó un registro de ventas nuevo; el archivo viejo se guarda como %1.</translation>
    </message>
    <message>
        <source>Recorded: the cashier read on the terminal that the payment was approved.</source>
        <translation>Registrado: la caja leyó en la terminal que el pago fue aprobado.</translation>
    </message>
    <message>
        <source>Recorded: the cashier read on the terminal that the payment was not approved. Charge again if needed.</source>
        <translation>Registrado: la caja leyó en la terminal que el pago no fue aprobado. Vuelva a cobrar si hace falta.</translation>
    </message>
    <message>
        <source>Mercado Pago cannot tell whether the card was approved, and this will not change. Read the terminal&apos;s screen or printed slip, then record what it shows. Do not charge again before checking.</source>
        <translation>Mercado Pago no puede saber si la tarjeta fue aprobada, y esto no va a cambiar. Lea la pantalla o el comprobante impreso de la terminal y registre lo que muestra. No vuelva a cobrar antes de revisarlo.</translation>
    </message>
    <message>
        <source>The order timed out on the terminal; nothing was charged.</source>
        <translation>El cobro venció en la terminal; no se cobró nada.</translation>
    </message>
    <message>
        <source>First record what %1 shows for the last sale: see the panel on the right.</source>
        <translation>Primero registre lo que muestra %1 para la última venta: vea el panel de la derecha.</translation>
    </message>
    <message>
        <source>First record what the terminal shows for this sale: paid, or not paid.</source>
        <translation>Primero registre lo que muestra la terminal para esta venta: pagado o no pagado.</translation>
    </message>
    <message>
        <source>%1 cannot take orders from PointDesk: choose a terminal in PDV mode.</source>
        <translation>%1 no puede recibir cobros de PointDesk: elija una terminal en modo PDV.</translation>
    </message>
    <message>
        <source>%1 was removed from the Mercado Pago account while this sale was open. PointDesk keeps following the order and shows what Mercado Pago reports of it.</source>
        <translation>%1 fue quitada de la cuenta de Mercado Pago mientras esta venta estaba abierta. PointDesk sigue el cobro y muestra lo que Mercado Pago informe.</translation>
    </message>
    <message>
        <source>%1 is no longer on this Mercado Pago account, so no terminal is chosen. Choose the terminal that takes the payment.</source>
        <translation>%1 ya no está en esta cuenta de Mercado Pago, así que no hay ninguna terminal elegida. Elija la terminal que cobra.</translation>
    </message>
    <message>
        <source>The sale of %1 on %2, charged from the command line, is followed here to its end.</source>
        <translation>La venta de %1 en %2, cobrada desde la línea de comandos, se sigue aquí hasta el final.</translation>
    </message>
    <message>
        <source>Mercado Pago is slow to answer right now. PointDesk keeps waiting for its answer and never sends the order twice; Esc cancels.</source>
        <translation>Mercado Pago está tardando en responder. PointDesk sigue esperando su respuesta y nunca envía el cobro dos veces; Esc cancela.</translation>
    </message>
    <message>
        <source>The sale of %1 on %2, charged from the command line, ended: %3.</source>
        <translation>La venta de %1 en %2, cobrada desde la línea de comandos, terminó: %3.</translation>
    </message>
    <message>
        <source>The cancellation did not get through; PointDesk sends it again in a moment. The customer can still pay until it does.</source>
        <translation>La cancelación no llegó; PointDesk la envía de nuevo en un momento. Hasta entonces el cliente todavía puede pagar.</translation>
    </message>
    <message>
        <source>Could not cancel the order: %1 The customer can still pay on %2. Press Esc to cancel again, or wait for the customer.</source>
        <translation>No se pudo cancelar el cobro: %1 El cliente todavía puede pagar en %2. Presione Esc para cancelar de nuevo, o espere al cliente.</translation>
    </message>
    <message>
        <source>Asking Mercado Pago how order %1 stands…</source>
        <translation>Consultando a Mercado Pago el estado del cobro %1…</translation>
    </message>
    <message>
        <source>PointDesk was closed while a sale was open: following it to the end.</source>
        <translation>PointDesk se cerró con una venta abierta: la sigue hasta el final.</translation>
    </message>
    <message numerus="yes">
        <source>PointDesk was closed while %n sales were open: following them to the end.</source>
        <translation>
            <numerusform>PointDesk se cerró con %n venta abierta: la sigue hasta el final.</numerusform>
            <numerusform>PointDesk se cerró con %n ventas abiertas: las sigue hasta el final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mercado Pago did not answer in time; PointDesk keeps trying. Nothing is sent twice.</source>
        <translation>Mercado Pago no respondió a tiempo; PointDesk sigue intentando. Nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Mercado Pago asked PointDesk to slow down; PointDesk sends the order again in a moment. Nothing is sent twice.</source>
        <translation>Mercado Pago le pidió a PointDesk que espere; PointDesk vuelve a enviar el cobro en un momento. Nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Mercado Pago answered with an error of its own (%1); the connection is fine. The sale is safe: PointDesk checks where it stands before anything is sent again, and nothing is charged twice. Wait here, or press Esc to stop the sale.</source>
        <translation>Mercado Pago respondió con un error propio (%1); la conexión funciona. La venta está a salvo: PointDesk revisa cómo está antes de volver a enviar nada, y nada se cobra dos veces. Espere aquí, o presione Esc para detener la venta.</translation>
    </message>
    <message>
        <source>Mercado Pago answered with an error of its own; the connection is fine. The sale is safe: PointDesk checks where it stands before anything is sent again, and nothing is charged twice. Wait here, or press Esc to stop the sale.</source>
        <translation>Mercado Pago respondió con un error propio; la conexión funciona. La venta está a salvo: PointDesk revisa cómo está antes de volver a enviar nada, y nada se cobra dos veces. Espere aquí, o presione Esc para detener la venta.</translation>
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
        <translation>Envía un cobro a una terminal. AMOUNT como 12.50 o 12,50; TEXT de
20 caracteres como máximo. --wait sigue el cobro hasta que se
paga, se rechaza o se cancela. La venta se anota en el registro de
ventas (se muestra su número) antes de enviar nada; si se pierde
la respuesta al cobro, se revisa la terminal y el cobro nunca se
envía dos veces. Si no se da una referencia externa, se crea una.</translation>
    </message>
    <message>
        <source>Choose the card type: --card credit or --card debit.</source>
        <translation>Elija el tipo de tarjeta: --card credit o --card debit.</translation>
    </message>
    <message>
        <source>The card type must be credit or debit.</source>
        <translation>El tipo de tarjeta debe ser credit o debit.</translation>
    </message>
    <message>
        <source>Nothing was sent to the terminal &quot;%1&quot;.</source>
        <translation>No se envió nada a la terminal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stopped waiting for order %1.</source>
        <translation>Se dejó de esperar el cobro %1.</translation>
    </message>
    <message>
        <source>Order %1 is still open on the terminal &quot;%2&quot;. Follow it with &quot;%3 status %1&quot;, or cancel it with &quot;%3 cancel %1&quot;.</source>
        <translation>El cobro %1 sigue abierto en la terminal &quot;%2&quot;. Sígalo con &quot;%3 status %1&quot;, o cancélelo con &quot;%3 cancel %1&quot;.</translation>
    </message>
    <message>
        <source>Not sent: stopped with Ctrl+C before it was sent.</source>
        <translation>No se envió: se detuvo con Ctrl+C antes de enviarlo.</translation>
    </message>
    <message>
        <source>The order may have reached the terminal &quot;%1&quot;. Check with &quot;%2 devices&quot; before charging again.</source>
        <translation>Puede que el cobro haya llegado a la terminal &quot;%1&quot;. Revise con &quot;%2 devices&quot; antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>The order journal keeps it as sale %1; see it with &quot;%2 history&quot;.</source>
        <translation>El registro de ventas lo guarda como venta %1; véala con &quot;%2 history&quot;.</translation>
    </message>
    <message>
        <source>--no-ticket: the terminal prints no ticket (Orders API).</source>
        <translation>--no-ticket: la terminal no imprime comprobante (API de Orders).</translation>
    </message>
    <message>
        <source>The Orders API has no %1; leave it out.</source>
        <translation>La API de Orders no tiene %1; quítelo.</translation>
    </message>
    <message>
        <source>--no-ticket is for the Orders API: the legacy API&apos;s terminal always prints the receipt. Leave it out, or use --api orders.</source>
        <translation>--no-ticket es para la API de Orders: la terminal de la API legacy siempre imprime el comprobante. Quítelo o use --api orders.</translation>
    </message>
</context>
<context>
    <name>ChargeForm</name>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <source>Amount to charge</source>
        <translation>Monto a cobrar</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>Characters used in the description</source>
        <translation>Caracteres usados en la descripción</translation>
    </message>
    <message>
        <source>Description shown on the terminal</source>
        <translation>Descripción que muestra la terminal</translation>
    </message>
    <message>
        <source>What the customer sees on the terminal</source>
        <translation>Lo que el cliente ve en la terminal</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>C&amp;redit card</source>
        <translation>C&amp;rédito</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>De&amp;bit card</source>
        <translation>Dé&amp;bito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
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
        <translation>Más o&amp;pciones</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Referencia externa</translation>
    </message>
    <message>
        <source>Your own code for this sale; Mercado Pago returns it with the payment.</source>
        <translation>Su propio código para esta venta; Mercado Pago lo devuelve con el pago.</translation>
    </message>
    <message>
        <source>Payer e-mail</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <source>Optional, like name@example.com</source>
        <translation>Opcional, por ejemplo nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation>URL de notificación</translation>
    </message>
    <message>
        <source>Optional, like https://shop.example/notify</source>
        <translation>Opcional, por ejemplo https://negocio.ejemplo/aviso</translation>
    </message>
    <message>
        <source>Disable the terminal&apos;s back button</source>
        <translation>Desactivar el botón Volver de la terminal</translation>
    </message>
    <message>
        <source>The customer cannot close the order with the terminal&apos;s back button.</source>
        <translation>El cliente no puede cerrar el cobro con el botón Volver de la terminal.</translation>
    </message>
    <message>
        <source>E&amp;xternal reference</source>
        <translation>Referencia e&amp;xterna</translation>
    </message>
    <message>
        <source>&amp;Payer e-mail</source>
        <translation>E-mai&amp;l del cliente</translation>
    </message>
    <message>
        <source>Notification &amp;URL</source>
        <translation>URL de noti&amp;ficación</translation>
    </message>
    <message>
        <source>The amount in %1, like %2.</source>
        <extracomment>%1 is a currency with its code, like &quot;Argentine peso (ARS)&quot;; %2 an example amount.</extracomment>
        <translation>El monto en %1, por ejemplo %2.</translation>
    </message>
    <message>
        <source>The amount in %1, whole, without cents, like %2.</source>
        <extracomment>%1 is a currency with its code, like &quot;Chilean peso (CLP)&quot;; %2 an example amount.</extracomment>
        <translation>El monto en %1, entero, sin centavos, por ejemplo %2.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 de %2 caracteres como máximo</translation>
    </message>
    <message>
        <source>&amp;Charge %1</source>
        <translation>&amp;Cobrar %1</translation>
    </message>
    <message>
        <source>Press Enter to charge.</source>
        <translation>Presione Enter para cobrar.</translation>
    </message>
    <message>
        <source>Enter the amount and a description to charge.</source>
        <translation>Ingrese el monto y una descripción para cobrar.</translation>
    </message>
    <message>
        <source>Show or hide the external reference, the payer&apos;s e-mail, the notification URL and the terminal&apos;s back button (Alt+M).</source>
        <translation>Mostrar u ocultar la referencia externa, el e-mail del cliente, la URL de notificación y el botón Volver de la terminal (Alt+P).</translation>
    </message>
    <message>
        <source>Print the receipt on the termina&amp;l</source>
        <translation>Imprimir el comprobante en &amp;la terminal</translation>
    </message>
    <message>
        <source>Print the receipt on the terminal</source>
        <translation>Imprimir el comprobante en la terminal</translation>
    </message>
    <message>
        <source>Clear it when the customer does not want a printed receipt.</source>
        <translation>Desmárquelo cuando el cliente no quiera un comprobante impreso.</translation>
    </message>
    <message>
        <source>Show or hide the external reference and whether the terminal prints the receipt (Alt+M).</source>
        <translation>Mostrar u ocultar la referencia externa y si la terminal imprime el comprobante (Alt+P).</translation>
    </message>
    <message>
        <source>Fix the amount to charge.</source>
        <translation>Corrija el monto para cobrar.</translation>
    </message>
    <message>
        <source>Fix the description to charge.</source>
        <translation>Corrija la descripción para cobrar.</translation>
    </message>
    <message>
        <source>Fix the external reference, under More options, to charge.</source>
        <translation>Corrija la referencia externa, en Más opciones, para cobrar.</translation>
    </message>
    <message>
        <source>Fix the payer e-mail, under More options, to charge.</source>
        <translation>Corrija el e-mail del cliente, en Más opciones, para cobrar.</translation>
    </message>
    <message>
        <source>Fix the notification URL, under More options, to charge.</source>
        <translation>Corrija la URL de notificación, en Más opciones, para cobrar.</translation>
    </message>
    <message>
        <source>Disab&amp;le the terminal&apos;s back button</source>
        <translation>&amp;Desactivar el botón Volver de la terminal</translation>
    </message>
</context>
<context>
    <name>ChargeReporter</name>
    <message>
        <source>The answer to the order was lost or unclear. Checking the terminal &quot;%1&quot; before anything is sent again.</source>
        <translation>La respuesta al cobro se perdió o no fue clara. Revisando la terminal &quot;%1&quot; antes de volver a enviar nada.</translation>
    </message>
    <message>
        <source>Order %1 sent to &quot;%2&quot;: %3, waiting for the customer.</source>
        <translation>Cobro %1 enviado a &quot;%2&quot;: %3, esperando al cliente.</translation>
    </message>
    <message>
        <source>Recorded in the order journal as sale %1.</source>
        <translation>Anotado en el registro de ventas como venta %1.</translation>
    </message>
    <message>
        <source>Waiting for the terminal. Ctrl+C stops waiting; the order stays on the terminal.</source>
        <translation>Esperando a la terminal. Ctrl+C deja de esperar; el cobro sigue en la terminal.</translation>
    </message>
    <message>
        <source>Order %1: %2 (%3).</source>
        <translation>Cobro %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Order %1 may still be open on the terminal &quot;%2&quot;.</source>
        <translation>Puede que el cobro %1 siga abierto en la terminal &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot check the order right now: %1</source>
        <translation>No se puede consultar el cobro en este momento: %1</translation>
    </message>
    <message>
        <source>Mercado Pago did not answer as expected: %1</source>
        <translation>Mercado Pago no respondió como se esperaba: %1</translation>
    </message>
    <message>
        <source>PointDesk tries again by itself; Ctrl+C stops it.</source>
        <translation>PointDesk vuelve a intentar solo; Ctrl+C lo detiene.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Warning: the order journal could not record every change of sale %1, so it may not show how the sale ended. %2</source>
        <translation>Atención: el registro de ventas no pudo anotar todos los cambios de la venta %1, así que puede no mostrar cómo terminó. %2</translation>
    </message>
    <message>
        <source>PointDesk cannot tell whether the order reached the terminal &quot;%1&quot;.</source>
        <translation>PointDesk no puede saber si el cobro llegó a la terminal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing more was sent, so that the customer is not charged twice. The order journal keeps it as sale %1, in state &quot;unknown&quot;.</source>
        <translation>No se envió nada más, para no cobrarle dos veces al cliente. El registro de ventas lo guarda como venta %1, en estado &quot;unknown&quot; (desconocido).</translation>
    </message>
    <message>
        <source>What to do: look at the terminal &quot;%1&quot;. If it shows the order or a payment, find the order id in the Mercado Pago activity and check it with &quot;%2 status ORDER_ID&quot;. See the sale with &quot;%2 history --state unknown&quot;. Charge again only once you are sure that nothing was charged.</source>
        <translation>Qué hacer: mire la terminal &quot;%1&quot;. Si muestra el cobro o un pago, busque el id del cobro en la actividad de Mercado Pago y consúltelo con &quot;%2 status ORDER_ID&quot;. Vea la venta con &quot;%2 history --state unknown&quot;. Vuelva a cobrar solo cuando esté seguro de que no se cobró nada.</translation>
    </message>
    <message>
        <source>Paid: payment %1 (%2).</source>
        <translation>Pagado: pago %1 (%2).</translation>
    </message>
    <message>
        <source>Declined: payment %1 (%2). Ask the customer for another card or another way to pay.</source>
        <translation>Rechazado: pago %1 (%2). Pida al cliente otra tarjeta u otro medio de pago.</translation>
    </message>
    <message>
        <source>Cancelled: order %1 was cancelled on the terminal, or the terminal was freed.</source>
        <translation>Cancelado: el cobro %1 se canceló en la terminal, o se liberó la terminal.</translation>
    </message>
    <message>
        <source>The order journal records it as sale %1, not charged.</source>
        <translation>El registro de ventas lo anota como venta %1, sin cobrar.</translation>
    </message>
    <message>
        <source>Check the terminal: Mercado Pago cannot tell whether order %1 was paid. Read the terminal&apos;s screen or slip before charging again.</source>
        <translation>Revise la terminal: Mercado Pago no puede saber si el cobro %1 se pagó. Lea la pantalla o el comprobante de la terminal antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Expired: order %1 was not paid in time; nothing was charged.</source>
        <translation>Vencido: el cobro %1 no se pagó a tiempo; no se cobró nada.</translation>
    </message>
    <message>
        <source>Paid, then refunded: payment %1 (%2).</source>
        <translation>Pagado y luego devuelto: pago %1 (%2).</translation>
    </message>
    <message>
        <source>PointDesk cannot tell how order %1 on the terminal &quot;%2&quot; ended.</source>
        <translation>PointDesk no puede saber cómo terminó el cobro %1 en la terminal &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ChargeService</name>
    <message>
        <source>Cancelled by the cashier before it was sent.</source>
        <translation>Cancelado desde la caja antes de enviarlo.</translation>
    </message>
    <message>
        <source>Not sent: the terminals could not be checked. %1</source>
        <translation>No se envió: no se pudieron revisar las terminales. %1</translation>
    </message>
    <message>
        <source>Not sent: the terminal &quot;%1&quot; is not registered to the account. Refresh the list of terminals.</source>
        <translation>No se envió: la terminal &quot;%1&quot; no está registrada en la cuenta. Actualice la lista de terminales.</translation>
    </message>
    <message>
        <source>Not sent: the terminal &quot;%1&quot; is busy with another order. Wait for it to finish, or free the terminal.</source>
        <translation>No se envió: la terminal &quot;%1&quot; está ocupada con otro cobro. Espere a que termine o libere la terminal.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>PointDesk could not find out whether the order reached the terminal &quot;%1&quot;. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>PointDesk no pudo saber si el cobro llegó a la terminal &quot;%1&quot;. Revise la terminal y la actividad de Mercado Pago antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>PointDesk could not check the terminal &quot;%1&quot; to find out whether the order reached it (%2). Check the terminal before charging again.</source>
        <translation>PointDesk no pudo revisar la terminal &quot;%1&quot; para saber si le llegó el cobro (%2). Revise la terminal antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Not charged: the terminal &quot;%1&quot; is no longer registered to the account.</source>
        <translation>No se cobró: la terminal &quot;%1&quot; ya no está registrada en la cuenta.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; is no longer registered to the account; PointDesk cannot tell whether the order was paid before. Check the Mercado Pago activity.</source>
        <translation>La terminal &quot;%1&quot; ya no está registrada en la cuenta; PointDesk no puede saber si el cobro se pagó antes. Revise la actividad de Mercado Pago.</translation>
    </message>
    <message>
        <source>Not sent: the terminal &quot;%1&quot; is busy with another order.</source>
        <translation>No se envió: la terminal &quot;%1&quot; está ocupada con otro cobro.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; now holds another order; PointDesk cannot tell whether this sale&apos;s order was paid before it. Check the Mercado Pago activity.</source>
        <translation>La terminal &quot;%1&quot; ahora tiene otro cobro; PointDesk no puede saber si el cobro de esta venta se pagó antes. Revise la actividad de Mercado Pago.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; is free, but too much time has passed to be sure that the order was not paid. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>La terminal &quot;%1&quot; está libre, pero pasó demasiado tiempo para asegurar que el cobro no se pagó. Revise la terminal y la actividad de Mercado Pago antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; holds order %2, but PointDesk could not read it (%3). Check the terminal.</source>
        <translation>La terminal &quot;%1&quot; tiene el cobro %2, pero PointDesk no pudo leerlo (%3). Revise la terminal.</translation>
    </message>
    <message>
        <source>Cancelled by the cashier; the order never reached the terminal.</source>
        <translation>Cancelado desde la caja; el cobro nunca llegó a la terminal.</translation>
    </message>
    <message>
        <source>The order did not reach the terminal &quot;%1&quot;. Send it again?</source>
        <translation>El cobro no llegó a la terminal &quot;%1&quot;. ¿Enviarlo de nuevo?</translation>
    </message>
    <message>
        <source>The cashier confirmed that nothing was charged.</source>
        <translation>La caja confirmó que no se cobró nada.</translation>
    </message>
    <message>
        <source>Order %1 on the terminal &quot;%2&quot; is recorded for another sale. Check the terminal before charging again.</source>
        <translation>El cobro %1 de la terminal &quot;%2&quot; está registrado para otra venta. Revise la terminal antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Cancelled by the cashier while PointDesk could not tell whether the order had reached the terminal.</source>
        <translation>Cancelado desde la caja mientras PointDesk no podía saber si el cobro había llegado a la terminal.</translation>
    </message>
    <message>
        <source>Not sent: PointDesk stopped before sending it.</source>
        <translation>No se envió: PointDesk se detuvo antes de enviarlo.</translation>
    </message>
    <message>
        <source>The terminal &quot;%1&quot; holds an order that may be this sale&apos;s. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>La terminal &quot;%1&quot; tiene un cobro que puede ser de esta venta. Revise la terminal y la actividad de Mercado Pago antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>The cashier checked the terminal and confirmed that nothing was charged.</source>
        <translation>La caja revisó la terminal y confirmó que no se cobró nada.</translation>
    </message>
    <message>
        <source>Order %1 is still not finished after its expiration time. Check the terminal &quot;%2&quot;: read its screen or slip, then check again or confirm that nothing was charged.</source>
        <translation>El cobro %1 todavía no terminó después de su tiempo de vencimiento. Revise la terminal &quot;%2&quot;: lea su pantalla o comprobante, y después vuelva a consultar o confirme que no se cobró nada.</translation>
    </message>
    <message>
        <source>Mercado Pago accepted the order for the terminal &quot;%1&quot;, but PointDesk could not read its answer and cannot follow it. Check the terminal: the customer may pay there, or you may cancel it on the terminal. Do not charge again before checking.</source>
        <translation>Mercado Pago aceptó el cobro para la terminal &quot;%1&quot;, pero PointDesk no pudo leer su respuesta y no puede seguirlo. Revise la terminal: el cliente puede pagar allí, o usted puede cancelarlo en la terminal. No vuelva a cobrar antes de revisar.</translation>
    </message>
    <message>
        <source>Mercado Pago accepted the order for the terminal &quot;%1&quot;, but PointDesk could not read its answer and the terminal does not show it now. Check the terminal and the Mercado Pago activity before charging again.</source>
        <translation>Mercado Pago aceptó el cobro para la terminal &quot;%1&quot;, pero PointDesk no pudo leer su respuesta y la terminal no lo muestra ahora. Revise la terminal y la actividad de Mercado Pago antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Not sent: the attempt failed. %1</source>
        <translation>No se envió: el intento falló. %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n attempts failed. %1</source>
        <translation>
            <numerusform>No se envió: falló %n intento. %1</numerusform>
            <numerusform>No se envió: fallaron %n intentos. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation>La opción %1 no corresponde a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>La opción %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>&quot;%1&quot; necesita un argumento.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not acceptable: use https://, or http:// only to this computer (127.0.0.1, localhost).</source>
        <translation>La dirección de la API &quot;%1&quot; no es aceptable: use https://, o http:// solo hacia esta computadora (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds, a whole number from 1 to 3600000.</source>
        <translation>--timeout lleva milisegundos, un número entero de 1 a 3600000.</translation>
    </message>
    <message>
        <source>POINTDESK_POLL_MS takes milliseconds, a whole number from 10 to 3600000.</source>
        <translation>POINTDESK_POLL_MS lleva milisegundos, un número entero de 10 a 3600000.</translation>
    </message>
    <message>
        <source>Stopped before the command finished.</source>
        <translation>Se detuvo antes de que terminara el comando.</translation>
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
        <translation>La API de la cuenta en la configuración de PointDesk (%1) es desconocida: %2 Vuelva a configurar la cuenta en la ventana, o indique --api.</translation>
    </message>
    <message>
        <source>POINTDESK_KEYCHAIN_TIMEOUT takes seconds, a whole number from 1 to 600.</source>
        <translation>POINTDESK_KEYCHAIN_TIMEOUT lleva segundos, un número entero de 1 a 600.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot; after &quot;%2&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot; después de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Stopped before the command finished.</source>
        <translation>Se detuvo antes de que terminara el comando.</translation>
    </message>
    <message>
        <source>An Orders API order id is up to 64 letters and digits, as &quot;charge&quot; printed it (ORD01J...).</source>
        <translation>Un id de orden de la API de Orders tiene hasta 64 letras y dígitos, como lo mostró &quot;charge&quot; (ORD01J...).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date PointDesk can read: write it as YYYY-MM-DD, for example %2.</source>
        <translation>&quot;%1&quot; no es una fecha que PointDesk pueda leer: escríbala como AAAA-MM-DD, por ejemplo %2.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the commands and options.</source>
        <translation>Ejecute &quot;%1 --help&quot; para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Mercado Pago refused the access token saved in the system keychain. Save the current one with &quot;%1 login&quot;.</source>
        <translation>Mercado Pago rechazó el token de acceso guardado en el llavero del sistema. Guarde el actual con &quot;%1 login&quot;.</translation>
    </message>
    <message>
        <source>Or set POINTDESK_TOKEN for this shell: %1 then uses it without a keychain.</source>
        <translation>O defina POINTDESK_TOKEN para esta consola: %1 lo usará sin llavero.</translation>
    </message>
    <message>
        <source>Journal file: %1</source>
        <translation>Archivo del registro: %1</translation>
    </message>
    <message>
        <source>No access token: run `%1 login` (or set POINTDESK_TOKEN).</source>
        <translation>No hay token de acceso: ejecute `%1 login` (o defina POINTDESK_TOKEN).</translation>
    </message>
    <message>
        <source>Note: POINTDESK_TOKEN is set in this shell, and %1 uses it instead of the keychain until it is unset.</source>
        <translation>Nota: POINTDESK_TOKEN está definido en esta consola, y %1 lo usa en lugar del llavero hasta que se quite.</translation>
    </message>
    <message>
        <source>%1 stopped waiting for it (POINTDESK_KEYCHAIN_TIMEOUT sets how long, in seconds); nothing was saved.</source>
        <translation>%1 dejó de esperarlo (POINTDESK_KEYCHAIN_TIMEOUT fija cuánto, en segundos); no se guardó nada.</translation>
    </message>
    <message>
        <source>Mercado Pago does not know this terminal or order. See the terminals with &quot;%1 devices&quot;.</source>
        <translation>Mercado Pago no reconoce esta terminal o este cobro. Vea las terminales con &quot;%1 devices&quot;.</translation>
    </message>
    <message>
        <source>The terminal is busy with another order. Wait for it to finish, or free it with &quot;%1 cancel --device NAME&quot;.</source>
        <translation>La terminal está ocupada con otro cobro. Espere a que termine, o libérela con &quot;%1 cancel --device NAME&quot;.</translation>
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
        <translation>Envía cobros a las terminales de tarjetas Point de Mercado Pago.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the commands and options.</source>
        <translation>Ejecute &quot;%1 --help&quot; para ver los comandos y las opciones.</translation>
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
        <translation>Opciones:
  --api-base URL  Dirección de la API de Mercado Pago (por omisión %1). https://, o
                  http:// solo hacia esta computadora (el simulador).
  --json          Imprime un único documento JSON en la salida estándar, también si hay
                  errores.
  --timeout MS    Abandona un pedido después de MS milisegundos (por omisión %2).
  --verbose       Muestra los detalles técnicos de los errores y anota cada pedido.
  -h, --help      Muestra esta ayuda.
  --version       Muestra la versión.
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
        <translation>Entorno:
  POINTDESK_TOKEN     El token de acceso de Mercado Pago. Si está definido, se usa en lugar
                      del guardado con login. Un token nunca se toma de la línea de
                      comandos ni se imprime.
  POINTDESK_API_BASE  La dirección de la API cuando no se da --api-base.
  POINTDESK_POLL_MS   Cada cuánto charge --wait consulta el cobro, en ms (por omisión %1).
  POINTDESK_KEYCHAIN_SERVICE
                      El nombre de servicio de la entrada del llavero (por omisión %2).
  POINTDESK_JOURNAL   El archivo del registro de ventas que charge escribe y history lee
                      (por omisión %3, compartido con la ventana de PointDesk).
</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>success (status of a declined or cancelled order too: the query worked)</source>
        <translation>éxito (también status de un cobro rechazado o cancelado: la consulta funcionó)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or extra argument, bad --api-base,
       --timeout or POINTDESK_POLL_MS; no access token (run login, or set POINTDESK_TOKEN)</source>
        <translation>error de uso: comando u opción desconocidos, argumento que falta o sobra, --api-base,
       --timeout o POINTDESK_POLL_MS inválidos; no hay token de acceso (ejecute login o defina
       POINTDESK_TOKEN)</translation>
    </message>
    <message>
        <source>invalid input (amount, description, card, e-mail, URL, ORDER_ID, USER_ID, the token
       given to login, a history date, state or limit ...); nothing was sent</source>
        <translation>dato inválido (monto, descripción, tarjeta, e-mail, URL, ORDER_ID, USER_ID, el token
       dado a login, una fecha, un estado o un límite de history ...); no se envió nada</translation>
    </message>
    <message>
        <source>Mercado Pago answered with an error (rejected token, unknown order or terminal, busy
       terminal, rejected field, too many requests, server error, unreadable answer)</source>
        <translation>Mercado Pago respondió con un error (token rechazado, cobro o terminal desconocidos,
       terminal ocupada, campo rechazado, demasiados pedidos, error del servidor, respuesta
       ilegible)</translation>
    </message>
    <message>
        <source>network error: Mercado Pago could not be reached, did not answer in time, or TLS failed</source>
        <translation>error de red: no se pudo conectar con Mercado Pago, no respondió a tiempo o falló TLS</translation>
    </message>
    <message>
        <source>charge --wait: the card was declined (also charge when the order had already ended)</source>
        <translation>charge --wait: la tarjeta fue rechazada (también charge si el cobro ya había terminado)</translation>
    </message>
    <message>
        <source>charge --wait: the order was cancelled (also charge when the order had already ended)</source>
        <translation>charge --wait: el cobro fue cancelado (también charge si el cobro ya había terminado)</translation>
    </message>
    <message>
        <source>keychain error: the system keychain refused access or failed, or there is no keychain
       service (set POINTDESK_TOKEN to work without one); nothing was saved</source>
        <translation>error del llavero: el llavero del sistema negó el acceso o falló, o no hay servicio de
       llavero (defina POINTDESK_TOKEN para trabajar sin él); no se guardó nada</translation>
    </message>
    <message>
        <source>journal error: the order journal could not be opened or written (damaged, in use by
       another program, from a newer PointDesk, disk full, read-only); charge sent nothing</source>
        <translation>error del registro: no se pudo abrir o escribir el registro de ventas (dañado, en uso
       por otro programa, de un PointDesk más nuevo, disco lleno, solo lectura); charge no
       envió nada</translation>
    </message>
    <message>
        <source>charge: PointDesk cannot tell whether the order reached the terminal; nothing more was
       sent. Look at the terminal, then use status ORDER_ID or history --state unknown
       before charging again</source>
        <translation>charge: PointDesk no puede saber si el cobro llegó a la terminal; no se envió nada más.
       Mire la terminal y después use status ORDER_ID o history --state unknown antes de
       volver a cobrar</translation>
    </message>
    <message>
        <source>logout or remove-device: a manager PIN is set and it was not given, not right, or is
       locked after too many wrong tries (as in the window); nothing was done</source>
        <translation>logout o remove-device: hay un PIN de encargado y no se ingresó, no es correcto o está
       bloqueado por demasiados intentos incorrectos (como en la ventana); no se hizo nada</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C); an order being followed stays open on the terminal</source>
        <translation>interrumpido (Ctrl+C); el cobro que se seguía queda abierto en la terminal</translation>
    </message>
    <message>
        <source>  --api API       The Mercado Pago API to speak: legacy (Integration via API, the Point
                  app on phones and tablets) or orders (the Orders API of Point Smart and
                  the other Point terminals). Default: the account&apos;s, as set up in the
                  window or with login --api, else legacy.
</source>
        <translation>  --api API       La API de Mercado Pago a usar: legacy (Integración vía API, la app
                  Point en teléfonos y tablets) u orders (la API de Orders de Point Smart
                  y las demás terminales Point). Por omisión: la de la cuenta, elegida en
                  la ventana o con login --api; si no, legacy.
</translation>
    </message>
    <message>
        <source>  POINTDESK_API       The API (legacy or orders) when --api is not given.
</source>
        <translation>  POINTDESK_API       La API (legacy u orders) cuando no se indica --api.
</translation>
    </message>
    <message>
        <source>;
       an unknown --api or POINTDESK_API, or an API this version cannot speak</source>
        <translation>;
       --api o POINTDESK_API desconocidos, o una API que esta versión no puede usar</translation>
    </message>
    <message>
        <source>  POINTDESK_KEYCHAIN_TIMEOUT
                      Seconds to wait for the system keychain before giving up with exit 8
                      (default %1).
</source>
        <translation>  POINTDESK_KEYCHAIN_TIMEOUT
                      Segundos de espera al llavero del sistema antes de abandonar con la
                      salida 8 (predeterminado %1).
</translation>
    </message>
    <message>
        <source>;
       or it did not answer within POINTDESK_KEYCHAIN_TIMEOUT (locked, or its service stuck)</source>
        <translation>;
       o no respondió dentro de POINTDESK_KEYCHAIN_TIMEOUT (bloqueado, o su servicio trabado)</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Free the terminal?</source>
        <translation>¿Liberar la terminal?</translation>
    </message>
    <message>
        <source>Free %1 by cancelling order %2?</source>
        <translation>¿Liberar %1 cancelando el cobro %2?</translation>
    </message>
    <message>
        <source>Free %1 by cancelling whatever order it holds?</source>
        <translation>¿Liberar %1 cancelando el cobro que tenga?</translation>
    </message>
    <message>
        <source>Use this when the terminal is stuck or the order on it was left behind. If a customer is paying on it right now, that payment is stopped.</source>
        <translation>Úselo cuando la terminal está trabada o quedó un cobro olvidado en ella. Si un cliente está pagando en ella en este momento, ese pago se detiene.</translation>
    </message>
    <message>
        <source>&amp;Free terminal</source>
        <translation>&amp;Liberar terminal</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Mantener el cobro</translation>
    </message>
    <message>
        <source>Nothing was charged?</source>
        <translation>¿No se cobró nada?</translation>
    </message>
    <message>
        <source>End this sale of %1 as not charged?</source>
        <translation>¿Cerrar esta venta de %1 como no cobrada?</translation>
    </message>
    <message>
        <source>Do this only when %1 shows no order for this sale and the Mercado Pago activity shows no payment for it. If the customer did pay, the sale would be missing from PointDesk.</source>
        <translation>Hágalo solo si %1 no muestra ningún cobro de esta venta y la actividad de Mercado Pago no muestra ningún pago. Si el cliente sí pagó, la venta faltaría en PointDesk.</translation>
    </message>
    <message>
        <source>&amp;Nothing was charged</source>
        <translation>No se cobró na&amp;da</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Start a new sales record?</source>
        <translation>¿Empezar un registro de ventas nuevo?</translation>
    </message>
    <message>
        <source>The sales record file is damaged. Start a new, empty one?</source>
        <translation>El archivo del registro de ventas está dañado. ¿Empezar uno nuevo, vacío?</translation>
    </message>
    <message>
        <source>&amp;Start a new record</source>
        <translation>&amp;Empezar un registro nuevo</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection to Mercado Pago</source>
        <translation>Conexión con Mercado Pago</translation>
    </message>
    <message>
        <source>● Access token refused</source>
        <translation>● Token de acceso rechazado</translation>
    </message>
    <message>
        <source>Mercado Pago answers but refuses the access token.</source>
        <translation>Mercado Pago responde pero rechaza el token de acceso.</translation>
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
        <translation>Conectado a las terminales Point simuladas.</translation>
    </message>
    <message>
        <source>Connected to Mercado Pago.</source>
        <translation>Conectado a Mercado Pago.</translation>
    </message>
    <message numerus="yes">
        <source>● Offline — retrying in %n s</source>
        <translation>
            <numerusform>● Sin conexión — reintento en %n s</numerusform>
            <numerusform>● Sin conexión — reintento en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Connection problem — retrying in %n s</source>
        <translation>
            <numerusform>● Problema de conexión — reintento en %n s</numerusform>
            <numerusform>● Problema de conexión — reintento en %n s</numerusform>
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
        <translation>Real brasileño</translation>
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
        <translation>Peso uruguayo</translation>
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
        <translation>Los datos de la tarjeta se ingresaron mal. Pida al cliente que vuelva a intentar con la tarjeta, con cuidado.</translation>
    </message>
    <message>
        <source>The payment was refused for security reasons. Ask for another way to pay.</source>
        <translation>El pago fue rechazado por motivos de seguridad. Pida otro medio de pago.</translation>
    </message>
    <message>
        <source>The card&apos;s bank refused the payment. Ask for another card.</source>
        <translation>El banco de la tarjeta rechazó el pago. Pida otra tarjeta.</translation>
    </message>
    <message>
        <source>The card&apos;s bank asks the customer to call it to authorise the payment. The customer may call the bank, or pay with another card.</source>
        <translation>El banco de la tarjeta pide que el cliente lo llame para autorizar el pago. El cliente puede llamar al banco o pagar con otra tarjeta.</translation>
    </message>
    <message>
        <source>Too many attempts with this card. Ask for another card.</source>
        <translation>Demasiados intentos con esta tarjeta. Pida otra tarjeta.</translation>
    </message>
    <message>
        <source>The card is blocked or disabled. Ask for another card.</source>
        <translation>La tarjeta está bloqueada o deshabilitada. Pida otra tarjeta.</translation>
    </message>
    <message>
        <source>The card does not have enough funds. Ask for another card.</source>
        <translation>La tarjeta no tiene fondos suficientes. Pida otra tarjeta.</translation>
    </message>
    <message>
        <source>The amount is above the card&apos;s limit. Ask for another card, or charge a lower amount.</source>
        <translation>El monto supera el límite de la tarjeta. Pida otra tarjeta o cobre un monto menor.</translation>
    </message>
    <message>
        <source>A technical error stopped the payment. Charge again; if it keeps happening, contact Mercado Pago support.</source>
        <translation>Un error técnico detuvo el pago. Vuelva a cobrar; si sigue pasando, contacte al soporte de Mercado Pago.</translation>
    </message>
    <message>
        <source>The card does not accept these installments. Charge again and choose other installments.</source>
        <translation>La tarjeta no acepta estas cuotas. Vuelva a cobrar y elija otras cuotas.</translation>
    </message>
    <message>
        <source>The payment was declined. Ask for another card or another way to pay.</source>
        <translation>El pago fue rechazado. Pida otra tarjeta u otro medio de pago.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo on the %1</source>
        <translation>Demo con %1</translation>
    </message>
    <message>
        <source>Show the &amp;virtual terminal</source>
        <translation>Mostrar la terminal &amp;virtual</translation>
    </message>
    <message>
        <source>&amp;Switch to the %1</source>
        <extracomment>%1 is the other API&apos;s name, e.g. &quot;Orders API (Point terminals)&quot;.</extracomment>
        <translation>&amp;Cambiar a %1</translation>
    </message>
    <message>
        <source>Starts the demo again with the simulated terminals of the other API.</source>
        <translation>Vuelve a empezar la demo con las terminales simuladas de la otra API.</translation>
    </message>
    <message>
        <source>Account &amp;currency</source>
        <translation>&amp;Moneda de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Leave demo mode</source>
        <translation>&amp;Salir del modo demo</translation>
    </message>
    <message>
        <source>Charges on the Mercado Pago account&apos;s terminals, or sets the account up first.</source>
        <translation>Cobra con las terminales de la cuenta de Mercado Pago, o primero configura la cuenta.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>&amp;Terminals</source>
        <translation>&amp;Terminales</translation>
    </message>
    <message>
        <source>Refresh the list of terminals</source>
        <translation>Actualizar la lista de terminales</translation>
    </message>
    <message>
        <source>Refresh the list of terminals (F5)</source>
        <translation>Actualizar la lista de terminales (F5)</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>The terminal that takes the next charge</source>
        <translation>La terminal que recibe el próximo cobro</translation>
    </message>
    <message>
        <source>No terminals on this account yet. To add one: in the Mercado Pago app of the terminal, set its device name, and make sure the Point integration via API is enabled for the account. Then press Refresh (F5).</source>
        <translation>Todavía no hay terminales en esta cuenta. Para agregar una: en la app de Mercado Pago de la terminal, configure su nombre de dispositivo, y asegúrese de que la integración de Point por API esté activada para la cuenta. Después presione Actualizar (F5).</translation>
    </message>
    <message>
        <source>Loading the terminals…</source>
        <translation>Cargando las terminales…</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIBRE</translation>
    </message>
    <message>
        <source>Ready for a charge</source>
        <translation>Lista para cobrar</translation>
    </message>
    <message>
        <source>%1, free: ready for a charge</source>
        <translation>%1, libre: lista para cobrar</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>Busy with order %1</source>
        <translation>Ocupada con el cobro %1</translation>
    </message>
    <message>
        <source>Busy with another order</source>
        <translation>Ocupada con otro cobro</translation>
    </message>
    <message>
        <source>%1, busy with order %2</source>
        <translation>%1, ocupada con el cobro %2</translation>
    </message>
    <message>
        <source>%1, busy with another order</source>
        <translation>%1, ocupada con otro cobro</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>State not known: %1</source>
        <translation>Estado desconocido: %1</translation>
    </message>
    <message>
        <source>%1, state not known</source>
        <translation>%1, estado desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the terminal on this computer</source>
        <translation>Renombrar la terminal en esta computadora</translation>
    </message>
    <message>
        <source>Give the terminal a name the cashiers know it by. Only this computer uses it.</source>
        <translation>Dé a la terminal un nombre con el que la conozcan los cajeros. Solo lo usa esta computadora.</translation>
    </message>
    <message>
        <source>Switch to PDV mode</source>
        <translation>Pasar a modo PDV</translation>
    </message>
    <message>
        <source>Switch the terminal to PDV mode</source>
        <translation>Pasar la terminal a modo PDV</translation>
    </message>
    <message>
        <source>Let the terminal take orders from PointDesk. Restart the terminal afterwards.</source>
        <translation>Permite que la terminal reciba cobros de PointDesk. Luego reinicie la terminal.</translation>
    </message>
    <message>
        <source>PDV</source>
        <extracomment>Badge of a terminal in PDV mode (Orders API); keep it short.</extracomment>
        <translation>PDV</translation>
    </message>
    <message>
        <source>Takes orders from PointDesk</source>
        <translation>Recibe cobros de PointDesk</translation>
    </message>
    <message>
        <source>%1, PDV mode: takes orders from PointDesk</source>
        <translation>%1, modo PDV: recibe cobros de PointDesk</translation>
    </message>
    <message>
        <source>NO ORDERS</source>
        <extracomment>Badge of a terminal that cannot take orders (Orders API: standalone or not set up); keep it short.</extracomment>
        <translation>SIN COBROS</translation>
    </message>
    <message>
        <source>cannot take orders from PointDesk</source>
        <translation>no puede recibir cobros de PointDesk</translation>
    </message>
    <message>
        <source>%1, %2: cannot take orders from PointDesk</source>
        <translation>%1, %2: no puede recibir cobros de PointDesk</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No terminals on this account yet. A terminal shows here once it is linked to a store and point of sale of the account in Mercado Pago. Then press Refresh (F5).</source>
        <translation>Todavía no hay terminales en esta cuenta. Una terminal aparece aquí cuando está vinculada a una sucursal y una caja de la cuenta en Mercado Pago. Luego presione Actualizar (F5).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Busy - %1</source>
        <extracomment>The terminal is busy with a sale of another counter of the store; %1 is that counter&apos;s name.</extracomment>
        <translation>Ocupada - %1</translation>
    </message>
    <message>
        <source>%1, busy with a sale of %2</source>
        <translation>%1, ocupada con una venta de %2</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List the account&apos;s terminals: FREE, or BUSY with the order they hold.</source>
        <translation>Lista las terminales de la cuenta: LIBRE, u OCUPADA con el cobro
que tiene.</translation>
    </message>
    <message>
        <source>No terminals are linked to this account. Set the terminal&apos;s name in the Mercado Pago app on the terminal.</source>
        <translation>No hay terminales vinculadas a esta cuenta. Configure el nombre de la terminal en la app de Mercado Pago de la terminal.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIBRE</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONOCIDO</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Store / POS</source>
        <translation>Sucursal / caja</translation>
    </message>
    <message>
        <source>A STANDALONE terminal cannot take orders from PointDesk; a manager switches it with &quot;%1 terminal-mode TERMINAL_ID pdv&quot; and restarts it.</source>
        <translation>Una terminal STANDALONE no puede recibir órdenes de PointDesk; un encargado la cambia con &quot;%1 terminal-mode TERMINAL_ID pdv&quot; y la reinicia.</translation>
    </message>
</context>
<context>
    <name>EnableIntegrationCommand</name>
    <message>
        <source>Enable the Point integration for the account USER_ID.</source>
        <translation>Activa la integración con Point para la cuenta USER_ID.</translation>
    </message>
    <message>
        <source>The Point integration is enabled for user %1.</source>
        <translation>La integración con Point está activada para el usuario %1.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>Card ending %1</source>
        <extracomment>%1 is the card&apos;s last digits, like &quot;4242&quot;.</extracomment>
        <translation>Tarjeta terminada en %1</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <extracomment>%1 is a card brand, like &quot;Visa&quot;; %2 the card&apos;s last digits, like &quot;4242&quot;.</extracomment>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <source>1 installment</source>
        <translation>1 cuota</translation>
    </message>
    <message>
        <source>%1 installments</source>
        <translation>%1 cuotas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the card, like &quot;Visa ending 4242&quot;; %2 the installments, like &quot;3 installments&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>approved</source>
        <extracomment>A payment or order status from Mercado Pago.</extracomment>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>procesado</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>on the terminal</source>
        <translation>en la terminal</translation>
    </message>
    <message>
        <source>needs a check on the terminal</source>
        <translation>hay que revisar la terminal</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>devuelto en parte</translation>
    </message>
    <message>
        <source>charged back</source>
        <translation>con contracargo</translation>
    </message>
    <message>
        <source>in dispute</source>
        <translation>en disputa</translation>
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
        <translation>Caja</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Manager mode</source>
        <translation>Modo encargado</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>About PointDesk</source>
        <translation>Acerca de PointDesk</translation>
    </message>
    <message>
        <source>PointDesk %1</source>
        <translation>PointDesk %1</translation>
    </message>
    <message>
        <source>A desktop cashier for Mercado Pago Point card terminals. The access token is kept in the system keychain, never in a file.</source>
        <translation>Una caja de escritorio para las terminales de tarjetas Point de Mercado Pago. El token de acceso se guarda en el llavero del sistema, nunca en un archivo.</translation>
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
Esc: cancelar el cobro abierto
F2: nueva venta, la misma descripción
Ctrl+N: nueva venta, todo borrado
F3: cobrar lo mismo otra vez
F5: actualizar las terminales
Ctrl+H: historial de ventas
Ctrl+Shift+Z: cerrar el día
Ctrl+,: preferencias
Ctrl+M: entrar al modo encargado
Ctrl+T: terminales (encargado)
Ctrl+Shift+M: salir del modo encargado
F10: la barra de menús
F1: esta lista</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show this help, or only what COMMAND does and takes.</source>
        <translation>Muestra esta ayuda, o solo lo que hace y lo que acepta COMMAND.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--all cannot be combined with --day, --from or --to.</source>
        <translation>--all no se puede combinar con --day, --from ni --to.</translation>
    </message>
    <message>
        <source>Give either --day or --from / --to, not both.</source>
        <translation>Indique --day o --from / --to, no ambos.</translation>
    </message>
    <message>
        <source>Choose one output: --csv or --json.</source>
        <translation>Elija una sola salida: --csv o --json.</translation>
    </message>
    <message>
        <source>--limit does not apply to --csv: the export always holds every matching sale. Narrow it with --day, --from / --to, --state or --terminal.</source>
        <translation>--limit no corresponde a --csv: la exportación siempre tiene todas las ventas que coinciden. Acótela con --day, --from / --to, --state o --terminal.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of sales from 1 to 1000000, for example --limit 20.</source>
        <translation>--limit lleva un número entero de ventas de 1 a 1000000, por ejemplo --limit 20.</translation>
    </message>
    <message>
        <source>No sales match the states or the terminal asked for.</source>
        <translation>Ninguna venta coincide con los estados o la terminal pedidos.</translation>
    </message>
    <message>
        <source>No sales were recorded on %1.</source>
        <translation>No hay ventas anotadas el %1.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2: give the first day with --from and the last day with --to.</source>
        <translation>--to %1 es anterior a --from %2: indique el primer día con --from y el último con --to.</translation>
    </message>
    <message>
        <source>No sales were recorded from %1 on.</source>
        <translation>No hay ventas anotadas desde el %1.</translation>
    </message>
    <message>
        <source>No sales were recorded up to %1.</source>
        <translation>No hay ventas anotadas hasta el %1.</translation>
    </message>
    <message>
        <source>No sales were recorded from %1 to %2.</source>
        <translation>No hay ventas anotadas del %1 al %2.</translation>
    </message>
    <message>
        <source>No sales were recorded today (%1). Use --all to see every day, or --day YYYY-MM-DD.</source>
        <translation>No hay ventas anotadas hoy (%1). Use --all para ver todos los días, o --day AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The order journal holds no sales.</source>
        <translation>El registro de ventas no tiene ventas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state. Use paid, declined, cancelled, failed, waiting, sending, unknown or open.</source>
        <translation>&quot;%1&quot; no es un estado. Use paid, declined, cancelled, failed, waiting, sending, unknown u open.</translation>
    </message>
    <message>
        <source>--state needs a state, for example --state paid.</source>
        <translation>--state necesita un estado, por ejemplo --state paid.</translation>
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
        <translation>Lista las ventas del registro de ventas, de la más nueva a la más
vieja, con totales por estado y por tipo de tarjeta, y luego el
dinero cobrado (solo ventas pagadas), devuelto y neto por estado,
tipo de tarjeta y terminal. No necesita token ni red.
--day: un día, en hora local (por omisión: hoy). --from / --to: el
primer y el último día (se puede omitir cualquiera de los dos).
--all: todos los días.
--state: paid (pagada), declined (rechazada), cancelled
(cancelada), failed (no enviada), waiting (esperando al cliente),
sending (enviándose), unknown (PointDesk no pudo saberlo) u open
(waiting, sending y unknown: sin terminar); repítalo o separe los
estados con comas. Los nombres en JSON son approved, rejected,
cancelled, failed, waiting_for_card, sending, unknown.
--terminal: solo esa terminal (sin importar mayúsculas ni
acentos, como el filtro de terminal de la ventana). --limit: solo
las N ventas más nuevas (los totales cuentan igual todas las ventas que coinciden).
--json: {&quot;entries&quot;:[...],&quot;totals&quot;:{...}}; cada monto aparece dos
veces, como texto decimal exacto (&quot;amount&quot;: &quot;1234.50&quot;) y en
centavos enteros (&quot;amount_cents&quot;: 123450); los ids son enteros.
--csv: todas las ventas que coinciden, en CSV, y luego sus
devoluciones como segunda tabla tras una línea vacía.
--csv-format (implica --csv): plain (UTF-8, &apos;,&apos;, montos como
1234.50, horas en UTC, igual en cualquier idioma) o spreadsheet
(marca de orden de bytes, &apos;;&apos;, el separador decimal de la
configuración regional del sistema, horas locales, las palabras de
la ventana). Por omisión: &quot;CSV para hojas de cálculo&quot; de
Preferencias (activado en español y portugués hasta que se elija).
En ambos, las celdas que empiezan con = + - @ llevan un &apos; delante.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSV format. Use --csv-format spreadsheet or --csv-format plain.</source>
        <translation>&quot;%1&quot; no es un formato de CSV. Use --csv-format spreadsheet o --csv-format plain.</translation>
    </message>
    <message>
        <source>This day is closed: closed at %1 by %2.</source>
        <translation>Este día está cerrado: se cerró a las %1, por %2.</translation>
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
        <translation>--store: lo mismo para toda la tienda, desde la base de datos de la
tienda (PostgreSQL, configurada con &quot;store setup&quot;), con todas las
opciones de arriba: cada venta con su caja, y el dinero cobrado por
caja. --counter: solo las ventas de esa caja (su nombre, sin
importar mayúsculas ni acentos, o su id). Con --json cada venta
tiene &quot;counter&quot;: {&quot;id&quot;, &quot;name&quot;}, los totales &quot;by_counter&quot; y el
documento la &quot;currency&quot; de la tienda; con --csv una columna de caja
va primero. Si no se puede llegar a la tienda: sale con 14, y el
historial sin --store sigue funcionando.</translation>
    </message>
    <message>
        <source>--counter names one of the store&apos;s counters: give it with --store.</source>
        <translation>--counter nombra una de las cajas de la tienda: úselo con --store.</translation>
    </message>
    <message>
        <source>The store database holds no sales.</source>
        <translation>La base de datos de la tienda no tiene ventas.</translation>
    </message>
    <message>
        <source>Counter %1, from the store database.</source>
        <translation>Caja %1, según la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>The whole store, from the store database.</source>
        <translation>Toda la tienda, según la base de datos de la tienda.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>The day whose sales are shown (Ctrl+F)</source>
        <translation>El día cuyas ventas se muestran (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>A&amp;ll days</source>
        <translation>&amp;Todos los días</translation>
    </message>
    <message>
        <source>Show the sales of all days</source>
        <translation>Mostrar las ventas de todos los días</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not sent or failed</source>
        <translation>No enviado o fallido</translation>
    </message>
    <message>
        <source>Open (unfinished)</source>
        <translation>Abierto (sin terminar)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Actualizar el historial</translation>
    </message>
    <message>
        <source>Read the journal again (F5)</source>
        <translation>Volver a leer el registro de ventas (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the sales shown to a CSV file</source>
        <translation>Exportar las ventas mostradas a un archivo CSV</translation>
    </message>
    <message>
        <source>Save the sales that match the filters as a CSV file for a spreadsheet</source>
        <translation>Guardar las ventas que coinciden con los filtros en un archivo CSV para una planilla de cálculo</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problema del registro de ventas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <source>History of the selected sale</source>
        <translation>Historial de la venta seleccionada</translation>
    </message>
    <message>
        <source>Sale &amp;history</source>
        <translation>&amp;Historial de la venta</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the sales history</source>
        <translation>Cerrar el historial de ventas</translation>
    </message>
    <message>
        <source>Close the sales history (Esc)</source>
        <translation>Cerrar el historial de ventas (Esc)</translation>
    </message>
    <message>
        <source>Totals: %1</source>
        <translation>Totales: %1</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No sales are recorded yet. Sales appear here as soon as they are charged.</source>
        <translation>Todavía no hay ventas anotadas. Las ventas aparecen aquí apenas se cobran.</translation>
    </message>
    <message>
        <source>No sales are in the state “%1”. Choose another state.</source>
        <translation>No hay ventas en el estado “%1”. Elija otro estado.</translation>
    </message>
    <message>
        <source>No sales on %1. Choose another day, or All days.</source>
        <translation>No hay ventas el %1. Elija otro día, o Todos los días.</translation>
    </message>
    <message>
        <source>No sales on %1 are in the state “%2”. Choose another state or another day.</source>
        <translation>No hay ventas del %1 en el estado “%2”. Elija otro estado u otro día.</translation>
    </message>
    <message>
        <source>The history shown may be out of date. %1</source>
        <translation>El historial que se muestra puede estar desactualizado. %1</translation>
    </message>
    <message>
        <source>Select a sale in the list to see its history.</source>
        <translation>Seleccione una venta de la lista para ver su historial.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Anotada: %1</translation>
    </message>
    <message>
        <source>Order ID: %1</source>
        <translation>ID del cobro: %1</translation>
    </message>
    <message>
        <source>Payment ID: %1</source>
        <translation>ID del pago: %1</translation>
    </message>
    <message>
        <source>Payment ID: %1 (status: %2)</source>
        <translation>ID del pago: %1 (estado: %2)</translation>
    </message>
    <message>
        <source>External reference: %1</source>
        <translation>Referencia externa: %1</translation>
    </message>
    <message>
        <source>Payer&apos;s e-mail: %1</source>
        <translation>E-mail del cliente: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>The history of this sale could not be read. %1</source>
        <translation>No se pudo leer el historial de esta venta. %1</translation>
    </message>
    <message>
        <source>What happened, oldest first:</source>
        <translation>Qué pasó, de lo más viejo a lo más nuevo:</translation>
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
        <translation>Exportar ventas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>No se exportó nada. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, then export again.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder, then export again.</source>
        <translation>No se pudo guardar %1: %2. Elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>answer not known yet; asked again with the same request</source>
        <translation>respuesta aún desconocida; se vuelve a pedir con el mismo pedido</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>Mercado Pago is processing it</source>
        <translation>Mercado Pago la está procesando</translation>
    </message>
    <message>
        <source>rejected by Mercado Pago</source>
        <translation>rechazada por Mercado Pago</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>no refund id yet</source>
        <translation>todavía sin id de devolución</translation>
    </message>
    <message>
        <source>refund ID %1</source>
        <translation>ID de devolución %1</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, por %1</translation>
    </message>
    <message>
        <source>Refund: %1 on %2 (%3%4): %5</source>
        <translation>Devolución: %1 el %2 (%3%4): %5</translation>
    </message>
    <message>
        <source>    Reason: %1</source>
        <translation>    Motivo: %1</translation>
    </message>
    <message>
        <source>    Why: %1</source>
        <translation>    Por qué: %1</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>De&amp;volver…</translation>
    </message>
    <message>
        <source>Refund the selected sale</source>
        <translation>Devolver la venta seleccionada</translation>
    </message>
    <message>
        <source>Give back all or part of the selected paid sale (Ctrl+R; manager)</source>
        <translation>Devolver todo o parte de la venta pagada seleccionada (Ctrl+R; encargado)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Only the sales of one terminal; the totals follow</source>
        <translation>Solo las ventas de una terminal; los totales también</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todas las terminales</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>Te&amp;rminal:</translation>
    </message>
    <message>
        <source>No sales of %1 match the filters. Choose another state or All terminals.</source>
        <translation>Ninguna venta de %1 coincide con los filtros. Elija otro estado o Todas las terminales.</translation>
    </message>
    <message>
        <source>No sales of %1 on %2 match the filters. Choose another state or day, or All terminals.</source>
        <translation>Ninguna venta de %1 del %2 coincide con los filtros. Elija otro estado u otro día, o Todas las terminales.</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>Co&amp;mprobante…</translation>
    </message>
    <message>
        <source>Receipt of the selected sale</source>
        <translation>Comprobante de la venta seleccionada</translation>
    </message>
    <message>
        <source>Show the selected paid sale&apos;s receipt, to print it or save it as PDF</source>
        <translation>Mostrar el comprobante de la venta cobrada seleccionada, para imprimirlo o guardarlo como PDF</translation>
    </message>
    <message>
        <source>closed at %1 by %2</source>
        <translation>cerrado a las %1 por %2</translation>
    </message>
    <message>
        <source>Exported one sale to %1.</source>
        <translation>Se exportó una venta a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sales to %1.</source>
        <translation>
            <numerusform>Se exportó %n venta a %1.</numerusform>
            <numerusform>Se exportaron %n ventas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale was made on %1: refunds and receipts are made on that counter.</source>
        <translation>Esta venta se hizo en %1: las devoluciones y los comprobantes se hacen en esa caja.</translation>
    </message>
    <message>
        <source>another counter</source>
        <translation>otra caja</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Caja: %1</translation>
    </message>
    <message>
        <source>Whose sales</source>
        <translation>De quién son las ventas</translation>
    </message>
    <message>
        <source>This counter&apos;s own sales, or every counter&apos;s from the store database</source>
        <translation>Las ventas de esta caja, o las de todas las cajas desde la base de datos de la tienda</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>Toda la tienda</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Only the sales of one counter; the totals follow</source>
        <translation>Solo las ventas de una caja; los totales la siguen</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>Todas las cajas</translation>
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation>Ca&amp;ja:</translation>
    </message>
    <message>
        <source>Loading the store&apos;s sales…</source>
        <translation>Cargando las ventas de la tienda…</translation>
    </message>
    <message>
        <source>Save the whole store&apos;s sales that match the filters as a CSV file, with the counter of each</source>
        <translation>Guardar las ventas de toda la tienda que coinciden con los filtros en un archivo CSV, con la caja de cada una</translation>
    </message>
    <message>
        <source>The store database cannot be reached: %1. This counter&apos;s own sales are still here: choose This counter.</source>
        <translation>No se puede acceder a la base de datos de la tienda: %1. Las ventas de esta caja siguen aquí: elija Esta caja.</translation>
    </message>
    <message>
        <source>Totals of the whole store: %1</source>
        <translation>Totales de toda la tienda: %1</translation>
    </message>
    <message>
        <source>Reading this sale&apos;s history from the store…</source>
        <translation>Leyendo el historial de esta venta desde la tienda…</translation>
    </message>
    <message>
        <source>Refund: %1 on %2</source>
        <translation>Devolución: %1 el %2</translation>
    </message>
    <message>
        <source>Exporting the store&apos;s sales to %1…</source>
        <translation>Exportando las ventas de la tienda a %1…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Recorded %1; last change %2.</source>
        <translation>Anotada el %1; último cambio el %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID del cobro</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID del pago</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caja</translation>
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
        <translation>Venta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Totals by state:</source>
        <translation>Totales por estado:</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Totals by card type:</source>
        <translation>Totales por tipo de tarjeta:</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Todas las ventas</translation>
    </message>
    <message>
        <source>Money taken by state:</source>
        <translation>Dinero cobrado por estado:</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Money taken by card type:</source>
        <translation>Dinero cobrado por tipo de tarjeta:</translation>
    </message>
    <message>
        <source>Money taken by terminal:</source>
        <translation>Dinero cobrado por terminal:</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>Dinero cobrado</translation>
    </message>
    <message>
        <source>Refunds in progress, not counted as refunded yet: %1</source>
        <translation>Devoluciones en curso, aún no contadas como devueltas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 newest of %n sales; the totals count all %n.</source>
        <translation>
            <numerusform>Se muestran las %1 más recientes de %n venta; los totales cuentan %n.</numerusform>
            <numerusform>Se muestran las %1 más recientes de %n ventas; los totales cuentan las %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Money taken by counter:</source>
        <translation>Dinero cobrado por caja:</translation>
    </message>
</context>
<context>
    <name>HistoryTotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>By card type</source>
        <translation>Por tipo de tarjeta</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Por terminal</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>Dinero cobrado</translation>
    </message>
    <message>
        <source>number of sales</source>
        <translation>cantidad de ventas</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>monto</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>net</source>
        <translation>neto</translation>
    </message>
    <message>
        <source>All orders, any state</source>
        <translation>Todos los cobros, en cualquier estado</translation>
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
        <translation>Devoluciones en curso, aún no contadas como devueltas: %1</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Ventas pagadas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>(no terminal)</source>
        <translation>(sin terminal)</translation>
    </message>
    <message>
        <source>paid sales</source>
        <translation>ventas pagadas</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>No sales.</source>
        <translation>No hay ventas.</translation>
    </message>
    <message>
        <source>All orders shown</source>
        <translation>Todos los cobros mostrados</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Por caja</translation>
    </message>
</context>
<context>
    <name>IntegrationPage</name>
    <message>
        <source>Enable the integration (optional)</source>
        <translation>Activar la integración (opcional)</translation>
    </message>
    <message>
        <source>Needed once per Mercado Pago account, before the terminals take orders from PointDesk.</source>
        <translation>Hace falta una vez por cuenta de Mercado Pago, antes de que las terminales reciban cobros de PointDesk.</translation>
    </message>
    <message>
        <source>The Mercado Pago app on the Point terminals only takes payment orders sent through the API after the integration is enabled for the account. Enable integration sends the account&apos;s user id to Mercado Pago (the &quot;integrators&quot; call of the Point API) and changes nothing else. Skip this if it was done before, for example with pointdesk-cli enable-integration.</source>
        <translation>La app de Mercado Pago de las terminales Point solo recibe cobros enviados por la API después de activar la integración para la cuenta. Activar integración envía el id de usuario de la cuenta a Mercado Pago (la llamada &quot;integrators&quot; de la API de Point) y no cambia nada más. Saltee este paso si ya se hizo antes, por ejemplo con pointdesk-cli enable-integration.</translation>
    </message>
    <message>
        <source>The user id is the number of the shop&apos;s Mercado Pago account, shown in Mercado Pago Developers next to the credentials.</source>
        <translation>El id de usuario es el número de la cuenta de Mercado Pago del negocio, que aparece en Mercado Pago Developers junto a las credenciales.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Enable integration</source>
        <translation>&amp;Activar integración</translation>
    </message>
    <message>
        <source>Enable the integration for this user id</source>
        <translation>Activar la integración para este id de usuario</translation>
    </message>
    <message>
        <source>Result of enabling the integration</source>
        <translation>Resultado de activar la integración</translation>
    </message>
    <message>
        <source>Result of the token check</source>
        <translation>Resultado de la verificación del token</translation>
    </message>
    <message>
        <source>Type the user id first: the number of the shop&apos;s Mercado Pago account.</source>
        <translation>Primero escriba el id de usuario: el número de la cuenta de Mercado Pago del negocio.</translation>
    </message>
    <message>
        <source>Enabling the integration…</source>
        <translation>Activando la integración…</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>This computer has no keychain</source>
        <translation>Esta computadora no tiene llavero</translation>
    </message>
    <message>
        <source>PointDesk keeps the access token only in the system keychain, never in a file.</source>
        <translation>PointDesk guarda el token de acceso solo en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Use the token for this session only</source>
        <translation>&amp;Usar el token solo en esta sesión</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Usar el token solo en esta sesión</translation>
    </message>
    <message>
        <source>PointDesk keeps the token in memory and forgets it when it quits: you paste it again each time PointDesk starts. The token is never written to the disk; PointDesk&apos;s settings keep only preferences, such as the API address.</source>
        <translation>PointDesk guarda el token en memoria y lo olvida al cerrarse: usted lo pega de nuevo cada vez que se abre PointDesk. El token nunca se escribe en el disco; la configuración de PointDesk guarda solo preferencias, como la dirección de la API.</translation>
    </message>
    <message>
        <source>Or try demo mode: simulated terminals, no account and no real money.</source>
        <translation>O pruebe el modo demo: terminales simuladas, sin cuenta y sin dinero real.</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>El llavero no respondió</translation>
    </message>
    <message>
        <source>PointDesk keeps the access token only in the system keychain.</source>
        <translation>PointDesk guarda el token de acceso solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>If the keychain is locked, unlock it and press Try the keychain again. Or set up the account now: the token is saved when you press Save at the end.</source>
        <translation>Si el llavero está bloqueado, desbloquéelo y presione Reintentar con el llavero. O configure la cuenta ahora: el token se guarda cuando presione Guardar al final.</translation>
    </message>
    <message>
        <source>Welcome to PointDesk</source>
        <translation>Bienvenido a PointDesk</translation>
    </message>
    <message>
        <source>Charge cards on your Mercado Pago Point terminals from this computer.</source>
        <translation>Cobre con tarjeta en sus terminales Point de Mercado Pago desde esta computadora.</translation>
    </message>
    <message>
        <source>To set up PointDesk you need the shop&apos;s production access token. In Mercado Pago Developers, open Your integrations, choose the application and copy the access token under Production credentials.</source>
        <translation>Para configurar PointDesk necesita el token de acceso de producción del negocio. En Mercado Pago Developers, abra Tus integraciones, elija la aplicación y copie el token de acceso en Credenciales de producción.</translation>
    </message>
    <message>
        <source>Setup checks the token at once, can enable the integration for the account, and asks you to choose a manager PIN. The token is kept in this computer&apos;s keychain and nowhere else.</source>
        <translation>La configuración verifica el token en el momento, puede activar la integración para la cuenta y le pide elegir un PIN del encargado. El token se guarda en el llavero de esta computadora y en ningún otro lugar.</translation>
    </message>
    <message>
        <source>Not ready yet? Try demo mode instead: simulated terminals, no account and no real money. You can set up the account later from the Account menu.</source>
        <translation>¿Todavía no está listo? Pruebe el modo demo: terminales simuladas, sin cuenta y sin dinero real. Puede configurar la cuenta más tarde desde el menú Cuenta.</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>Reintentar con el &amp;llavero</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Reintentar con el llavero</translation>
    </message>
    <message>
        <source>The API the demo plays</source>
        <translation>La API de la demo</translation>
    </message>
    <message>
        <source>Demo on the &amp;API:</source>
        <translation>Demo con la &amp;API:</translation>
    </message>
</context>
<context>
    <name>JournalBanner</name>
    <message>
        <source>The sales record cannot be used</source>
        <translation>No se puede usar el registro de ventas</translation>
    </message>
    <message>
        <source>Open the sales record again</source>
        <translation>Volver a abrir el registro de ventas</translation>
    </message>
    <message>
        <source>Start a new sales record…</source>
        <translation>Empezar un registro de ventas nuevo…</translation>
    </message>
    <message>
        <source>Put the damaged sales record aside and start a new one</source>
        <translation>Apartar el registro de ventas dañado y empezar uno nuevo</translation>
    </message>
    <message>
        <source>Sales record problem</source>
        <translation>Problema del registro de ventas</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Re&amp;intentar</translation>
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
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Use &amp;demo mode</source>
        <translation>Usar el modo &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Esperando el llavero…</translation>
    </message>
    <message>
        <source>PointDesk keeps the access token in the system keychain and is waiting for it to answer. If the keychain asks for a password, unlock it. Meanwhile you can try PointDesk in demo mode (no real charges) or quit.</source>
        <translation>PointDesk guarda el token de acceso en el llavero del sistema y está esperando que responda. Si el llavero pide una contraseña, desbloquéelo. Mientras tanto puede probar PointDesk en modo demo (sin cobros reales) o salir.</translation>
    </message>
    <message>
        <source>The keychain is not answering</source>
        <translation>El llavero no responde</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>PointDesk: charge cards on Mercado Pago Point terminals from the shop&apos;s counter.
The access token is read from the system keychain (set it up in the window, or with pointdesk-cli login); the POINTDESK_TOKEN environment variable, when set, overrides it. Without an account PointDesk starts in demo mode and offers to set one up.</source>
        <translation>PointDesk: cobre con tarjeta en las terminales Point de Mercado Pago desde la caja del negocio.
El token de acceso se lee del llavero del sistema (configúrelo en la ventana o con pointdesk-cli login); la variable de entorno POINTDESK_TOKEN, si está definida, lo reemplaza. Sin una cuenta, PointDesk inicia en modo demo y ofrece configurar una.</translation>
    </message>
    <message>
        <source>Try PointDesk with simulated terminals: no account, no network, no real money.</source>
        <translation>Pruebe PointDesk con terminales simuladas: sin cuenta, sin red, sin dinero real.</translation>
    </message>
    <message>
        <source>The Mercado Pago API address (default: %1; also POINTDESK_API_BASE). Only https, or http to this computer.</source>
        <translation>La dirección de la API de Mercado Pago (por omisión: %1; también POINTDESK_API_BASE). Solo https, o http hacia esta computadora.</translation>
    </message>
    <message>
        <source>Check that PointDesk works: charge one sale in demo mode, pay it on the virtual terminal, print the result and exit (0 when it passed). With --api-base http://127.0.0.1:&lt;port&gt; it charges a Point simulator on this computer instead and waits until the sale is paid there. Runs without a display with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Verificar que PointDesk funciona: cobra una venta en modo demo, la paga en la terminal virtual, imprime el resultado y sale (0 si pasó). Con --api-base http://127.0.0.1:&lt;port&gt; cobra en cambio en un simulador de Point de esta computadora y espera a que la venta se pague allí. Funciona sin pantalla con QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>The API address %1 is not acceptable: use https://, or http:// only to this computer.</source>
        <translation>La dirección de la API %1 no es aceptable: use https://, o http:// solo hacia esta computadora.</translation>
    </message>
    <message>
        <source>The Mercado Pago API: legacy (Integration via API, the Point app) or orders (the Orders API of Point terminals). With --demo, the API the simulated terminals speak; otherwise it replaces the account&apos;s choice for this run.</source>
        <translation>La API de Mercado Pago: legacy (Integración vía API, la app Point) u orders (la API de Orders de las terminales Point). Con --demo, la API de las terminales simuladas; si no, reemplaza la elección de la cuenta en esta ejecución.</translation>
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
        <translation>Esta venta no tiene número de pago de Mercado Pago, así que no se puede devolver desde PointDesk. Devuélvala desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>A refund needs its own key before it is sent. Nothing was sent.</source>
        <translation>Una devolución necesita su propia clave antes de enviarse. No se envió nada.</translation>
    </message>
    <message>
        <source>Enter a refund amount above zero that %1 can pay out exactly.</source>
        <translation>Ingrese un monto de devolución mayor que cero que se pueda pagar exactamente en %1.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Read the access token from standard input (one line; not shown on
a terminal), check it with Mercado Pago and save it in the system
keychain. --no-check saves it without checking.</source>
        <translation>Lee el token de acceso de la entrada estándar (una línea; no se ve
en la consola), lo verifica con Mercado Pago y lo guarda en el
llavero del sistema. --no-check lo guarda sin verificarlo.</translation>
    </message>
    <message>
        <source>&quot;login&quot; takes no arguments: it reads the access token from standard input, so that the token never appears in the command line or the shell history.</source>
        <translation>&quot;login&quot; no lleva argumentos: lee el token de acceso de la entrada estándar, para que el token nunca aparezca en la línea de comandos ni en el historial de la consola.</translation>
    </message>
    <message>
        <source>A token is already saved and a manager PIN is set on this computer. Run &quot;pointdesk-cli logout&quot; first (it asks for the manager PIN), then log in with the new token. Nothing was changed.</source>
        <translation>Ya hay un token guardado y un PIN de encargado configurado en esta computadora. Ejecute primero &quot;pointdesk-cli logout&quot; (pide el PIN del encargado) y luego inicie sesión con el token nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Paste the access token and press Enter:</source>
        <translation>Pegue el token de acceso y presione Enter:</translation>
    </message>
    <message>
        <source>That is too long for an access token: give only the token, on one line.</source>
        <translation>Es demasiado largo para un token de acceso: ingrese solo el token, en una línea.</translation>
    </message>
    <message>
        <source>Could not read the access token from standard input: %1</source>
        <translation>No se pudo leer el token de acceso de la entrada estándar: %1</translation>
    </message>
    <message>
        <source>No access token was given: paste it and press Enter, or pass it on standard input, for example from a file.</source>
        <translation>No se ingresó ningún token de acceso: péguelo y presione Enter, o páselo por la entrada estándar, por ejemplo desde un archivo.</translation>
    </message>
    <message>
        <source>The access token was not saved.</source>
        <translation>El token de acceso no se guardó.</translation>
    </message>
    <message>
        <source>The access token was not saved: it could not be checked. Try again, or save it without checking with &quot;%1 login --no-check&quot;.</source>
        <translation>El token de acceso no se guardó: no se pudo verificar. Intente de nuevo, o guárdelo sin verificar con &quot;%1 login --no-check&quot;.</translation>
    </message>
    <message>
        <source>Access token saved in the system keychain.</source>
        <translation>Token de acceso guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Stopped before an access token was read: nothing was saved.</source>
        <translation>Se detuvo antes de leer un token de acceso: no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Remove the saved access token from the system keychain. When a
manager PIN is set (in the PointDesk window), reads it from
standard input first, like login reads the token.</source>
        <translation>Borra del llavero del sistema el token de acceso guardado. Si hay
un PIN de encargado (puesto en la ventana de PointDesk), primero
lo lee de la entrada estándar, como login lee el token.</translation>
    </message>
    <message>
        <source>No access token is saved in the system keychain now.</source>
        <translation>Ahora no hay ningún token de acceso guardado en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation>Encar&amp;gado</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>Venta&amp;s</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>Cue&amp;nta</translation>
    </message>
    <message>
        <source>&amp;Set up the account…</source>
        <translation>&amp;Configurar la cuenta…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Cerrar &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Enter manager mode…</source>
        <translation>&amp;Entrar al modo encargado…</translation>
    </message>
    <message>
        <source>&amp;Terminals…</source>
        <translation>&amp;Terminales…</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Cambiar el &amp;PIN…</translation>
    </message>
    <message>
        <source>E&amp;nd manager mode</source>
        <translation>&amp;Salir del modo encargado</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About PointDesk</source>
        <translation>A&amp;cerca de PointDesk</translation>
    </message>
    <message>
        <source>&amp;Replace the access token…</source>
        <translation>&amp;Reemplazar el token de acceso…</translation>
    </message>
    <message>
        <source>&amp;Close the day…</source>
        <translation>&amp;Cerrar el día…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection restored.</source>
        <translation>Conexión restablecida.</translation>
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
        <translation>La venta de %1 en %2, que había quedado abierta, terminó: %3.</translation>
    </message>
    <message>
        <source>The order ended (%1); nothing is left open.</source>
        <translation>El cobro terminó (%1); no queda nada abierto.</translation>
    </message>
    <message>
        <source>The order is still open, so PointDesk did not quit.</source>
        <translation>El cobro sigue abierto, así que PointDesk no se cerró.</translation>
    </message>
    <message>
        <source>The sale needs your decision, so PointDesk did not quit.</source>
        <translation>La venta necesita su decisión, así que PointDesk no se cerró.</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the new one (its name ends in &quot;.corrupt&quot; and the date), so that its sales can still be recovered. The history starts empty.</source>
        <translation>El archivo dañado se guarda junto al nuevo (su nombre termina en &quot;.corrupt&quot; y la fecha), para poder recuperar sus ventas. El historial empieza vacío.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to sign out.</source>
        <translation>Ingrese el PIN del encargado para cerrar la sesión.</translation>
    </message>
    <message>
        <source>No account set up</source>
        <translation>No hay cuenta configurada</translation>
    </message>
    <message>
        <source>Token %1, in the keychain</source>
        <translation>Token %1, en el llavero</translation>
    </message>
    <message>
        <source>Token %1, for this session only</source>
        <translation>Token %1, solo para esta sesión</translation>
    </message>
    <message>
        <source>Token %1, from POINTDESK_TOKEN</source>
        <translation>Token %1, de POINTDESK_TOKEN</translation>
    </message>
    <message>
        <source>Enter the manager PIN to set up the access token again.</source>
        <translation>Ingrese el PIN del encargado para volver a configurar el token de acceso.</translation>
    </message>
    <message>
        <source>Cancelling the order, then quitting…</source>
        <translation>Cancelando el cobro y saliendo…</translation>
    </message>
    <message>
        <source>Enter: charge</source>
        <translation>Enter: cobrar</translation>
    </message>
    <message>
        <source>Esc: cancel the order</source>
        <translation>Esc: cancelar el cobro</translation>
    </message>
    <message>
        <source>F2: new sale</source>
        <translation>F2: nueva venta</translation>
    </message>
    <message>
        <source>F5: refresh terminals</source>
        <translation>F5: actualizar terminales</translation>
    </message>
    <message>
        <source>The new language is used from the next time PointDesk starts.</source>
        <translation>El nuevo idioma se usa a partir de la próxima vez que abra PointDesk.</translation>
    </message>
    <message>
        <source>Charging is off</source>
        <translation>No se puede cobrar</translation>
    </message>
    <message>
        <source>F3: charge the same again</source>
        <translation>F3: cobrar lo mismo otra vez</translation>
    </message>
    <message>
        <source>Enter the manager PIN to free %1: it holds an order this till did not send.</source>
        <translation>Ingrese el PIN del encargado para liberar %1: tiene un cobro que esta caja no envió.</translation>
    </message>
    <message>
        <source>Manager mode is already on. Ctrl+Shift+M ends it.</source>
        <translation>El modo encargado ya está activo. Ctrl+Shift+M lo termina.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to change the store database.</source>
        <translation>Ingrese el PIN del encargado para cambiar la base de datos de la tienda.</translation>
    </message>
</context>
<context>
    <name>ManagerControls</name>
    <message>
        <source>Manager mode ended after a few minutes without use.</source>
        <translation>El modo encargado terminó después de unos minutos sin uso.</translation>
    </message>
    <message>
        <source>Manager mode ended: too many wrong PINs.</source>
        <translation>El modo encargado terminó: demasiados PIN incorrectos.</translation>
    </message>
    <message>
        <source>Manager mode ended.</source>
        <translation>El modo encargado terminó.</translation>
    </message>
    <message>
        <source>Manager mode is on.</source>
        <translation>El modo encargado está activo.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to open the terminals.</source>
        <translation>Ingrese el PIN del encargado para abrir las terminales.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to change it.</source>
        <translation>Ingrese el PIN del encargado para cambiarlo.</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>Se cambió el PIN del encargado.</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <source>Terminals — manager</source>
        <translation>Terminales — encargado</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Terminals on this account</source>
        <translation>Terminales de esta cuenta</translation>
    </message>
    <message>
        <source>Free terminal cancels the order a terminal holds, so that it can take a new one. Remove terminal takes it off the Mercado Pago account; it comes back only when it is set up again in the Mercado Pago app.</source>
        <translation>Liberar terminal cancela el cobro que tiene una terminal, para que pueda recibir uno nuevo. Quitar terminal la saca de la cuenta de Mercado Pago; solo vuelve cuando se la configura de nuevo en la app de Mercado Pago.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order it holds</source>
        <translation>Cobro que tiene</translation>
    </message>
    <message>
        <source>Refresh the terminals</source>
        <translation>Actualizar las terminales</translation>
    </message>
    <message>
        <source>Free the terminal: cancel the order it holds</source>
        <translation>Liberar la terminal: cancelar el cobro que tiene</translation>
    </message>
    <message>
        <source>Re&amp;move terminal…</source>
        <translation>&amp;Quitar terminal…</translation>
    </message>
    <message>
        <source>Remove the terminal from the account</source>
        <translation>Quitar la terminal de la cuenta</translation>
    </message>
    <message>
        <source>Type the terminal&apos;s name to confirm</source>
        <translation>Escriba el nombre de la terminal para confirmar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the terminal</source>
        <translation>Quitar la terminal</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Con&amp;servarla</translation>
    </message>
    <message>
        <source>Keep the terminal</source>
        <translation>Conservar la terminal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the terminals</source>
        <translation>Cerrar las terminales</translation>
    </message>
    <message>
        <source>Manager mode has ended. Enter the manager PIN again.</source>
        <translation>El modo encargado terminó. Vuelva a ingresar el PIN del encargado.</translation>
    </message>
    <message>
        <source>Loading the terminals…</source>
        <translation>Cargando las terminales…</translation>
    </message>
    <message>
        <source>Could not load the terminals: %1</source>
        <translation>No se pudieron cargar las terminales: %1</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIBRE</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1, busy with order %2</source>
        <translation>%1, ocupada con el cobro %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There are no terminals on this account. Set one up in the Mercado Pago app, then press Refresh.</source>
        <translation>No hay terminales en esta cuenta. Configure una en la app de Mercado Pago y presione Actualizar.</translation>
    </message>
    <message numerus="yes">
        <source>%n terminals on this account.</source>
        <translation>
            <numerusform>%n terminal en esta cuenta.</numerusform>
            <numerusform>%n terminales en esta cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeing %1…</source>
        <translation>Liberando %1…</translation>
    </message>
    <message>
        <source>Could not free %1: %2</source>
        <translation>No se pudo liberar %1: %2</translation>
    </message>
    <message>
        <source>%1 is free: the order it held was cancelled.</source>
        <translation>%1 está libre: se canceló el cobro que tenía.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove %1 from the account</source>
        <translation>Quitar %1 de la cuenta</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Quitando %1…</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo quitar %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the account.</source>
        <translation>%1 se quitó de la cuenta.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Free terminal</source>
        <translation>&amp;Liberar terminal</translation>
    </message>
    <message>
        <source>Type or choose the terminal&apos;s name to confirm</source>
        <translation>Escriba o elija el nombre de la terminal para confirmar</translation>
    </message>
    <message>
        <source>Type or choose the name</source>
        <translation>Escriba o elija el nombre</translation>
    </message>
    <message>
        <source>Remove %1 from the Mercado Pago account? It stops taking orders until it is set up again in the Mercado Pago app. To confirm, type its name (capitals and accents do not matter) or choose it from the list: %1</source>
        <translation>¿Quitar %1 de la cuenta de Mercado Pago? Deja de recibir cobros hasta que se la vuelva a configurar en la app de Mercado Pago. Para confirmar, escriba su nombre (no importan las mayúsculas ni los acentos) o elíjalo de la lista: %1</translation>
    </message>
    <message>
        <source>To remove %1, type its name (capitals and accents do not matter) or choose it from the list.</source>
        <translation>Para quitar %1, escriba su nombre (no importan las mayúsculas ni los acentos) o elíjalo de la lista.</translation>
    </message>
    <message>
        <source>“%1” is not %2. To remove %2, type its name (capitals and accents do not matter) or choose it from the list.</source>
        <translation>“%1” no es %2. Para quitar %2, escriba su nombre (no importan las mayúsculas ni los acentos) o elíjalo de la lista.</translation>
    </message>
    <message>
        <source>One terminal on this account.</source>
        <translation>Una terminal en esta cuenta.</translation>
    </message>
</context>
<context>
    <name>ManagerPin</name>
    <message>
        <source>That PIN is too easy to guess. Choose one that is not the same digit repeated (like 0000) and not a run of digits (like 1234 or 9876).</source>
        <translation>Ese PIN es demasiado fácil de adivinar. Elija uno que no sea el mismo dígito repetido (como 0000) ni una serie de dígitos seguidos (como 1234 o 9876).</translation>
    </message>
</context>
<context>
    <name>ManagerPinGate</name>
    <message>
        <source>A manager PIN is set on this computer. Type it and press Enter:</source>
        <translation>Hay un PIN de encargado en esta computadora. Escríbalo y presione Enter:</translation>
    </message>
    <message>
        <source>That is too long for a manager PIN: give only the PIN, on one line. Nothing was done.</source>
        <translation>Es demasiado largo para un PIN de encargado: ingrese solo el PIN, en una línea. No se hizo nada.</translation>
    </message>
    <message>
        <source>Could not read the manager PIN from standard input (%1). Nothing was done.</source>
        <translation>No se pudo leer el PIN de encargado de la entrada estándar (%1). No se hizo nada.</translation>
    </message>
    <message>
        <source>A manager PIN is set on this computer, so &quot;%1 %2&quot; needs it on standard input: type it when asked, or pass it on standard input, for example from a file. Nothing was done.</source>
        <translation>Hay un PIN de encargado en esta computadora, así que &quot;%1 %2&quot; lo necesita en la entrada estándar: escríbalo cuando se le pida, o páselo por la entrada estándar, por ejemplo desde un archivo. No se hizo nada.</translation>
    </message>
    <message>
        <source>The manager PIN is 4 to 8 digits. Nothing was done.</source>
        <translation>El PIN de encargado tiene de 4 a 8 dígitos. No se hizo nada.</translation>
    </message>
    <message>
        <source>That is not the manager PIN; nothing was done. One more wrong try locks the manager PIN for a while, here and in the PointDesk window.</source>
        <translation>Ese no es el PIN de encargado; no se hizo nada. Un intento incorrecto más bloquea el PIN de encargado por un rato, aquí y en la ventana de PointDesk.</translation>
    </message>
    <message numerus="yes">
        <source>That is not the manager PIN; nothing was done. %n more wrong tries lock the manager PIN for a while, here and in the PointDesk window.</source>
        <translation>
            <numerusform>Ese no es el PIN de encargado; no se hizo nada. %n intento incorrecto más bloquea el PIN de encargado por un rato, aquí y en la ventana de PointDesk.</numerusform>
            <numerusform>Ese no es el PIN de encargado; no se hizo nada. %n intentos incorrectos más bloquean el PIN de encargado por un rato, aquí y en la ventana de PointDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong manager PINs: the manager PIN is locked until %1, here and in the PointDesk window. Try again then; nothing was done.</source>
        <translation>Demasiados PIN de encargado incorrectos: el PIN de encargado está bloqueado hasta las %1, aquí y en la ventana de PointDesk. Intente de nuevo entonces; no se hizo nada.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>No se hizo nada.</translation>
    </message>
    <message>
        <source>The manager PIN saved on this computer is damaged, so it cannot be checked. Reset it in the PointDesk window (Manager, Enter manager mode) with the saved access token. Nothing was done.</source>
        <translation>El PIN del encargado guardado en esta computadora está dañado, así que no se puede verificar. Restablézcalo en la ventana de PointDesk (Encargado, Entrar al modo encargado) con el token de acceso guardado. No se hizo nada.</translation>
    </message>
</context>
<context>
    <name>ManagerSession</name>
    <message numerus="yes">
        <source>That PIN is not right. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Ese PIN no es correcto. %n intento incorrecto más bloquea el modo encargado por un rato.</numerusform>
            <numerusform>Ese PIN no es correcto. %n intentos incorrectos más bloquean el modo encargado por un rato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the access token saved on this computer. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Ese no es el token de acceso guardado en esta computadora. %n intento incorrecto más bloquea el modo encargado por un rato.</numerusform>
            <numerusform>Ese no es el token de acceso guardado en esta computadora. %n intentos incorrectos más bloquean el modo encargado por un rato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries. Manager mode is locked until %1; try again then.</source>
        <translation>Demasiados intentos incorrectos. El modo encargado está bloqueado hasta las %1; intente de nuevo entonces.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>No manager PIN is set on this computer yet.</source>
        <translation>Todavía no hay un PIN del encargado en esta computadora.</translation>
    </message>
    <message>
        <source>A manager PIN is already set on this computer. Enter it to start manager mode.</source>
        <translation>Ya hay un PIN del encargado en esta computadora. Ingréselo para entrar al modo encargado.</translation>
    </message>
    <message>
        <source>Manager mode has ended. Enter the manager PIN again.</source>
        <translation>El modo encargado terminó. Vuelva a ingresar el PIN del encargado.</translation>
    </message>
    <message>
        <source>Still checking the previous PIN. Wait a moment and try again.</source>
        <translation>Todavía se está verificando el PIN anterior. Espere un momento e intente de nuevo.</translation>
    </message>
    <message>
        <source>The PIN check was cancelled; nothing was counted.</source>
        <translation>Se canceló la verificación del PIN; no se contó nada.</translation>
    </message>
    <message>
        <source>The manager PIN saved on this computer is damaged, so no PIN can be checked against it. Reset it: type the access token saved on this computer, then choose a new PIN.</source>
        <translation>El PIN del encargado guardado en esta computadora está dañado, así que no se puede verificar ningún PIN. Restablézcalo: escriba el token de acceso guardado en esta computadora y luego elija un PIN nuevo.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the amount to charge.</source>
        <translation>Ingrese el monto a cobrar.</translation>
    </message>
    <message>
        <source>The amount must be a number, like %1.</source>
        <translation>El monto debe ser un número, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The amount can have at most two decimals.</source>
        <translation>El monto puede tener como máximo dos decimales.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1.</source>
        <translation>El monto es demasiado grande: como máximo %1.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no cents: enter a whole amount, like %2.</source>
        <extracomment>%1 is a currency code such as CLP, %2 an example amount such as 1.500.</extracomment>
        <translation>Los montos en %1 no llevan centavos: ingrese un monto entero, por ejemplo %2.</translation>
    </message>
</context>
<context>
    <name>OrderJournal</name>
    <message>
        <source>The order journal file is damaged or is not a PointDesk journal. PointDesk has not changed it.</source>
        <translation>El archivo del registro de ventas está dañado o no es un registro de PointDesk. PointDesk no lo modificó.</translation>
    </message>
    <message>
        <source>The order journal is in use by another program and did not become free in time.</source>
        <translation>Otro programa está usando el registro de ventas y no se liberó a tiempo.</translation>
    </message>
    <message>
        <source>The order journal was written by a newer version of PointDesk. This version cannot use it and has not changed it.</source>
        <translation>El registro de ventas lo escribió una versión más nueva de PointDesk. Esta versión no puede usarlo y no lo modificó.</translation>
    </message>
    <message>
        <source>The disk is full: the order journal cannot record anything more. Records already written are safe.</source>
        <translation>El disco está lleno: el registro de ventas no puede anotar nada más. Lo que ya se anotó está a salvo.</translation>
    </message>
    <message>
        <source>The order journal cannot be written: the file or its folder is read-only.</source>
        <translation>No se puede escribir el registro de ventas: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <source>The order journal could not be read or written.</source>
        <translation>No se pudo leer o escribir el registro de ventas.</translation>
    </message>
    <message>
        <source>The order journal is not open.</source>
        <translation>El registro de ventas no está abierto.</translation>
    </message>
    <message>
        <source>The order journal has no such sale.</source>
        <translation>El registro de ventas no tiene esa venta.</translation>
    </message>
    <message>
        <source>The order journal already records this order for another sale, or the sale is already finished.</source>
        <translation>El registro de ventas ya tiene este cobro anotado para otra venta, o la venta ya terminó.</translation>
    </message>
    <message>
        <source>The sale has invalid data and was not recorded.</source>
        <translation>La venta tiene datos inválidos y no se anotó.</translation>
    </message>
    <message>
        <source>Keep a copy of the file for the records. PointDesk can move it aside and start a new journal; no charge can be sent until then.</source>
        <translation>Guarde una copia del archivo como respaldo. PointDesk puede apartarlo y empezar un registro nuevo; hasta entonces no se puede enviar ningún cobro.</translation>
    </message>
    <message>
        <source>Close other copies of PointDesk or programs that have the journal open, then try again.</source>
        <translation>Cierre las otras copias de PointDesk o los programas que tengan abierto el registro, e intente de nuevo.</translation>
    </message>
    <message>
        <source>Install the newer PointDesk again, or ask for help before using this version.</source>
        <translation>Vuelva a instalar el PointDesk más nuevo, o pida ayuda antes de usar esta versión.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again. No charge is sent while the journal cannot record it.</source>
        <translation>Libere espacio en el disco e intente de nuevo. No se envía ningún cobro mientras el registro no pueda anotarlo.</translation>
    </message>
    <message>
        <source>Check the permissions of the journal file and its folder, then start PointDesk again.</source>
        <translation>Revise los permisos del archivo del registro y de su carpeta, y vuelva a abrir PointDesk.</translation>
    </message>
    <message>
        <source>Check the disk, then try again. No charge is sent while the journal cannot record it.</source>
        <translation>Revise el disco e intente de nuevo. No se envía ningún cobro mientras el registro no pueda anotarlo.</translation>
    </message>
    <message>
        <source>Start PointDesk again; if this keeps happening, check the journal file.</source>
        <translation>Vuelva a abrir PointDesk; si sigue pasando, revise el archivo del registro.</translation>
    </message>
    <message>
        <source>Check the sale&apos;s history before charging again.</source>
        <translation>Revise el historial de la venta antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Correct the sale and try again.</source>
        <translation>Corrija la venta e intente de nuevo.</translation>
    </message>
    <message>
        <source>Sale number</source>
        <translation>N.º de venta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID del cobro</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID del pago</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Referencia externa</translation>
    </message>
    <message>
        <source>Payer&apos;s e-mail</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Refund number</source>
        <translation>N.º de devolución</translation>
    </message>
    <message>
        <source>Refund ID</source>
        <translation>ID de devolución</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Pedida por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>Answer not known yet</source>
        <translation>Respuesta aún desconocida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>No hecha</translation>
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
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Check the terminal</source>
        <translation>Revise la terminal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Devuelto en parte</translation>
    </message>
</context>
<context>
    <name>OrderStatusPanel</name>
    <message>
        <source>Order status</source>
        <translation>Estado del cobro</translation>
    </message>
    <message>
        <source>Time since the order was sent</source>
        <translation>Tiempo desde que se envió el cobro</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar el cobro</translation>
    </message>
    <message>
        <source>Cancel the order on the terminal (Esc)</source>
        <translation>Cancelar el cobro en la terminal (Esc)</translation>
    </message>
    <message>
        <source>Free the terminal</source>
        <translation>Liberar la terminal</translation>
    </message>
    <message>
        <source>Cancel whatever order the terminal holds, so that it can take a new charge</source>
        <translation>Cancelar el cobro que tenga la terminal, para que pueda recibir un cobro nuevo</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>Nueva &amp;venta</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Send the order again</source>
        <translation>Enviar el cobro de nuevo</translation>
    </message>
    <message>
        <source>Check the terminal again</source>
        <translation>Revisar la terminal de nuevo</translation>
    </message>
    <message>
        <source>Look at the terminal again: an order open there for this sale is followed</source>
        <translation>Volver a mirar la terminal: si hay un cobro abierto de esta venta, se sigue</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>%1 está ocupada</translation>
    </message>
    <message>
        <source>It holds order %1, from this till or another one.</source>
        <translation>Tiene el cobro %1, de esta caja o de otra.</translation>
    </message>
    <message>
        <source>It holds an order, from this till or another one.</source>
        <translation>Tiene un cobro, de esta caja o de otra.</translation>
    </message>
    <message>
        <source>Wait until that order finishes, or press Free terminal to cancel it.</source>
        <translation>Espere a que termine ese cobro, o presione Liberar terminal para cancelarlo.</translation>
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
        <translation>Enviando el cobro a %1</translation>
    </message>
    <message>
        <source>Waiting for the customer on %1</source>
        <translation>Esperando al cliente en %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Cobro %1</translation>
    </message>
    <message>
        <source>The terminal shows the amount: the customer taps, inserts or swipes the card there.</source>
        <translation>La terminal muestra el monto: el cliente acerca, inserta o desliza la tarjeta ahí.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Asking Mercado Pago to take the order off %1.</source>
        <translation>Pidiendo a Mercado Pago que quite el cobro de %1.</translation>
    </message>
    <message>
        <source>Payment %1 · status: %2</source>
        <translation>Pago %1 · estado: %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>The payment is approved. Press New sale (F2) for the next customer.</source>
        <translation>El pago está aprobado. Presione Nueva venta (F2) para el próximo cliente.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>The card was declined. Ask for another card, then press Charge to try again.</source>
        <translation>La tarjeta fue rechazada. Pida otra tarjeta y presione Cobrar para intentar de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Order %1 was cancelled; nothing was charged.</source>
        <translation>El cobro %1 se canceló; no se cobró nada.</translation>
    </message>
    <message>
        <source>The order was cancelled before it reached the terminal; nothing was charged.</source>
        <translation>El cobro se canceló antes de llegar a la terminal; no se cobró nada.</translation>
    </message>
    <message>
        <source>%1 is free again. Press Charge to try again, or New sale (F2).</source>
        <translation>%1 está libre de nuevo. Presione Cobrar para intentar de nuevo, o Nueva venta (F2).</translation>
    </message>
    <message>
        <source>Checking the payment…</source>
        <translation>Verificando el pago…</translation>
    </message>
    <message>
        <source>PointDesk keeps checking until the payment is final.</source>
        <translation>PointDesk sigue verificando hasta que el pago sea definitivo.</translation>
    </message>
    <message>
        <source>The order failed.</source>
        <translation>El cobro falló.</translation>
    </message>
    <message>
        <source>Check the terminal, then try again.</source>
        <translation>Revise la terminal e intente de nuevo.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Result unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>PointDesk cannot follow order %1: %2</source>
        <translation>PointDesk no puede seguir el cobro %1: %2</translation>
    </message>
    <message>
        <source>Look at the terminal for the result before charging again.</source>
        <translation>Mire el resultado en la terminal antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>The terminal does not show this order and nothing was charged. Press Send again to send it to %1 once more, or Don&apos;t send.</source>
        <translation>La terminal no muestra este cobro y no se cobró nada. Presione Enviar de nuevo para enviarlo otra vez a %1, o No enviar.</translation>
    </message>
    <message>
        <source>Do not send the order; nothing was charged</source>
        <translation>No enviar el cobro; no se cobró nada</translation>
    </message>
    <message>
        <source>Look at %1. If it shows this order, the customer can pay: press Check again and PointDesk follows it. Press Nothing was charged only when neither the terminal nor the Mercado Pago activity shows this sale.</source>
        <translation>Mire %1. Si muestra este cobro, el cliente puede pagar: presione Revisar de nuevo y PointDesk lo sigue. Presione No se cobró nada solo si ni la terminal ni la actividad de Mercado Pago muestran esta venta.</translation>
    </message>
    <message>
        <source>End the sale: nothing was charged</source>
        <translation>Cerrar la venta: no se cobró nada</translation>
    </message>
    <message>
        <source>Only when the terminal and the Mercado Pago activity show no order for this sale</source>
        <translation>Solo si la terminal y la actividad de Mercado Pago no muestran ningún cobro de esta venta</translation>
    </message>
    <message>
        <source>%1 minutes and seconds since the order was sent</source>
        <translation>%1 minutos y segundos desde que se envió el cobro</translation>
    </message>
    <message>
        <source>Check the terminal</source>
        <translation>Revise la terminal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Order %1 was not paid in time; nothing was charged.</source>
        <translation>El cobro %1 no se pagó a tiempo; no se cobró nada.</translation>
    </message>
    <message>
        <source>Press Charge to send it again, or New sale (F2).</source>
        <translation>Presione Cobrar para enviarlo de nuevo, o Nueva venta (F2).</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Devuelto en parte</translation>
    </message>
    <message>
        <source>The customer paid and money was given back. Press New sale (F2) for the next customer.</source>
        <translation>El cliente pagó y se le devolvió dinero. Presione Nueva venta (F2) para el próximo cliente.</translation>
    </message>
    <message>
        <source>The terminal shows pa&amp;id</source>
        <translation>L&amp;a terminal muestra pagado</translation>
    </message>
    <message>
        <source>The terminal shows the payment approved</source>
        <translation>La terminal muestra el pago aprobado</translation>
    </message>
    <message>
        <source>Only when the terminal&apos;s screen or printed slip shows the payment approved</source>
        <translation>Solo si la pantalla o el comprobante impreso de la terminal muestran el pago aprobado</translation>
    </message>
    <message>
        <source>The terminal sho&amp;ws not paid</source>
        <translation>La terminal muestra n&amp;o pagado</translation>
    </message>
    <message>
        <source>The terminal shows the payment not approved</source>
        <translation>La terminal muestra el pago no aprobado</translation>
    </message>
    <message>
        <source>The terminal shows the payment declined, cancelled or not made</source>
        <translation>La terminal muestra el pago rechazado, cancelado o no realizado</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Mercado Pago accepted the cancellation of order %1, but %2 has not dropped it yet.</source>
        <translation>Mercado Pago aceptó la cancelación del cobro %1, pero %2 todavía no lo quitó.</translation>
    </message>
    <message>
        <source>The customer may still pay until the terminal drops the order. PointDesk keeps following it and shows how it ends: cancelled, or paid.</source>
        <translation>El cliente todavía puede pagar hasta que la terminal quite el cobro. PointDesk lo sigue y muestra cómo termina: cancelado o pagado.</translation>
    </message>
    <message>
        <source>%1 given back
%2</source>
        <translation>%1 devuelto
%2</translation>
    </message>
    <message>
        <source>Read the terminal&apos;s screen or printed slip, then press the button below that matches what it shows.</source>
        <translation>Lea la pantalla o el comprobante impreso de la terminal y luego presione el botón de abajo que coincide con lo que muestra.</translation>
    </message>
    <message>
        <source>The cashier&apos;s answer is recorded. Press New sale (F2) for the next customer.</source>
        <translation>La respuesta del cajero quedó registrada. Presione Nueva venta (F2) para el siguiente cliente.</translation>
    </message>
    <message>
        <source>Next customer: the same description and card, type the amount (F2). Ctrl+N clears everything.</source>
        <translation>Próximo cliente: la misma descripción y tarjeta, escriba el monto (F2). Ctrl+N borra todo.</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>Consultar a&amp;hora</translation>
    </message>
    <message>
        <source>Check the order now</source>
        <translation>Consultar el cobro ahora</translation>
    </message>
    <message>
        <source>Ask Mercado Pago now how the order stands: cancelled, paid or still open</source>
        <translation>Preguntar ahora a Mercado Pago cómo está el cobro: cancelado, pagado o todavía abierto</translation>
    </message>
    <message>
        <source>%1 is no longer on this Mercado Pago account. Choose the terminal for the next sale on the left.</source>
        <translation>%1 ya no está en esta cuenta de Mercado Pago. Elija a la izquierda la terminal para la próxima venta.</translation>
    </message>
    <message>
        <source>Cancel or&amp;der</source>
        <translation>Cancelar c&amp;obro</translation>
    </message>
    <message>
        <source>Free term&amp;inal</source>
        <translation>Liber&amp;ar terminal</translation>
    </message>
    <message>
        <source>Send aga&amp;in</source>
        <translation>Envi&amp;ar de nuevo</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Re&amp;visar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Nothing was charged</source>
        <translation>No se cobró n&amp;ada</translation>
    </message>
    <message>
        <source>Mercado Pago reports order %1 as %2, with no payment status yet.</source>
        <translation>Mercado Pago informa el cobro %1 como %2, todavía sin estado de pago.</translation>
    </message>
    <message>
        <source>Mercado Pago reports order %1 as %2, its payment as %3.</source>
        <translation>Mercado Pago informa el cobro %1 como %2 y su pago como %3.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t send</source>
        <translation>No en&amp;viar</translation>
    </message>
    <message>
        <source>Receipt of the sale</source>
        <translation>Comprobante de la venta</translation>
    </message>
    <message>
        <source>Show the sale&apos;s receipt, to print it or save it as PDF</source>
        <translation>Mostrar el comprobante de la venta, para imprimirlo o guardarlo como PDF</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>C&amp;omprobante…</translation>
    </message>
    <message>
        <source>Mercado Pago cannot tell how this sale ended. Read the terminal&apos;s screen or printed slip before charging again.</source>
        <translation>Mercado Pago no puede saber cómo terminó esta venta. Lea la pantalla o el comprobante impreso de la terminal antes de volver a cobrar.</translation>
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
        <translation>PointDesk no tiene una clave válida para esta operación, así que no se envió (sin ella podría hacerse dos veces). Inicie una nueva venta; si vuelve a pasar, contacte al soporte.</translation>
    </message>
    <message>
        <source>The order id is missing or not valid.</source>
        <translation>Falta el id del cobro o no es válido.</translation>
    </message>
    <message>
        <source>A terminal can only be switched to integrated (PDV) or standalone mode.</source>
        <translation>Una terminal solo se puede pasar al modo integrado (PDV) o al modo independiente (standalone).</translation>
    </message>
    <message>
        <source>A partial refund needs the sale&apos;s payment. Refund the whole sale, or refund from the Mercado Pago panel.</source>
        <translation>Una devolución parcial necesita el pago de la venta. Devuelva la venta completa, o haga la devolución desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>This account&apos;s Mercado Pago API does not offer this. Use the terminal itself or the Mercado Pago panel.</source>
        <translation>La API de Mercado Pago de esta cuenta no ofrece esto. Use la propia terminal o el panel de Mercado Pago.</translation>
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
        <translation>Fondos insuficientes</translation>
    </message>
    <message>
        <source>Refused by the issuer</source>
        <translation>Rechazada por el emisor</translation>
    </message>
    <message>
        <source>Card disabled</source>
        <translation>Tarjeta inhabilitada</translation>
    </message>
    <message>
        <source>Refused by fraud prevention</source>
        <translation>Rechazada por prevención de fraude</translation>
    </message>
    <message>
        <source>Card data entered wrongly</source>
        <translation>Datos de la tarjeta mal ingresados</translation>
    </message>
    <message>
        <source>Call the bank to authorize</source>
        <translation>Llamar al banco para autorizar</translation>
    </message>
    <message>
        <source>Sent: the terminal is taking the order</source>
        <translation>Enviado: la terminal está recibiendo el cobro</translation>
    </message>
    <message>
        <source>On the terminal (at_terminal)</source>
        <translation>En la terminal (at_terminal)</translation>
    </message>
    <message>
        <source>Tap, insert or swipe the card</source>
        <translation>Acerque, inserte o deslice la tarjeta</translation>
    </message>
    <message>
        <source>order to pay</source>
        <translation>cobro a pagar</translation>
    </message>
    <message>
        <source>STANDALONE mode: it charges on its own and takes no orders from PointDesk</source>
        <translation>Modo STANDALONE: cobra por su cuenta y no recibe cobros de PointDesk</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>independiente</translation>
    </message>
    <message>
        <source>Ready — no order</source>
        <translation>Lista — sin cobro</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve the payment on %1</source>
        <translation>Aprobar el pago en %1</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline the card on %1</source>
        <translation>Rechazar la tarjeta en %1</translation>
    </message>
    <message>
        <source>Customer &amp;cancels</source>
        <translation>El cliente &amp;cancela</translation>
    </message>
    <message>
        <source>The customer cancels on %1</source>
        <translation>El cliente cancela en %1</translation>
    </message>
    <message>
        <source>Card the customer pays with</source>
        <translation>Tarjeta con la que paga el cliente</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Why the card is declined</source>
        <translation>Por qué se rechaza la tarjeta</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>More things the terminal can do with the order</source>
        <translation>Otras cosas que la terminal puede hacer con el cobro</translation>
    </message>
    <message>
        <source>Result unknown: needs action on the terminal</source>
        <translation>Resultado desconocido: requiere acción en la terminal</translation>
    </message>
    <message>
        <source>Let the order expire</source>
        <translation>Dejar que el cobro venza</translation>
    </message>
    <message>
        <source>Ca&amp;rd:</source>
        <translation>Ta&amp;rjeta:</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>C&amp;uotas:</translation>
    </message>
    <message>
        <source>Decline r&amp;eason:</source>
        <translation>Motivo del r&amp;echazo:</translation>
    </message>
    <message>
        <source>Last: %1 paid with %2 in %3 installments</source>
        <translation>Último: %1 pagado con %2 en %3 cuotas</translation>
    </message>
    <message>
        <source>Last: %1 paid with %2</source>
        <translation>Último: %1 pagado con %2</translation>
    </message>
    <message>
        <source>Last: %1 declined (%2)</source>
        <translation>Último: %1 rechazado (%2)</translation>
    </message>
    <message>
        <source>Last: %1 cancelled by the customer</source>
        <translation>Último: %1 cancelado por el cliente</translation>
    </message>
    <message>
        <source>Last: %1 needs action: the result is unknown</source>
        <translation>Último: %1 requiere acción: el resultado es desconocido</translation>
    </message>
    <message>
        <source>Last: %1 expired unpaid</source>
        <translation>Último: %1 vencido sin pagar</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Manager mode</source>
        <translation>Modo encargado</translation>
    </message>
    <message>
        <source>Change the manager PIN</source>
        <translation>Cambiar el PIN del encargado</translation>
    </message>
    <message>
        <source>The saved access token</source>
        <translation>El token de acceso guardado</translation>
    </message>
    <message>
        <source>The current manager PIN</source>
        <translation>El PIN actual del encargado</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>New manager PIN</source>
        <translation>Nuevo PIN del encargado</translation>
    </message>
    <message>
        <source>New manager PIN again</source>
        <translation>Nuevo PIN del encargado otra vez</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuevo PIN:</translation>
    </message>
    <message>
        <source>New PIN &amp;again:</source>
        <translation>Nuevo PIN &amp;otra vez:</translation>
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
        <translation>Verificando si hay un PIN del encargado…</translation>
    </message>
    <message>
        <source>&amp;Enter manager mode</source>
        <translation>&amp;Entrar al modo encargado</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Ingrese el PIN del encargado</translation>
    </message>
    <message>
        <source>Manager mode unlocks the manager&apos;s tools: the terminals, the access token, the PIN and signing out. It ends by itself after a few minutes without use.</source>
        <translation>El modo encargado habilita las herramientas del encargado: las terminales, el token de acceso, el PIN y el cierre de sesión. Termina solo después de unos minutos sin uso.</translation>
    </message>
    <message>
        <source>Set a manager PIN</source>
        <translation>Crear un PIN del encargado</translation>
    </message>
    <message>
        <source>No manager PIN is set on this computer yet (the account was set up with pointdesk-cli). To prove you are the manager, paste the access token saved on this computer, then choose a PIN of 4 to 8 digits that cashiers do not know.</source>
        <translation>Todavía no hay un PIN del encargado en esta computadora (la cuenta se configuró con pointdesk-cli). Para demostrar que es el encargado, pegue el token de acceso guardado en esta computadora y elija un PIN de 4 a 8 dígitos que los cajeros no conozcan.</translation>
    </message>
    <message>
        <source>&amp;Set PIN and enter manager mode</source>
        <translation>&amp;Crear el PIN y entrar al modo encargado</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one (4 to 8 digits) twice.</source>
        <translation>Escriba el PIN actual y después el nuevo (de 4 a 8 dígitos) dos veces.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Cambiar el PIN</translation>
    </message>
    <message>
        <source>PointDesk cannot read the manager PIN right now.</source>
        <translation>PointDesk no puede leer el PIN del encargado en este momento.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Verificando el PIN…</translation>
    </message>
    <message>
        <source>The current PIN is 4 to 8 digits.</source>
        <translation>El PIN actual tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The new PIN must be 4 to 8 digits.</source>
        <translation>El PIN nuevo debe tener de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type the new PIN again in both fields.</source>
        <translation>Los dos PIN nuevos no coinciden. Vuelva a escribir el PIN nuevo en los dos campos.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more wrong try locks manager mode for a while.</source>
        <translation>Ese PIN no es correcto. Un intento incorrecto más bloquea el modo encargado por un rato.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Ese PIN no es correcto. %n intento incorrecto más bloquea el modo encargado por un rato.</numerusform>
            <numerusform>Ese PIN no es correcto. %n intentos incorrectos más bloquean el modo encargado por un rato.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the access token saved on this computer. One more wrong try locks manager mode for a while.</source>
        <translation>Ese no es el token de acceso guardado en esta computadora. Un intento incorrecto más bloquea el modo encargado por un rato.</translation>
    </message>
    <message numerus="yes">
        <source>That is not the access token saved on this computer. %n more wrong tries lock manager mode for a while.</source>
        <translation>
            <numerusform>Ese no es el token de acceso guardado en esta computadora. %n intento incorrecto más bloquea el modo encargado por un rato.</numerusform>
            <numerusform>Ese no es el token de acceso guardado en esta computadora. %n intentos incorrectos más bloquean el modo encargado por un rato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the manager PIN</source>
        <translation>Restablecer el PIN del encargado</translation>
    </message>
    <message>
        <source>The manager PIN saved on this computer is damaged, so no PIN can be checked against it. To prove you are the manager, paste the access token saved on this computer, then choose a new PIN of 4 to 8 digits.</source>
        <translation>El PIN del encargado guardado en esta computadora está dañado, así que no se puede verificar ningún PIN. Para demostrar que es el encargado, pegue el token de acceso guardado en esta computadora y luego elija un PIN nuevo de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN and enter manager mode</source>
        <translation>&amp;Restablecer el PIN y entrar al modo encargado</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>The manager PIN</source>
        <translation>El PIN del encargado</translation>
    </message>
    <message>
        <source>It protects the manager&apos;s tools from anyone at the counter.</source>
        <translation>Protege las herramientas del encargado de cualquiera que esté en la caja.</translation>
    </message>
    <message>
        <source>The manager PIN set on this computer</source>
        <translation>El PIN de encargado guardado en esta computadora</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>Manager PIN again</source>
        <translation>PIN del encargado otra vez</translation>
    </message>
    <message>
        <source>Manager &amp;PIN:</source>
        <translation>&amp;PIN del encargado:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;otra vez:</translation>
    </message>
    <message>
        <source>Problem with the PIN</source>
        <translation>Problema con el PIN</translation>
    </message>
    <message>
        <source>A manager PIN is already set on this computer. Enter it to set up the account: the PIN stays as it is. Wrong PINs count towards the same lockout as manager mode. If nobody knows it any more, the computer&apos;s administrator can remove PointDesk&apos;s &quot;manager-pin&quot; entry from the system keychain; then set up the account again.</source>
        <translation>Ya hay un PIN de encargado en esta computadora. Ingréselo para configurar la cuenta: el PIN queda como está. Los PIN incorrectos cuentan para el mismo bloqueo que el modo encargado. Si ya nadie lo sabe, el administrador de la computadora puede borrar la entrada &quot;manager-pin&quot; de PointDesk del llavero del sistema; luego configure la cuenta de nuevo.</translation>
    </message>
    <message>
        <source>Checking whether a manager PIN is set on this computer…</source>
        <translation>Verificando si hay un PIN de encargado en esta computadora…</translation>
    </message>
    <message>
        <source>Manager mode changes the access token, frees and removes terminals, and signs out. Choose a PIN of 4 to 8 digits that cashiers do not know, not the same digit repeated and not a run like 1234. PointDesk keeps only a salted hash of it, in the keychain.</source>
        <translation>El modo encargado cambia el token de acceso, libera y quita terminales, y cierra la sesión. Elija un PIN de 4 a 8 dígitos que los cajeros no conozcan, que no sea el mismo dígito repetido ni una serie como 1234. PointDesk guarda solo un hash con sal del PIN, en el llavero.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Verificando el PIN…</translation>
    </message>
    <message>
        <source>PointDesk cannot check the manager PIN right now. Cancel and try again.</source>
        <translation>PointDesk no puede verificar el PIN de encargado en este momento. Cancele e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>PointBackend</name>
    <message>
        <source>This account&apos;s Mercado Pago API cannot refund from PointDesk. Refund the payment from the Mercado Pago panel.</source>
        <translation>La API de Mercado Pago de esta cuenta no permite devolver desde PointDesk. Devuelva el pago desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>This account&apos;s Mercado Pago API has no terminal operating modes to switch.</source>
        <translation>La API de Mercado Pago de esta cuenta no tiene modos de operación de terminal para cambiar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language of PointDesk</source>
        <translation>Idioma de PointDesk</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the language the system asks for, named in itself (&quot;Español&quot;).</extracomment>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>Currency of the account</source>
        <translation>Moneda de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Account &amp;currency:</source>
        <translation>&amp;Moneda de la cuenta:</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Guardar las preferencias</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>The new language shows the next time PointDesk starts. Save, then close and open PointDesk again.</source>
        <translation>El nuevo idioma se ve la próxima vez que se abra PointDesk. Guarde, y después cierre y vuelva a abrir PointDesk.</translation>
    </message>
    <message>
        <source>A new language shows the next time PointDesk starts.</source>
        <translation>Un idioma nuevo se ve la próxima vez que se abra PointDesk.</translation>
    </message>
    <message>
        <source>Only the manager changes the account&apos;s currency. Ask the manager to turn on manager mode, then open Preferences again.</source>
        <translation>Solo el encargado cambia la moneda de la cuenta. Pida al encargado que active el modo encargado y vuelva a abrir Preferencias.</translation>
    </message>
    <message>
        <source>Choose the currency of the shop&apos;s Mercado Pago account. Amounts in %1 are typed with cents.</source>
        <translation>Elija la moneda de la cuenta de Mercado Pago del negocio. Los montos en %1 se escriben con centavos.</translation>
    </message>
    <message>
        <source>Choose the currency of the shop&apos;s Mercado Pago account. Amounts in %1 have no cents: the amount field takes whole amounts only.</source>
        <translation>Elija la moneda de la cuenta de Mercado Pago del negocio. Los montos en %1 no llevan centavos: el campo del monto acepta solo montos enteros.</translation>
    </message>
    <message>
        <source>Unknown (%1): PointDesk cannot charge with it</source>
        <translation>Desconocida (%1): PointDesk no puede cobrar con ella</translation>
    </message>
    <message>
        <source>Chosen when the account was set up. To change it, a manager runs the setup again: Account, Set up the account (or Replace the access token).</source>
        <translation>Se eligió al configurar la cuenta. Para cambiarla, un encargado vuelve a configurar la cuenta: Cuenta, Configurar la cuenta (o Reemplazar el token de acceso).</translation>
    </message>
    <message>
        <source>Mercado Pago API of the account</source>
        <translation>API de Mercado Pago de la cuenta</translation>
    </message>
    <message>
        <source>Mercado Pago API:</source>
        <translation>API de Mercado Pago:</translation>
    </message>
    <message>
        <source>CSV for sp&amp;readsheets</source>
        <translation>CSV para &amp;hojas de cálculo</translation>
    </message>
    <message>
        <source>On: the sales history&apos;s CSV files open right in a spreadsheet (columns separated by &apos;;&apos;, amounts with this computer&apos;s decimal separator, local times, the window&apos;s words). Off: the plain format for programs (&apos;,&apos;, amounts like 1234.50, times in UTC).</source>
        <translation>Activado: los archivos CSV del historial de ventas se abren bien en una hoja de cálculo (columnas separadas por &apos;;&apos;, montos con el separador decimal de esta computadora, horas locales, las palabras de la ventana). Desactivado: el formato simple para programas (&apos;,&apos;, montos como 1234.50, horas en UTC).</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>Ti&amp;enda</translation>
    </message>
</context>
<context>
    <name>QuitBox</name>
    <message>
        <source>An order is still open</source>
        <translation>Todavía hay un cobro abierto</translation>
    </message>
    <message>
        <source>An order of %1 is still open on %2.</source>
        <translation>Todavía hay un cobro de %1 abierto en %2.</translation>
    </message>
    <message>
        <source>If PointDesk quits now, the terminal keeps showing the order and the customer can still pay it while nobody watches. Cancel the order before quitting?</source>
        <translation>Si PointDesk se cierra ahora, la terminal sigue mostrando el cobro y el cliente todavía puede pagarlo sin que nadie lo vea. ¿Cancelar el cobro antes de salir?</translation>
    </message>
    <message>
        <source>&amp;Cancel order and quit</source>
        <translation>&amp;Cancelar cobro y salir</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Seguir esperando</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Salir &amp;igual</translation>
    </message>
    <message>
        <source>Cancel the order and quit</source>
        <translation>Cancelar el cobro y salir</translation>
    </message>
    <message>
        <source>Keep waiting for the customer</source>
        <translation>Seguir esperando al cliente</translation>
    </message>
    <message>
        <source>Quit and leave the order open</source>
        <translation>Salir y dejar el cobro abierto</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Sale %1 has no receipt: it is %2. A receipt is only for a sale whose money was taken (paid, partly refunded or refunded).</source>
        <translation>La venta %1 no tiene comprobante: está %2. Solo hay comprobante de una venta cobrada (pagada, devuelta en parte o devuelta).</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>aún sin confirmar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <extracomment>On a receipt: the shop&apos;s tax identification number (CUIT, CNPJ, RFC ...).</extracomment>
        <translation>Identificación fiscal: %1</translation>
    </message>
    <message>
        <source>Receipt: sale %1</source>
        <extracomment>The title of a receipt; %1 is the sale&apos;s number in the history.</extracomment>
        <translation>Comprobante: venta %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID del pago</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Refund %1 (%2)</source>
        <extracomment>On a receipt: one refund; %1 its date and time, %2 its state (&quot;done&quot;).</extracomment>
        <translation>Devolución %1 (%2)</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Refunds not settled yet</source>
        <translation>Devoluciones aún no resueltas</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
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
        <translation>Muestra el comprobante de una venta cobrada (pagada, devuelta en
parte o devuelta): nombre, dirección e identificación fiscal del
comercio (Preferencias), fecha, importe, descripción, tarjeta, ID del
pago, terminal y devoluciones. SALE es el número de la venta en el
historial. No necesita token ni red.
--pdf: lo escribe como archivo PDF, en el papel de comprobantes
elegido en Preferencias (A4 mientras no se elija). --paper: a4,
letter o roll80 (el rollo de una impresora de comprobantes de 80 mm,
tan largo como el comprobante).
--json: el comprobante como un documento; cada importe como texto
decimal exacto y en centavos enteros.</translation>
    </message>
    <message>
        <source>--paper only applies to --pdf.</source>
        <translation>--paper solo se usa con --pdf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sale number. Give the number the history shows, for example pointdesk-cli receipt 12.</source>
        <translation>&quot;%1&quot; no es un número de venta. Indique el número que muestra el historial, por ejemplo pointdesk-cli receipt 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper. Use --paper a4, --paper letter or --paper roll80.</source>
        <translation>&quot;%1&quot; no es un papel. Use --paper a4, --paper letter o --paper roll80.</translation>
    </message>
    <message>
        <source>--pdf needs the name of the file to write.</source>
        <translation>--pdf necesita el nombre del archivo a escribir.</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal. pointdesk-cli history lists the sales with their numbers.</source>
        <translation>No hay una venta %1 en el registro. pointdesk-cli history lista las ventas con sus números.</translation>
    </message>
    <message>
        <source>A PDF cannot be written without fonts here.</source>
        <translation>Aquí no se puede escribir un PDF sin fuentes.</translation>
    </message>
    <message>
        <source>Receipt of sale %1 written to %2.</source>
        <translation>Comprobante de la venta %1 escrito en %2.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>No se puede escribir el archivo PDF %1: %2</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Comprobante</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt</source>
        <translation>Comprobante</translation>
    </message>
    <message>
        <source>The sales record is not open, so the receipt cannot be read.</source>
        <translation>El registro de ventas no está abierto, así que no se puede leer el comprobante.</translation>
    </message>
    <message>
        <source>Sale %1 could not be read from the sales record.</source>
        <translation>No se pudo leer la venta %1 del registro de ventas.</translation>
    </message>
    <message>
        <source>Receipt of sale %1</source>
        <translation>Comprobante de la venta %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Guardar el comprobante como archivo PDF</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Guardar el comprobante como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <comment>a file name: no spaces</comment>
        <translation>comprobante-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RefundCommand</name>
    <message>
        <source>Without --amount the whole remaining balance goes back. When a manager PIN is set,
reads it from standard input first, like remove-device.</source>
        <translation>Sin --amount se devuelve todo el saldo restante. Si hay un PIN de encargado,
primero lo lee de la entrada estándar, como remove-device.</translation>
    </message>
    <message>
        <source>Refund a paid sale by its payment id (legacy API) or order id (Orders API).
</source>
        <translation>Devuelve una venta pagada por su id de pago (API legacy) o id de orden (API de Orders).
</translation>
    </message>
    <message>
        <source>Refund sale N of this computer&apos;s sales record (see history).
</source>
        <translation>Devuelve la venta N del registro de ventas de esta computadora (vea history).
</translation>
    </message>
    <message>
        <source>&quot;refund&quot; takes either a PAYMENT_ID / ORDER_ID or --sale N.</source>
        <translation>&quot;refund&quot; recibe un PAYMENT_ID / ORDER_ID o --sale N, no ambos.</translation>
    </message>
    <message>
        <source>The sale number must be a whole number, as &quot;history&quot; shows it.</source>
        <translation>El número de venta debe ser un número entero, como lo muestra &quot;history&quot;.</translation>
    </message>
    <message>
        <source>Give the sale&apos;s payment id or order id, as &quot;history&quot; shows it.</source>
        <translation>Indique el id de pago o de orden de la venta, como lo muestra &quot;history&quot;.</translation>
    </message>
    <message>
        <source>The reason can be at most 500 characters long.</source>
        <translation>El motivo puede tener como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>No sale with payment or order id %1 is in this computer&apos;s sales record.</source>
        <translation>No hay ninguna venta con id de pago u orden %1 en el registro de ventas de esta computadora.</translation>
    </message>
    <message>
        <source>Mercado Pago rejected refund %1 of sale %2. Refund it from the Mercado Pago panel.</source>
        <translation>Mercado Pago rechazó la devolución %1 de la venta %2. Devuélvala desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 %3 for sale %4 accepted; Mercado Pago is still processing it.
</source>
        <translation>Devolución %1 de %2 %3 de la venta %4 aceptada; Mercado Pago todavía la está procesando.
</translation>
    </message>
    <message>
        <source>Refund %1: %2 %3 given back for sale %4.
</source>
        <translation>Devolución %1: se devolvieron %2 %3 de la venta %4.
</translation>
    </message>
    <message>
        <source>Nothing was given back.</source>
        <translation>No se devolvió nada.</translation>
    </message>
    <message>
        <source>The next &quot;%1 refund&quot; of this sale, or the window, asks again with the same request.</source>
        <translation>El próximo &quot;%1 refund&quot; de esta venta, o la ventana, vuelve a preguntar con el mismo pedido.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>The refund is kept in the sales record and is asked again with the same request, never made twice. See it with &quot;%1 history&quot;.</source>
        <translation>La devolución queda en el registro de ventas y se vuelve a pedir con el mismo pedido, nunca dos veces. Véala con &quot;%1 history&quot;.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund sale %1</source>
        <translation>Devolver la venta %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Part of it:</source>
        <translation>&amp;Una parte:</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Monto a devolver</translation>
    </message>
    <message>
        <source>Why the money goes back (optional)</source>
        <translation>Por qué se devuelve el dinero (opcional)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>&amp;Everything that is left: %1</source>
        <translation>&amp;Todo lo que queda: %1</translation>
    </message>
    <message>
        <source>Paid %1; %2 already given back; %3 left.</source>
        <translation>Pagado %1; ya se devolvieron %2; quedan %3.</translation>
    </message>
    <message>
        <source>Paid %1; nothing given back yet.</source>
        <translation>Pagado %1; todavía no se devolvió nada.</translation>
    </message>
    <message>
        <source>Type the amount to give back.</source>
        <translation>Escriba el monto a devolver.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>Refunding… Mercado Pago is asked now. Closing this window does not stop it.</source>
        <translation>Devolviendo… Se le está pidiendo a Mercado Pago. Cerrar esta ventana no lo detiene.</translation>
    </message>
    <message>
        <source>Refunded: %1 go back to the customer&apos;s card (refund %2).</source>
        <translation>Devuelto: %1 vuelven a la tarjeta del cliente (devolución %2).</translation>
    </message>
    <message>
        <source>Mercado Pago rejected the refund. Refund it from the Mercado Pago panel.</source>
        <translation>Mercado Pago rechazó la devolución. Devuélvala desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>Refund of %1 accepted (refund %2); Mercado Pago is still processing it.</source>
        <translation>Devolución de %1 aceptada (devolución %2); Mercado Pago todavía la está procesando.</translation>
    </message>
    <message>
        <source>Not refunded: %1</source>
        <translation>No se devolvió: %1</translation>
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
        <translation>La API de Mercado Pago de esta cuenta no permite devolver desde PointDesk. Devuelva el pago desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>This sale was charged through the other Mercado Pago API. Refund it from the Mercado Pago panel, or from PointDesk set up with that API.</source>
        <translation>Esta venta se cobró con la otra API de Mercado Pago. Devuélvala desde el panel de Mercado Pago o desde un PointDesk configurado con esa API.</translation>
    </message>
    <message>
        <source>That sale is not in this computer&apos;s sales record.</source>
        <translation>Esa venta no está en el registro de ventas de esta computadora.</translation>
    </message>
    <message>
        <source>Only a paid sale can be refunded. This one was not paid, so no money needs to go back.</source>
        <translation>Solo se puede devolver una venta pagada. Esta no se pagó, así que no hay dinero que devolver.</translation>
    </message>
    <message>
        <source>This sale has no Mercado Pago payment number, so it cannot be refunded from PointDesk. Refund it from the Mercado Pago panel.</source>
        <translation>Esta venta no tiene número de pago de Mercado Pago, así que no se puede devolver desde PointDesk. Devuélvala desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>A refund of this sale is still on its way. Wait until it is settled before refunding again.</source>
        <translation>Todavía hay una devolución de esta venta en curso. Espere a que se confirme antes de devolver otra vez.</translation>
    </message>
    <message>
        <source>This sale was refunded in full already: nothing is left to give back.</source>
        <translation>Esta venta ya se devolvió por completo: no queda nada por devolver.</translation>
    </message>
    <message>
        <source>That is more than is left to give back. At most %1 can be refunded.</source>
        <translation>Eso es más de lo que queda por devolver. Se puede devolver como máximo %1.</translation>
    </message>
    <message>
        <source>This account&apos;s Mercado Pago API refunds only the whole amount. Refund in full, or refund part of it from the Mercado Pago panel.</source>
        <translation>La API de Mercado Pago de esta cuenta solo devuelve el monto completo. Devuelva todo, o una parte desde el panel de Mercado Pago.</translation>
    </message>
    <message>
        <source>Enter a refund amount above zero that %1 can pay out exactly.</source>
        <translation>Ingrese un monto de devolución mayor que cero que se pueda pagar exactamente en %1.</translation>
    </message>
    <message>
        <source>The sales record cannot be read or written right now, so nothing was refunded. Check the disk and try again.</source>
        <translation>Ahora no se puede leer ni escribir el registro de ventas, así que no se devolvió nada. Revise el disco e intente de nuevo.</translation>
    </message>
    <message>
        <source>The refund&apos;s answer did not arrive. PointDesk keeps it and asks again with the same request, which Mercado Pago never carries out twice. Do not refund this sale again.</source>
        <translation>No llegó la respuesta de la devolución. PointDesk la guarda y vuelve a preguntar con el mismo pedido, que Mercado Pago nunca ejecuta dos veces. No vuelva a devolver esta venta.</translation>
    </message>
    <message numerus="yes">
        <source>This sale is older than Mercado Pago&apos;s refund window of %n days, so it cannot be refunded from PointDesk. Refund it from the Mercado Pago panel.</source>
        <translation>
            <numerusform>Esta venta es anterior al plazo de devolución de Mercado Pago de %n día, así que no se puede devolver desde PointDesk. Devuélvala desde el panel de Mercado Pago.</numerusform>
            <numerusform>Esta venta es anterior al plazo de devolución de Mercado Pago de %n días, así que no se puede devolver desde PointDesk. Devuélvala desde el panel de Mercado Pago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveDeviceCommand</name>
    <message>
        <source>Remove a terminal from the account. When a manager PIN is set,
reads it from standard input first, like logout.</source>
        <translation>Quita una terminal de la cuenta. Si hay un PIN de encargado,
primero lo lee de la entrada estándar, como logout.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; removed from the account.</source>
        <translation>Terminal &quot;%1&quot; quitada de la cuenta.</translation>
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
        <translation>El informe de cierre de caja de un día (por omisión: hoy) o de los
días de --from a --to, hora local: ventas pagadas y sus montos por
tipo de tarjeta y por terminal, devoluciones (hechas, y en curso
aparte), neto, las ventas rechazadas y canceladas (se cuentan, nunca
como dinero), las ventas abiertas o desconocidas por nombre, el
dinero cobrado por hora y las ventas de un día cerrado que cambiaron
después del cierre. Su dinero es el del historial. Un día cerrado
muestra el informe con que se cerró. No necesita token ni red.
--json: un documento, cada monto en centavos enteros (&quot;..._cents&quot;)
y la &quot;currency&quot; de la cuenta. --pdf ARCHIVO: además escribe el
informe como PDF (A4 o Carta, según el país) e indica dónde.
--close: cierra el día (un solo día, después del PIN de encargado si
hay uno, leído de la entrada estándar como en logout); un día se
cierra una sola vez.</translation>
    </message>
    <message>
        <source>Give either --day or --from and --to, not both.</source>
        <translation>Indique --day o --from y --to, no ambos.</translation>
    </message>
    <message>
        <source>A range needs both --from and --to.</source>
        <translation>Un rango necesita --from y --to.</translation>
    </message>
    <message>
        <source>--close closes one day: give it with --day (default: today).</source>
        <translation>--close cierra un día: indíquelo con --day (por omisión: hoy).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2: give the first day with --from and the last day with --to.</source>
        <translation>--to %1 es anterior a --from %2: indique el primer día con --from y el último con --to.</translation>
    </message>
    <message>
        <source>%1 has not come yet: only today or an earlier day can be closed.</source>
        <translation>El %1 todavía no llegó: solo se puede cerrar hoy o un día anterior.</translation>
    </message>
    <message>
        <source>--pdf needs the name of the file to write.</source>
        <translation>--pdf necesita el nombre del archivo a escribir.</translation>
    </message>
    <message>
        <source>This run cannot write a PDF (it was started without Qt&apos;s graphical part).</source>
        <translation>Esta ejecución no puede escribir un PDF (se inició sin la parte gráfica de Qt).</translation>
    </message>
    <message>
        <source>%1 is already closed (on %2 by %3); a day is closed only once.</source>
        <translation>El %1 ya está cerrado (el %2 por %3); un día se cierra una sola vez.</translation>
    </message>
    <message>
        <source>%1 is closed now.</source>
        <translation>El %1 quedó cerrado.</translation>
    </message>
    <message>
        <source>The report was saved as a PDF: %1</source>
        <translation>El informe se guardó como PDF: %1</translation>
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
        <translation>--store: el informe de toda la tienda, desde la base de datos de la
tienda (PostgreSQL, configurada con &quot;store setup&quot;), con el dinero
cobrado por caja y la caja de cada venta abierta; --day, --from /
--to, --json y --pdf funcionan como arriba. --counter: solo esa caja
(su nombre, sin importar mayúsculas ni acentos, o su id). Los días
se cierran en cada caja, no en la tienda: --close no va con --store.
Si no se puede llegar a la tienda: sale con 14, y el informe sin
--store sigue funcionando.</translation>
    </message>
    <message>
        <source>--counter names one of the store&apos;s counters: give it with --store.</source>
        <translation>--counter nombra una de las cajas de la tienda: úselo con --store.</translation>
    </message>
    <message>
        <source>A day is closed at its counter, not in the store: --close does not go with --store.</source>
        <translation>Un día se cierra en su caja, no en la tienda: --close no va con --store.</translation>
    </message>
</context>
<context>
    <name>SalesRecordDialogs</name>
    <message>
        <source>Enter the manager PIN to refund a sale.</source>
        <translation>Ingrese el PIN de encargado para devolver una venta.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to close the day.</source>
        <translation>Ingrese el PIN de encargado para cerrar el día.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Todavía no se guardó nada.</translation>
    </message>
    <message>
        <source>Result of saving</source>
        <translation>Resultado del guardado</translation>
    </message>
    <message>
        <source>&amp;Keep it for this session only</source>
        <translation>Guardarlo solo en esta &amp;sesión</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Guardar el token solo en esta sesión</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <source>• The access token %1 is kept in memory only, until PointDesk quits.</source>
        <translation>• El token de acceso %1 se guarda solo en memoria, hasta que se cierre PointDesk.</translation>
    </message>
    <message>
        <source>• The access token %1 goes to this computer&apos;s keychain, and nowhere else.</source>
        <translation>• El token de acceso %1 va al llavero de esta computadora, y a ningún otro lugar.</translation>
    </message>
    <message>
        <source>• The manager PIN already set on this computer stays as it is.</source>
        <translation>• El PIN de encargado que ya hay en esta computadora queda como está.</translation>
    </message>
    <message>
        <source>• The manager PIN is kept as a salted hash, next to the token.</source>
        <translation>• El PIN del encargado se guarda como hash con sal, junto al token.</translation>
    </message>
    <message>
        <source>• The API address %1 goes to PointDesk&apos;s settings.</source>
        <translation>• La dirección de la API %1 va a la configuración de PointDesk.</translation>
    </message>
    <message>
        <source>Press Save to finish. PointDesk then charges on the account&apos;s terminals.</source>
        <translation>Presione Guardar para terminar. Después PointDesk cobra en las terminales de la cuenta.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Currency the account charges in</source>
        <translation>Moneda en la que cobra la cuenta</translation>
    </message>
    <message>
        <source>Account &amp;currency:</source>
        <translation>&amp;Moneda de la cuenta:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the access token</source>
        <translation>Configurar el token de acceso</translation>
    </message>
    <message>
        <source>Set up PointDesk</source>
        <translation>Configurar PointDesk</translation>
    </message>
    <message>
        <source>Try &amp;demo mode instead</source>
        <translation>Probar el modo &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Try demo mode instead</source>
        <translation>Probar el modo demo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
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
            <numerusform>El nombre del comercio es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>El nombre del comercio es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s name has characters that cannot be printed (control or direction characters).</source>
        <translation>El nombre del comercio tiene caracteres que no se pueden imprimir (de control o de dirección).</translation>
    </message>
    <message numerus="yes">
        <source>The address is too long: at most %n characters.</source>
        <translation>
            <numerusform>La dirección es demasiado larga: como máximo %n carácter.</numerusform>
            <numerusform>La dirección es demasiado larga: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The address has too many lines: at most %n.</source>
        <translation>
            <numerusform>La dirección tiene demasiadas líneas: como máximo %n.</numerusform>
            <numerusform>La dirección tiene demasiadas líneas: como máximo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address has characters that cannot be printed (control or direction characters).</source>
        <translation>La dirección tiene caracteres que no se pueden imprimir (de control o de dirección).</translation>
    </message>
    <message numerus="yes">
        <source>The tax id is too long: at most %n characters.</source>
        <translation>
            <numerusform>La identificación fiscal es demasiado larga: como máximo %n carácter.</numerusform>
            <numerusform>La identificación fiscal es demasiado larga: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tax id has characters that cannot be printed (control or direction characters).</source>
        <translation>La identificación fiscal tiene caracteres que no se pueden imprimir (de control o de dirección).</translation>
    </message>
</context>
<context>
    <name>ShopDetailsBox</name>
    <message>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
    <message>
        <source>Shop name on receipts</source>
        <translation>Nombre del comercio en los comprobantes</translation>
    </message>
    <message>
        <source>Shop address on receipts</source>
        <translation>Dirección del comercio en los comprobantes</translation>
    </message>
    <message>
        <source>Shop tax id on receipts</source>
        <translation>Identificación fiscal del comercio en los comprobantes</translation>
    </message>
    <message>
        <source>Paper for receipts</source>
        <translation>Papel de los comprobantes</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Hoja A4</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Hoja carta</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>Rollo de comprobantes de 80 mm</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nombre del comercio:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Ta&amp;x id:</source>
        <translation>Identificación &amp;fiscal:</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>&amp;Papel del comprobante:</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>timed out after %1 s while %2</source>
        <translation>se agotó el tiempo después de %1 s mientras %2</translation>
    </message>
    <message>
        <source>Smoke test</source>
        <translation>Prueba rápida</translation>
    </message>
    <message>
        <source>the cashier window or the demo terminal went away while %1</source>
        <translation>la ventana de caja o la terminal demo desaparecieron mientras %1</translation>
    </message>
    <message>
        <source>the cashier window has no terminal list</source>
        <translation>la ventana de caja no tiene lista de terminales</translation>
    </message>
    <message>
        <source>could not select the terminal %1</source>
        <translation>no se pudo seleccionar la terminal %1</translation>
    </message>
    <message>
        <source>the cashier window has no amount or description field</source>
        <translation>la ventana de caja no tiene campo de monto o de descripción</translation>
    </message>
    <message>
        <source>the cashier window has no Charge button</source>
        <translation>la ventana de caja no tiene botón Cobrar</translation>
    </message>
    <message>
        <source>the order did not reach the terminal: %1</source>
        <translation>el cobro no llegó a la terminal: %1</translation>
    </message>
    <message>
        <source>the virtual terminal shows no %1</source>
        <translation>la terminal virtual no muestra %1</translation>
    </message>
    <message>
        <source>the order %1 was not paid: %2</source>
        <translation>el cobro %1 no se pagó: %2</translation>
    </message>
    <message>
        <source>the panel says Paid but shows no payment for order %1</source>
        <translation>el panel dice Pagado pero no muestra ningún pago del cobro %1</translation>
    </message>
    <message>
        <source>smoke test passed: order %1 paid (%2), %3 ms</source>
        <translation>prueba rápida superada: cobro %1 pagado (%2), %3 ms</translation>
    </message>
    <message>
        <source>the panel says Paid but the terminal has no approved payment for order %1</source>
        <translation>el panel dice Pagado pero la terminal no tiene ningún pago aprobado del cobro %1</translation>
    </message>
    <message>
        <source>the terminal received another sale than the one typed: %1</source>
        <translation>la terminal recibió una venta distinta de la que se escribió: %1</translation>
    </message>
    <message>
        <source>the panel does not show the payment %1</source>
        <translation>el panel no muestra el pago %1</translation>
    </message>
    <message>
        <source>smoke test passed: order %1 paid, payment %2 (%3 ms)</source>
        <translation>prueba rápida superada: cobro %1 pagado, pago %2 (%3 ms)</translation>
    </message>
    <message>
        <source>waiting for the terminals</source>
        <translation>se esperaban las terminales</translation>
    </message>
    <message>
        <source>waiting for the Charge button to be enabled</source>
        <translation>se esperaba que se habilitara el botón Cobrar</translation>
    </message>
    <message>
        <source>waiting for the order to reach %1</source>
        <translation>se esperaba que el cobro llegara a %1</translation>
    </message>
    <message>
        <source>waiting for order %1 to show Paid</source>
        <translation>se esperaba que el cobro %1 apareciera como Pagado</translation>
    </message>
    <message>
        <source>smoke test failed: %1</source>
        <translation>prueba rápida fallida: %1</translation>
    </message>
</context>
<context>
    <name>StatusBadges</name>
    <message>
        <source>Show the &amp;virtual terminal</source>
        <translation>Mostrar la terminal virt&amp;ual</translation>
    </message>
    <message>
        <source>Show the virtual terminal</source>
        <translation>Mostrar la terminal virtual</translation>
    </message>
    <message>
        <source>DEMO · simulated terminals, no real money</source>
        <translation>DEMO · terminales simuladas, sin dinero real</translation>
    </message>
    <message>
        <source>Token for this session only</source>
        <translation>Token solo para esta sesión</translation>
    </message>
    <message>
        <source>The access token is kept for this session only</source>
        <translation>El token de acceso se guarda solo para esta sesión</translation>
    </message>
    <message>
        <source>This computer has no keychain: the access token is kept in memory and forgotten when PointDesk quits.</source>
        <translation>Esta computadora no tiene llavero: el token de acceso se guarda en memoria y se olvida al cerrar PointDesk.</translation>
    </message>
    <message>
        <source>◆ Manager</source>
        <translation>◆ Encargado</translation>
    </message>
    <message>
        <source>Manager mode is on</source>
        <translation>El modo encargado está activo</translation>
    </message>
    <message>
        <source>Manager mode is on. It ends by itself after a few minutes without use.</source>
        <translation>El modo encargado está activo. Termina solo después de unos minutos sin uso.</translation>
    </message>
    <message>
        <source>End manager mode</source>
        <translation>Salir del modo encargado</translation>
    </message>
    <message>
        <source>&amp;Virtual terminal</source>
        <translation>Terminal virt&amp;ual</translation>
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
        <translation>Muestra en qué estado está un cobro.</translation>
    </message>
    <message>
        <source>Order %1: %2 (%3).</source>
        <translation>Cobro %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Payment: %1 (%2).</source>
        <translation>Pago: %1 (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>External reference: %1</source>
        <translation>Referencia externa: %1</translation>
    </message>
    <message>
        <source>Payer e-mail: %1</source>
        <translation>E-mail del cliente: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>ACTION &quot;setup&quot;: where the store database is and what this counter
is called there (after the manager PIN, when one is set). The
connection uses TLS unless the host is this computer.</source>
        <translation>ACTION &quot;setup&quot;: dónde está la base de datos de la tienda y cómo se
llama allí esta caja (tras el PIN de encargado, si hay uno). La
conexión usa TLS salvo que el servidor sea este equipo.</translation>
    </message>
    <message>
        <source>Only &quot;store setup&quot; takes options.</source>
        <translation>Solo &quot;store setup&quot; admite opciones.</translation>
    </message>
    <message>
        <source>store setup needs --host, --database and --user.</source>
        <translation>store setup necesita --host, --database y --user.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>El puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>This counter now sends its sales to %1 on %2:%3 as %4.</source>
        <translation>Esta caja envía ahora sus ventas a %1 en %2:%3 como %4.</translation>
    </message>
    <message>
        <source>Save the role&apos;s password with &quot;pointdesk-cli store password&quot; when it has one.</source>
        <translation>Si el rol tiene contraseña, guárdela con &quot;pointdesk-cli store password&quot;.</translation>
    </message>
    <message>
        <source>Type the store database password and press Enter:</source>
        <translation>Escriba la contraseña de la base de datos de la tienda y pulse Intro:</translation>
    </message>
    <message>
        <source>That is too long for a password: give it on one line.</source>
        <translation>Es demasiado largo para una contraseña: escríbala en una sola línea.</translation>
    </message>
    <message>
        <source>Could not read the password from standard input: %1</source>
        <translation>No se pudo leer la contraseña de la entrada estándar: %1</translation>
    </message>
    <message>
        <source>No store database password is saved now.</source>
        <translation>Ya no hay ninguna contraseña de la base de datos de la tienda guardada.</translation>
    </message>
    <message>
        <source>The store database password is saved in the system keychain.</source>
        <translation>La contraseña de la base de datos de la tienda está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Store database: %1 on %2:%3 as %4 (%5).</source>
        <translation>Base de datos de la tienda: %1 en %2:%3 como %4 (%5).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obligatorio</translation>
    </message>
    <message>
        <source>Counter: %1 (id %2).</source>
        <translation>Caja: %1 (id %2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Changes waiting: %1.</source>
        <translation>Cambios en espera: %1.</translation>
    </message>
    <message>
        <source>Last push: %1.</source>
        <translation>Último envío: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Changes sent: %1. The store database is up to date.</source>
        <translation>Cambios enviados: %1. La base de datos de la tienda está al día.</translation>
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
        <translation>La base de datos de la tienda (PostgreSQL) a la que esta caja envía sus ventas.
ACTION &quot;status&quot;: cómo está (la tienda, esta caja, los cambios
en espera, el último envío y el último error). &quot;push&quot;: envía
ahora lo que espera. &quot;password&quot;: lee la contraseña de la tienda
de la entrada estándar y la guarda en el llavero (una línea vacía la quita).
&quot;new-id&quot;: registra esta caja como una caja nueva en la tienda (un
id nuevo, el mismo nombre), tras el PIN del encargado: para una caja
cuyo registro de ventas se empezó de nuevo y que la tienda rechaza.</translation>
    </message>
    <message>
        <source>Unknown store action &quot;%1&quot;: use status, push, setup, password or new-id.</source>
        <translation>Acción de tienda desconocida &quot;%1&quot;: use status, push, setup, password o new-id.</translation>
    </message>
    <message>
        <source>This counter is registered as a new counter in the store: id %1. Its sales are sent under the new id from the next push; the sales sent before stay in the store under the old one.</source>
        <translation>Esta caja quedó registrada como una caja nueva en la tienda: id %1. Sus ventas se envían con el id nuevo desde el próximo envío; las ventas enviadas antes quedan en la tienda con el anterior.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>The store database is up to date.</source>
        <translation>La base de datos de la tienda está al día.</translation>
    </message>
    <message>
        <source>No store database is set up for this counter.</source>
        <translation>Esta caja no tiene configurada ninguna base de datos de la tienda.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>El controlador de PostgreSQL para Qt no está instalado (paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The store database cannot be reached. Sales are kept on this counter and sent when it is back.</source>
        <translation>No se puede acceder a la base de datos de la tienda. Las ventas se guardan en esta caja y se envían cuando vuelva.</translation>
    </message>
    <message>
        <source>The store database refused the connection: check the user, the password and the database name.</source>
        <translation>La base de datos de la tienda rechazó la conexión: revise el usuario, la contraseña y el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>The store database was set up by a newer PointDesk. Update PointDesk on this counter.</source>
        <translation>La base de datos de la tienda fue creada por un PointDesk más reciente. Actualice PointDesk en esta caja.</translation>
    </message>
    <message>
        <source>The sales record of this counter could not be read.</source>
        <translation>No se pudo leer el registro de ventas de esta caja.</translation>
    </message>
    <message>
        <source>The store database did not take the sales.</source>
        <translation>La base de datos de la tienda no aceptó las ventas.</translation>
    </message>
    <message>
        <source>The store database already holds another sales record under this counter&apos;s id: this counter&apos;s record was started anew. Nothing is sent until the manager checks the store.</source>
        <translation>La base de datos de la tienda ya tiene otro registro de ventas con el id de esta caja: el registro de esta caja se empezó de nuevo. No se envía nada hasta que el encargado revise la tienda.</translation>
    </message>
    <message>
        <source>The store&apos;s counters charge in more than one currency: choose one counter to add up its sales.</source>
        <translation>Las cajas de la tienda cobran en más de una moneda: elija una caja para sumar sus ventas.</translation>
    </message>
    <message>
        <source>The sales could not be read from the store database.</source>
        <translation>No se pudieron leer las ventas de la base de datos de la tienda.</translation>
    </message>
</context>
<context>
    <name>StoreIndicator</name>
    <message>
        <source>Store database</source>
        <translation>Base de datos de la tienda</translation>
    </message>
    <message>
        <source>Store: up to date</source>
        <translation>Tienda: al día</translation>
    </message>
    <message numerus="yes">
        <source>Store: %n waiting</source>
        <translation>
            <numerusform>Tienda: %n pendiente</numerusform>
            <numerusform>Tienda: %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Tienda: sin conexión</translation>
    </message>
    <message>
        <source>Store: offline - sales are kept here and sent when it is back</source>
        <translation>Tienda: sin conexión - las ventas se guardan aquí y se envían cuando vuelva</translation>
    </message>
    <message>
        <source>Store: refused</source>
        <translation>Tienda: rechazado</translation>
    </message>
    <message>
        <source>Store: refused - %1</source>
        <translation>Tienda: rechazado - %1</translation>
    </message>
    <message>
        <source>check the user, the password and the database in Preferences</source>
        <translation>revise el usuario, la contraseña y la base de datos en Preferencias</translation>
    </message>
    <message>
        <source>update PointDesk on this counter</source>
        <translation>actualice PointDesk en esta caja</translation>
    </message>
    <message>
        <source>this counter&apos;s sales record was started anew: a manager registers it as a new counter in Preferences, Store</source>
        <translation>el registro de ventas de esta caja se empezó de nuevo: un encargado la registra como caja nueva en Preferencias, Tienda</translation>
    </message>
    <message>
        <source>install the PostgreSQL driver (libqt6sql6-psql)</source>
        <translation>instale el controlador de PostgreSQL (libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>this counter&apos;s sales record cannot be read</source>
        <translation>no se puede leer el registro de ventas de esta caja</translation>
    </message>
    <message>
        <source>the store database is not set up</source>
        <translation>la base de datos de la tienda no está configurada</translation>
    </message>
    <message>
        <source>the store database did not take the sales</source>
        <translation>la base de datos de la tienda no aceptó las ventas</translation>
    </message>
    <message>
        <source>Last sent to the store: %1</source>
        <translation>Último envío a la tienda: %1</translation>
    </message>
    <message>
        <source>Nothing sent to the store since PointDesk started.</source>
        <translation>No se envió nada a la tienda desde que se inició PointDesk.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
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
        <translation>Puerto</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>counter name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>The %1 holds a control character (a tab or a line break, for one): type it again.</source>
        <extracomment>%1 is a field of the form: host, port, database, user, password or counter name.</extracomment>
        <translation>El campo &quot;%1&quot; tiene un carácter de control (una tabulación o un salto de línea, por ejemplo): escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>El puerto es un número de 1 a 65535 (el habitual de PostgreSQL es 5432).</translation>
    </message>
    <message>
        <source>Type the host of the store database, or clear the other fields to keep the sales on this counter only.</source>
        <translation>Escriba el servidor de la base de datos de la tienda, o borre los demás campos para guardar las ventas solo en esta caja.</translation>
    </message>
    <message>
        <source>Type the name of the store database.</source>
        <translation>Escriba el nombre de la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>Type the user (the PostgreSQL role) PointDesk connects as.</source>
        <translation>Escriba el usuario (el rol de PostgreSQL) con el que se conecta PointDesk.</translation>
    </message>
    <message>
        <source>With a store database (PostgreSQL), every sale of this counter is also sent there, so that the store has one record of all its counters. Sales are kept here first: the counter goes on charging while the store database is down.</source>
        <translation>Con una base de datos de la tienda (PostgreSQL), cada venta de esta caja también se envía allí, para que la tienda tenga un solo registro de todas sus cajas. Las ventas se guardan primero aquí: la caja sigue cobrando mientras la base de datos de la tienda no responde.</translation>
    </message>
    <message>
        <source>Only the manager changes the store database.</source>
        <translation>Solo el encargado cambia la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>Change with the manager &amp;PIN…</source>
        <translation>Cambiar con el P&amp;IN del encargado…</translation>
    </message>
    <message>
        <source>Host of the store database</source>
        <translation>Servidor de la base de datos de la tienda</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 (empty: no store database)</source>
        <translation>p. ej. 192.168.1.10 (vacío: sin base de datos de la tienda)</translation>
    </message>
    <message>
        <source>Port of the store database</source>
        <translation>Puerto de la base de datos de la tienda</translation>
    </message>
    <message>
        <source>Name of the store database</source>
        <translation>Nombre de la base de datos de la tienda</translation>
    </message>
    <message>
        <source>User of the store database</source>
        <translation>Usuario de la base de datos de la tienda</translation>
    </message>
    <message>
        <source>Password of the store database</source>
        <translation>Contraseña de la base de datos de la tienda</translation>
    </message>
    <message>
        <source>Name of this counter in the store</source>
        <translation>Nombre de esta caja en la tienda</translation>
    </message>
    <message>
        <source>e.g. Counter 2</source>
        <translation>p. ej. Caja 2</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>Counter &amp;name:</source>
        <translation>Nombre de la c&amp;aja:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Stop using a store data&amp;base</source>
        <translation>&amp;Dejar de usar una base de datos de la tienda</translation>
    </message>
    <message>
        <source>Re&amp;gister as a new counter</source>
        <translation>Registrar como caja &amp;nueva</translation>
    </message>
    <message>
        <source>When the store refuses this counter because its sales record was started anew, register it as a new counter: it keeps its name, gets a new id, and sends its sales again under that id.</source>
        <translation>Cuando la tienda rechaza esta caja porque su registro de ventas se empezó de nuevo, regístrela como caja nueva: conserva su nombre, recibe un id nuevo y vuelve a enviar sus ventas con ese id.</translation>
    </message>
    <message>
        <source>Save to stop sending this counter&apos;s sales to the store database.</source>
        <translation>Guarde para dejar de enviar las ventas de esta caja a la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>No store database: the sales stay on this counter.</source>
        <translation>Sin base de datos de la tienda: las ventas quedan en esta caja.</translation>
    </message>
    <message>
        <source>The store database is on another computer: the connection is encrypted (TLS is required).</source>
        <translation>La base de datos de la tienda está en otra computadora: la conexión va cifrada (se exige TLS).</translation>
    </message>
    <message>
        <source>The store database is on this computer: no encryption (TLS) is needed.</source>
        <translation>La base de datos de la tienda está en esta computadora: no hace falta cifrado (TLS).</translation>
    </message>
    <message>
        <source>Saved: leave empty to keep it</source>
        <translation>Guardada: deje vacío para conservarla</translation>
    </message>
    <message>
        <source>None saved (a role without a password)</source>
        <translation>Ninguna guardada (un rol sin contraseña)</translation>
    </message>
    <message>
        <source>Reached the store database. It is empty: PointDesk sets it up at the first sale sent.</source>
        <translation>Se accedió a la base de datos de la tienda. Está vacía: PointDesk la prepara con la primera venta enviada.</translation>
    </message>
    <message>
        <source>Reached the store database (schema version %1).</source>
        <translation>Se accedió a la base de datos de la tienda (versión del esquema %1).</translation>
    </message>
    <message>
        <source>Connecting to the store database…</source>
        <translation>Conectando con la base de datos de la tienda…</translation>
    </message>
    <message>
        <source>This counter is registered as a new counter (id %1). It sends its sales under the new id from now on.</source>
        <translation>Esta caja quedó registrada como caja nueva (id %1). Desde ahora envía sus ventas con el id nuevo.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>No se pudo guardar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>StoreReadAccess</name>
    <message>
        <source>Read one counter with --counter NAME.</source>
        <translation>Lea una sola caja con --counter NOMBRE.</translation>
    </message>
    <message>
        <source>This counter&apos;s own record still works: run &quot;pointdesk-cli %1&quot; without --store.</source>
        <translation>El registro propio de esta caja sigue funcionando: ejecute &quot;pointdesk-cli %1&quot; sin --store.</translation>
    </message>
    <message>
        <source>The store has no counter named &quot;%1&quot;: no counter sent sales yet.</source>
        <translation>La tienda no tiene ninguna caja llamada &quot;%1&quot;: ninguna caja envió ventas todavía.</translation>
    </message>
    <message>
        <source>The store has no counter named &quot;%1&quot;. Its counters: %2.</source>
        <translation>La tienda no tiene ninguna caja llamada &quot;%1&quot;. Sus cajas: %2.</translation>
    </message>
</context>
<context>
    <name>StoreSalesReader</name>
    <message>
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
</context>
<context>
    <name>TerminalModeCommand</name>
    <message>
        <source>Switch a terminal&apos;s operating mode (Orders API): pdv takes orders
from PointDesk, standalone charges without it. Restart the terminal
afterwards. When a manager PIN is set, reads it from standard input
first, like remove-device.</source>
        <translation>Cambia el modo de operación de una terminal (API de Orders): pdv
recibe cobros de PointDesk, standalone cobra sin él. Reinicie la
terminal después. Si hay un PIN de encargado, primero lo lee de la
entrada estándar, como remove-device.</translation>
    </message>
    <message>
        <source>The operating mode must be pdv or standalone, not &quot;%1&quot;.</source>
        <translation>El modo de operación debe ser pdv o standalone, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; now takes orders from PointDesk (PDV mode). Restart the terminal.</source>
        <translation>La terminal &quot;%1&quot; ahora recibe cobros de PointDesk (modo PDV). Reinicie la terminal.</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; now charges on its own (standalone mode). Restart the terminal.</source>
        <translation>La terminal &quot;%1&quot; ahora cobra por su cuenta (modo standalone). Reinicie la terminal.</translation>
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
        <translation>Modo independiente (standalone)</translation>
    </message>
    <message>
        <source>Mode not set up</source>
        <translation>Modo sin configurar</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;</source>
        <extracomment>%1 is the mode exactly as Mercado Pago sent it.</extracomment>
        <translation>Modo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is in standalone mode: it charges on its own and cannot take orders from PointDesk. A manager can switch it to PDV mode (then restart the terminal), or choose another terminal.</source>
        <translation>%1 está en modo independiente (standalone): cobra por su cuenta y no puede recibir cobros de PointDesk. Un encargado puede pasarla a modo PDV (y luego reiniciar la terminal), o elija otra terminal.</translation>
    </message>
    <message>
        <source>%1 has no operating mode set up, so it cannot take orders from PointDesk. Set it to PDV mode in Mercado Pago, or choose another terminal.</source>
        <translation>%1 no tiene un modo de operación configurado, así que no puede recibir cobros de PointDesk. Configúrela en modo PDV en Mercado Pago, o elija otra terminal.</translation>
    </message>
    <message>
        <source>Mercado Pago reports %1 in a mode PointDesk does not know (&quot;%2&quot;), so PointDesk sends it no orders. Choose another terminal.</source>
        <translation>Mercado Pago informa %1 en un modo que PointDesk no conoce (&quot;%2&quot;), así que PointDesk no le envía cobros. Elija otra terminal.</translation>
    </message>
</context>
<context>
    <name>TerminalMonitor</name>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Not updated since %1.</source>
        <translation>Sin actualizar desde las %1.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Todavía no se cargó.</translation>
    </message>
    <message>
        <source>Mercado Pago refused the saved access token (401 Unauthorized) at %1. It may have been renewed or revoked: paste the shop&apos;s current access token.</source>
        <translation>Mercado Pago rechazó el token de acceso guardado (401 Unauthorized) a las %1. Puede que se haya renovado o revocado: pegue el token de acceso actual del negocio.</translation>
    </message>
</context>
<context>
    <name>TerminalTools</name>
    <message>
        <source>Refreshing the terminals…</source>
        <translation>Actualizando las terminales…</translation>
    </message>
    <message>
        <source>Rename terminal</source>
        <translation>Renombrar terminal</translation>
    </message>
    <message>
        <source>Name for %1 on this computer (empty: show its id):</source>
        <translation>Nombre para %1 en esta computadora (vacío: mostrar su id):</translation>
    </message>
    <message>
        <source>Switching %1 to PDV mode…</source>
        <translation>Pasando %1 a modo PDV…</translation>
    </message>
    <message>
        <source>%1 is now in PDV mode. Restart the terminal so that it takes orders from PointDesk.</source>
        <translation>%1 ya está en modo PDV. Reinicie la terminal para que reciba cobros de PointDesk.</translation>
    </message>
    <message>
        <source>%1 could not be switched to PDV mode: %2</source>
        <translation>No se pudo pasar %1 a modo PDV: %2</translation>
    </message>
</context>
<context>
    <name>TokenBanner</name>
    <message>
        <source>Mercado Pago refused the access token</source>
        <translation>Mercado Pago rechazó el token de acceso</translation>
    </message>
    <message>
        <source>PointDesk cannot list the terminals or charge until the access token is set up again. A manager can do it now: press Set up the token again, enter the manager PIN and paste the shop&apos;s current access token (Mercado Pago Developers, Your integrations, Credentials).</source>
        <translation>PointDesk no puede listar las terminales ni cobrar hasta que se vuelva a configurar el token de acceso. Un encargado puede hacerlo ahora: presione Volver a configurar el token, ingrese el PIN del encargado y pegue el token de acceso actual del negocio (Mercado Pago Developers, Tus integraciones, Credenciales).</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Token de acceso rechazado</translation>
    </message>
    <message>
        <source>Set up the token again…</source>
        <translation>Volver a configurar el token…</translation>
    </message>
    <message>
        <source>Set up the access token again; also in Account &gt; Replace the access token</source>
        <translation>Volver a configurar el token de acceso; también en Cuenta &gt; Reemplazar el token de acceso</translation>
    </message>
    <message>
        <source>Try again (F5)</source>
        <translation>Reintentar (F5)</translation>
    </message>
    <message>
        <source>Try the access token again (F5)</source>
        <translation>Probar el token de acceso otra vez (F5)</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Set up the access token again</source>
        <translation>Volver a configurar el token de acceso</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>El token de acceso</translation>
    </message>
    <message>
        <source>PointDesk checks the token with Mercado Pago before saving anything.</source>
        <translation>PointDesk verifica el token con Mercado Pago antes de guardar nada.</translation>
    </message>
    <message>
        <source>Paste the production access token of the shop&apos;s Mercado Pago account (Mercado Pago Developers, Your integrations, Production credentials). It usually starts with APP_USR-.</source>
        <translation>Pegue el token de acceso de producción de la cuenta de Mercado Pago del negocio (Mercado Pago Developers, Tus integraciones, Credenciales de producción). Suele empezar con APP_USR-.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
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
        <translation>Mostrar el token de acceso</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>Show the advanced settings</source>
        <translation>Mostrar la configuración avanzada</translation>
    </message>
    <message>
        <source>Mercado Pago API address</source>
        <translation>Dirección de la API de Mercado Pago</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Result of the token check</source>
        <translation>Resultado de la verificación del token</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
    <message>
        <source>The token saved now: %1</source>
        <translation>El token guardado ahora: %1</translation>
    </message>
    <message>
        <source>Set when PointDesk was started (--api-base or POINTDESK_API_BASE).</source>
        <translation>Definida al iniciar PointDesk (--api-base o POINTDESK_API_BASE).</translation>
    </message>
    <message>
        <source>Leave %1 unless you test with a sandbox or the simulator. Only https, or http to this computer.</source>
        <translation>Deje %1, salvo que pruebe con un sandbox o el simulador. Solo https, o http hacia esta computadora.</translation>
    </message>
    <message>
        <source>Checking the token with Mercado Pago…</source>
        <translation>Verificando el token con Mercado Pago…</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No access token is saved on this computer yet.</source>
        <translation>Todavía no hay ningún token de acceso guardado en esta computadora.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock the keychain (or allow PointDesk to use it) and try again.</source>
        <translation>El llavero del sistema negó el acceso. Desbloquee el llavero (o permita que PointDesk lo use) e intente de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, restart the computer&apos;s keyring service.</source>
        <translation>El llavero del sistema informó un error. Intente de nuevo; si sigue pasando, reinicie el servicio de llavero de la computadora.</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so PointDesk cannot keep the access token safely. On Linux, install and start a Secret Service such as GNOME Keyring (package gnome-keyring) or KWallet, then sign in again.</source>
        <translation>Esta computadora no tiene servicio de llavero, así que PointDesk no puede guardar el token de acceso de forma segura. En Linux, instale e inicie un Secret Service como GNOME Keyring (paquete gnome-keyring) o KWallet, y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain is not answering. It may be waiting for you to unlock it (look for a password prompt), or the keyring service may be stuck. Try again in a moment; if it keeps happening, restart the keyring service or the computer.</source>
        <translation>El llavero del sistema no responde. Puede estar esperando que usted lo desbloquee (busque una ventana que pida la contraseña), o el servicio del llavero puede estar trabado. Vuelva a intentarlo en un momento; si sigue pasando, reinicie el servicio del llavero o la computadora.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a description: the customer sees it on the terminal.</source>
        <translation>Ingrese una descripción: el cliente la ve en la terminal.</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks or tabs.</source>
        <translation>La descripción no puede tener saltos de línea ni tabulaciones.</translation>
    </message>
    <message>
        <source>The description is too long: %1 characters, at most %2.</source>
        <translation>La descripción es demasiado larga: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>Choose the terminal that takes the payment.</source>
        <translation>Elija la terminal que recibe el pago.</translation>
    </message>
    <message>
        <source>The terminal name contains characters that are not allowed.</source>
        <translation>El nombre de la terminal tiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>The terminal name is too long: at most %1 characters.</source>
        <translation>El nombre de la terminal es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The external reference cannot be blank or contain line breaks or tabs.</source>
        <translation>La referencia externa no puede estar en blanco ni tener saltos de línea o tabulaciones.</translation>
    </message>
    <message>
        <source>The external reference is too long: at most %1 characters.</source>
        <translation>La referencia externa es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The notification URL is too long: at most %1 characters.</source>
        <translation>La URL de notificación es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The notification URL must be a full address, like https://shop.example/notify.</source>
        <translation>La URL de notificación debe ser una dirección completa, por ejemplo https://negocio.ejemplo/aviso.</translation>
    </message>
    <message>
        <source>The payer e-mail is not a valid address, like name@example.com.</source>
        <translation>El e-mail del cliente no es una dirección válida, como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>The order number must be a positive whole number.</source>
        <translation>El número de cobro debe ser un número entero positivo.</translation>
    </message>
    <message>
        <source>The user id is the number of your Mercado Pago account, digits only.</source>
        <translation>El id de usuario es el número de su cuenta de Mercado Pago, solo dígitos.</translation>
    </message>
    <message>
        <source>The external reference may only contain letters without accents, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>La referencia externa solo puede tener letras sin acentos, dígitos, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The order must expire between 30 seconds and 3 hours after it is sent.</source>
        <translation>El cobro debe vencer entre 30 segundos y 3 horas después de enviarse.</translation>
    </message>
    <message>
        <source>The notification URL must be an address Mercado Pago can reach from the internet, not this computer.</source>
        <translation>La URL de notificación debe ser una dirección que Mercado Pago pueda alcanzar desde internet, no esta computadora.</translation>
    </message>
    <message>
        <source>The notification URL must start with https://.</source>
        <translation>La URL de notificación debe empezar con https://.</translation>
    </message>
</context>
<context>
    <name>VirtualTerminal</name>
    <message>
        <source>Virtual terminal — DEMO</source>
        <translation>Terminal virtual — DEMO</translation>
    </message>
    <message>
        <source>Virtual terminal</source>
        <translation>Terminal virtual</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Screen of %1</source>
        <translation>Pantalla de %1</translation>
    </message>
    <message>
        <source>Approve the payment on %1</source>
        <translation>Aprobar el pago en %1</translation>
    </message>
    <message>
        <source>Decline the card on %1</source>
        <translation>Rechazar la tarjeta en %1</translation>
    </message>
    <message>
        <source>The customer cancels on %1</source>
        <translation>El cliente cancela en %1</translation>
    </message>
    <message>
        <source>Tap, insert or swipe the card</source>
        <translation>Acerque, inserte o deslice la tarjeta</translation>
    </message>
    <message>
        <source>Mercado Pago Point</source>
        <translation>Mercado Pago Point</translation>
    </message>
    <message>
        <source>Ready — no order</source>
        <translation>Lista — sin cobro</translation>
    </message>
    <message>
        <source>Last: %1 paid (payment %2)</source>
        <translation>Último: %1 pagado (pago %2)</translation>
    </message>
    <message>
        <source>Last: %1 declined</source>
        <translation>Último: %1 rechazado</translation>
    </message>
    <message>
        <source>Last: %1 cancelled by the customer</source>
        <translation>Último: %1 cancelado por el cliente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You are the customer: approve, decline or cancel the order on its terminal. Esc goes back to the cashier window.</source>
        <translation>Usted es el cliente: apruebe, rechace o cancele el cobro en su terminal. Esc vuelve a la ventana de caja.</translation>
    </message>
    <message>
        <source>You are the customer: answer the cashier&apos;s charges here. Esc goes back to the cashier.</source>
        <translation>Usted es el cliente: responda aquí a los cobros de la caja. Esc vuelve a la caja.</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Customer &amp;cancels</source>
        <translation>El cliente &amp;cancela</translation>
    </message>
    <message>
        <source>order to pay</source>
        <translation>cobro a pagar</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>The demo account has no terminals left. Start PointDesk in demo mode again to get the demo terminals back.</source>
        <translation>A la cuenta demo no le quedan terminales. Vuelva a abrir PointDesk en modo demo para recuperar las terminales demo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smoke test failed: a smoke test against %1 needs the simulator&apos;s token in POINTDESK_TOKEN</source>
        <translation>prueba rápida fallida: una prueba rápida contra %1 necesita el token del simulador en POINTDESK_TOKEN</translation>
    </message>
    <message>
        <source>order %1 is on %2</source>
        <translation>el cobro %1 está en %2</translation>
    </message>
</context>
</TS>
