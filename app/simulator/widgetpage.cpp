#include "widgetpage.h"

#include <QStringList>

namespace relink {

namespace {

// What the page says, in one locale (UTF-8).
struct Texts
{
    const char *lang;
    const char *title;
    const char *standIn;
    const char *bank; // %1: the bank's name
    const char *askPassword;
    const char *passwordLabel;
    const char *askToken;
    const char *tokenLabel;
    const char *askApproval;
    const char *send;
    const char *continueLabel;
    const char *wrongPassword;
    const char *wrongToken;
    const char *done;
    const char *doneDetail;
    const char *expired;
    const char *expiredDetail;
    const char *used;
    const char *usedDetail;
};

const Texts kEnglish{
    "en",
    "Belvo Connect (Relink demo stand-in)",
    "This page stands in for Belvo's Connect widget, for training and tests. It is not Belvo: "
    "what you type here goes only to the Relink simulator on this computer.",
    "Bank: %1",
    "Enter your online banking password to reconnect your account.",
    "Password",
    "Enter the code your bank sent you.",
    "Code from your bank",
    "Approve the login in your bank's app, then press Continue.",
    "Reconnect",
    "Continue",
    "The bank did not accept this password. Check it and try again.",
    "The bank did not accept this code. Enter the latest code your bank sent you.",
    "Done — you can close this page",
    "Your bank account is connected again.",
    "This link has expired",
    "Ask the support agent for a new one.",
    "This link has already been used",
    "Your account was already reconnected with it. If something is still wrong, ask the support "
    "agent for a new one.",
};

const Texts kSpanish{
    "es",
    "Belvo Connect (sustituto de demostración de Relink)",
    "Esta página sustituye al widget Connect de Belvo, para formación y pruebas. No es Belvo: lo "
    "que escribas aquí solo llega al simulador de Relink en esta computadora.",
    "Banco: %1",
    "Escribe la contraseña de tu banca en línea para volver a conectar tu cuenta.",
    "Contraseña",
    "Escribe el código que te envió tu banco.",
    "Código de tu banco",
    "Aprueba el inicio de sesión en la app de tu banco y luego pulsa Continuar.",
    "Volver a conectar",
    "Continuar",
    "El banco no aceptó esta contraseña. Revísala e inténtalo de nuevo.",
    "El banco no aceptó este código. Escribe el código más reciente que te envió tu banco.",
    "Listo — ya puedes cerrar esta página",
    "Tu cuenta bancaria está conectada de nuevo.",
    "Este enlace ha caducado",
    "Pide uno nuevo al agente de soporte.",
    "Este enlace ya se usó",
    "Tu cuenta ya se volvió a conectar con él. Si algo sigue fallando, pide uno nuevo al agente "
    "de soporte.",
};

const Texts kPortuguese{
    "pt-BR",
    "Belvo Connect (substituto de demonstração do Relink)",
    "Esta página substitui o widget Connect da Belvo, para treinamento e testes. Não é a Belvo: o "
    "que você digitar aqui vai apenas para o simulador do Relink neste computador.",
    "Banco: %1",
    "Digite a senha do seu internet banking para reconectar sua conta.",
    "Senha",
    "Digite o código que seu banco enviou.",
    "Código do seu banco",
    "Aprove o acesso no app do seu banco e depois clique em Continuar.",
    "Reconectar",
    "Continuar",
    "O banco não aceitou esta senha. Confira e tente novamente.",
    "O banco não aceitou este código. Digite o código mais recente que seu banco enviou.",
    "Pronto — você pode fechar esta página",
    "Sua conta bancária está conectada novamente.",
    "Este link expirou",
    "Peça um novo ao agente de suporte.",
    "Este link já foi usado",
    "Sua conta já foi reconectada com ele. Se algo ainda estiver errado, peça um novo ao agente de "
    "suporte.",
};

const Texts &texts(const QString &locale)
{
    if (locale == QLatin1StringView("es"))
        return kSpanish;
    if (locale == QLatin1StringView("pt"))
        return kPortuguese;
    return kEnglish;
}

QString text(const char *utf8)
{
    return WidgetPage::escaped(QString::fromUtf8(utf8));
}

// Plain, readable, high-contrast; the browser's own focus ring is kept.
const char *const kStyle =
    "body{font:1.05rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#f4f5f7;margin:0}"
    "main{max-width:32rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}"
    "h1{font-size:1.4rem;margin-top:0}.note{color:#3d3d3d;border-left:4px solid #b58900;"
    "padding-left:.75rem}label{display:block;font-weight:600;margin-top:1rem}"
    "input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;margin:.25rem 0 1rem}"
    "button{font:inherit;padding:.5rem 1.25rem}"
    ".error{color:#8b0000;background:#fdecea;padding:.5rem .75rem;border-radius:4px}";

QString hidden(const char *name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
        .arg(QLatin1StringView(name), WidgetPage::escaped(value));
}

// A labelled field, described by the error when the last value was refused.
QString field(const char *name, const char *label, const QString &type, const QString &autocomplete,
              bool rejected)
{
    const QString id = QLatin1StringView(name);
    QString attrs = QStringLiteral(" required autofocus");
    if (rejected)
        attrs += QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"error\"");
    return QStringLiteral("<label for=\"%1\">%2</label>\n<input id=\"%1\" name=\"%1\" type=\"%3\" "
                          "autocomplete=\"%4\"%5>\n")
        .arg(id, text(label), type, autocomplete, attrs);
}

QString form(const WidgetPage::Content &c, const Texts &t)
{
    QString html;
    if (c.rejected) {
        const char *error = c.kind == WidgetPage::Kind::Password ? t.wrongPassword : t.wrongToken;
        html += QStringLiteral("<p id=\"error\" class=\"error\" role=\"alert\">%1</p>\n")
                    .arg(text(error));
    }
    html += QStringLiteral("<form method=\"post\" action=\"/widget/\">\n") +
            hidden(WidgetPage::kAccessTokenField, c.accessToken) +
            hidden(WidgetPage::kLocaleField, c.locale);
    const char *button = t.send;
    switch (c.kind) {
    case WidgetPage::Kind::Password:
        html += QStringLiteral("<p>%1</p>\n").arg(text(t.askPassword)) +
                field(WidgetPage::kPasswordField, t.passwordLabel, QStringLiteral("password"),
                      QStringLiteral("current-password"), c.rejected);
        break;
    case WidgetPage::Kind::Token:
        html += QStringLiteral("<p>%1</p>\n").arg(text(t.askToken)) +
                field(WidgetPage::kTokenField, t.tokenLabel, QStringLiteral("text"),
                      QStringLiteral("one-time-code"), c.rejected);
        break;
    default: // Approve
        html += QStringLiteral("<p>%1</p>\n").arg(text(t.askApproval));
        button = t.continueLabel;
        break;
    }
    return html +
           QStringLiteral("<button type=\"submit\">%1</button>\n</form>\n").arg(text(button));
}

QString outcome(const char *heading, const char *detail)
{
    return QStringLiteral("<h2 role=\"status\">%1</h2>\n<p>%2</p>\n")
        .arg(text(heading), text(detail));
}

} // namespace

QString WidgetPage::locale(const QString &requested)
{
    const QString primary =
        requested.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return primary == QLatin1StringView("es") || primary == QLatin1StringView("pt")
               ? primary
               : QStringLiteral("en");
}

QString WidgetPage::title(const QString &locale)
{
    return QString::fromUtf8(texts(locale).title);
}

QByteArray WidgetPage::html(const Content &c)
{
    const Texts &t = texts(c.locale);
    QString body;
    if (!c.institution.isEmpty())
        body += QStringLiteral("<p>%1</p>\n")
                    .arg(text(t.bank).arg(
                        QStringLiteral("<strong>%1</strong>").arg(escaped(c.institution))));
    switch (c.kind) {
    case Kind::Password:
    case Kind::Token:
    case Kind::Approve:
        body += form(c, t);
        break;
    case Kind::Done:
        body += outcome(t.done, t.doneDetail);
        break;
    case Kind::Expired:
        body += outcome(t.expired, t.expiredDetail);
        break;
    case Kind::Used:
        body += outcome(t.used, t.usedDetail);
        break;
    }
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n<main>\n"
                       "<h1>%2</h1>\n<p class=\"note\">%4</p>\n%5</main>\n</body>\n</html>\n")
            .arg(QLatin1StringView(t.lang), text(t.title), QLatin1StringView(kStyle),
                 text(t.standIn), body);
    return page.toUtf8();
}

QString WidgetPage::escaped(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    return out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

} // namespace relink
