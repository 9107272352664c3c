#pragma once

#include <QByteArray>
#include <QString>

namespace relink {

// The pages of the simulator's stand-in for Belvo's hosted widget (GET and POST /widget/):
// small, self-contained, accessible HTML (no script, no external resource) in English, Spanish
// or Portuguese. Its texts are literals per locale: this is the simulator's page, standing in for
// Belvo's, not the app's own user interface.
struct WidgetPage
{
    enum class Kind {
        Password, // the form asks for the bank password
        Token,    // the form asks for the code the bank sent
        Approve,  // approve the login in the bank's app, then Continue
        Done,     // the link is valid again
        Expired,  // the access token is unknown or expired
        Used,     // the access token was already spent
    };

    struct Content
    {
        Kind kind = Kind::Expired;
        QString locale;        // "en", "es" or "pt"
        QString institution;   // the bank's name, shown when not empty
        QString accessToken;   // the form's hidden access_token field
        bool rejected = false; // the value sent last was not accepted
    };

    // The form's field names.
    static constexpr const char *kAccessTokenField = "access_token";
    static constexpr const char *kLocaleField = "locale";
    static constexpr const char *kPasswordField = "password";
    static constexpr const char *kTokenField = "token";

    // The page's locale for the one asked for: "es", "pt" (also "pt-BR", "pt_BR"), else "en".
    static QString locale(const QString &requested);
    // The page's title (and main heading) in this locale.
    static QString title(const QString &locale);
    static QByteArray html(const Content &content);
    // Text made safe to put into HTML, in an element or a quoted attribute.
    static QString escaped(const QString &text);
};

} // namespace relink
