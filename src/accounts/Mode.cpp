#include "src/accounts/Mode.h"

namespace accounts {

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Sandbox:
        return QStringLiteral("sandbox");
    case Mode::Test:
        return QStringLiteral("test");
    case Mode::Live:
        return QStringLiteral("live");
    }
    return {};
}

std::optional<Mode> modeFromName(QStringView name)
{
    for (const Mode mode : {Mode::Sandbox, Mode::Test, Mode::Live})
        if (name == modeName(mode))
            return mode;
    return std::nullopt;
}

} // namespace accounts
