#pragma once

#include <QString>

namespace travelflow {

// A failure the user may see: `message` says what happened and what to do next, in the
// user's language. It never contains secrets. `code` is a stable machine-readable tag
// for scripts (CLI --json) and tests.
struct Error
{
    enum class Kind {
        Usage, // the caller asked for something invalid (CLI exit 2)
        Validation, // input data breaks a rule (CLI exit 2)
        NotFound,
        Io, // disk or file trouble
        Storage, // database trouble
        Locked, // another process holds the profile
        Keychain, // the OS keychain refused or is missing
        Media, // a file is not a usable video
        Internal,
    };

    Kind kind = Kind::Internal;
    QString code;
    QString message;

    static Error make(Kind kind, const QString &code, const QString &message)
    {
        return Error{kind, code, message};
    }
};

} // namespace travelflow
