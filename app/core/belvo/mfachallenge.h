#pragma once

#include <QString>

namespace relink {

enum class TokenType { Numeric, Text, Qr, Inputless, Unknown };

// The body of an HTTP 428 token_required answer.
struct MfaChallenge
{
    QString code;
    QString message;
    QString requestId;
    QString session;
    QString link;
    int expirySeconds = -1; // -1: the server did not say (or said nonsense)
    bool hasTokenGenerationData = false;
    QString instructions;
    QString typeName; // as the server spelled it
    TokenType type = TokenType::Unknown;
    QString value;
    bool expectsUserInput = true;
};

} // namespace relink
