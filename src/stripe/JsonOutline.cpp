#include "src/stripe/JsonOutline.h"

namespace stripe {

namespace {

// The grammar below follows Qt's own JSON parser (qjsonparser.cpp) rule for rule, including its
// leniencies (a byte order mark, control characters and unknown escapes inside strings, ".5"),
// because a row the outline accepts is later built by QJsonDocument::fromJson and must not fail
// there. tst_jsonoutline checks the two agree on thousands of damaged pages.
class Scanner
{
public:
    explicit Scanner(QByteArrayView body)
        : m_begin(reinterpret_cast<const uchar *>(body.data()))
        , m_at(m_begin)
        , m_end(m_begin + body.size())
    { }

    bool outline(JsonOutline &out)
    {
        // A UTF-8 byte order mark, as Qt skips it.
        if (m_end - m_at > 3 && m_at[0] == 0xef && m_at[1] == 0xbb && m_at[2] == 0xbf)
            m_at += 3;
        if (nextToken() != '{' || !topLevelObject(out))
            return false;
        eatSpace();
        return m_at == m_end;
    }

private:
    static constexpr int nestingLimit = 1024; // Qt's

    enum class Capture { None, Top, Data, Element };

    bool eatSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
        return m_at < m_end;
    }

    // The next structural character, consumed; 0 for anything else (also consumed) or the end.
    uchar nextToken()
    {
        if (!eatSpace())
            return 0;
        const uchar token = *m_at++;
        switch (token) {
        case '[':
        case '{':
        case ':':
        case ',':
        case ']':
        case '}':
        case '"':
            return token;
        default:
            return 0;
        }
    }

    // The top-level object: its "error", "data", "has_more" and "next_page" members are noted.
    // As in Qt, a repeated name counts once, with its last value.
    bool topLevelObject(JsonOutline &out)
    {
        return object([&](QByteArrayView name) -> bool {
            const uchar *valueStart = m_at;
            if (name == "data") {
                out.data.clear();
                out.hasData = *m_at == '[';
                if (out.hasData) {
                    ++m_at;
                    return dataArray(out);
                }
                return value();
            }
            if (!value())
                return false;
            const QByteArrayView text(valueStart, m_at - valueStart);
            if (name == "error") {
                out.hasError = true;
            } else if (name == "has_more") {
                out.hasMore = text == "true";
            } else if (name == "next_page") {
                out.nextPage.clear();
                if (text.startsWith('"')) {
                    const QByteArrayView page = text.sliced(1, text.size() - 2);
                    if (page.contains('\\'))
                        return declined();
                    out.nextPage = QString::fromUtf8(page);
                }
            }
            return true;
        });
    }

    // The list's objects: where each one is, and its id.
    bool dataArray(JsonOutline &out)
    {
        return array([&] {
            JsonOutline::Element element;
            element.begin = m_at - m_begin;
            element.isObject = *m_at == '{';
            if (element.isObject) {
                ++m_at;
                const bool ok = object([&](QByteArrayView name) -> bool {
                    if (name != "id")
                        return value();
                    const uchar *start = m_at;
                    if (!value())
                        return false;
                    element.id.clear();
                    if (*start == '"') {
                        const QByteArrayView id(start + 1, m_at - start - 2);
                        if (id.contains('\\'))
                            return declined();
                        element.id = QString::fromUtf8(id);
                    }
                    return true;
                });
                if (!ok)
                    return false;
            } else if (!value()) {
                return false;
            }
            element.end = m_at - m_begin;
            out.data.append(element);
            return true;
        });
    }

    // Valid perhaps, but not something the outline can be sure of: Qt's parser decides.
    static bool declined() { return false; }

    // object = begin-object [ member *( value-separator member ) ] end-object, after the '{'.
    // member(name) reads the value, positioned on its first character.
    template<typename Member>
    bool object(Member member)
    {
        if (++m_nesting > nestingLimit)
            return false;
        uchar token = nextToken();
        while (token == '"') {
            const uchar *nameStart = m_at;
            if (!string())
                return false;
            const QByteArrayView name(nameStart, m_at - nameStart - 1);
            if (name.contains('\\'))
                return declined(); // Qt would compare the unescaped name
            if (nextToken() != ':' || !eatSpace() || !member(name))
                return false;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return false;
        }
        if (token != '}')
            return false;
        --m_nesting;
        return true;
    }

    // array = begin-array [ value *( value-separator value ) ] end-array, after the '['.
    template<typename Element>
    bool array(Element element)
    {
        if (++m_nesting > nestingLimit)
            return false;
        if (!eatSpace())
            return false;
        if (*m_at == ']') {
            ++m_at;
        } else {
            while (true) {
                if (!eatSpace() || !element())
                    return false;
                const uchar token = nextToken();
                if (token == ']')
                    break;
                if (token != ',')
                    return false;
            }
        }
        --m_nesting;
        return true;
    }

    bool literal(const char *rest, qsizetype needed)
    {
        // Qt asks for this many bytes after the first letter, one more than the word needs.
        if (m_end - m_at < needed)
            return false;
        for (; *rest; ++rest, ++m_at)
            if (*m_at != uchar(*rest))
                return false;
        return true;
    }

    // Any value, positioned on its first character.
    bool value()
    {
        switch (*m_at++) {
        case 'n':
            return literal("ull", 4);
        case 't':
            return literal("rue", 4);
        case 'f':
            return literal("alse", 5);
        case '"':
            return string();
        case '[':
            return array([this] { return value(); });
        case '{':
            return object([this](QByteArrayView) { return value(); });
        case ',':
        case '}':
        case ']':
            return false;
        default:
            --m_at;
            return number();
        }
    }

    bool number()
    {
        const uchar *start = m_at;
        bool isInt = true;
        const auto digits = [this] {
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        };
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        const uchar *firstDigit = m_at;
        if (m_at < m_end && *m_at == '0')
            ++m_at;
        else
            digits();
        const qsizetype intDigits = m_at - firstDigit;
        if (m_at < m_end && *m_at == '.') {
            isInt = false;
            ++m_at;
            digits();
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            isInt = false;
            ++m_at;
            if (m_at < m_end && (*m_at == '-' || *m_at == '+'))
                ++m_at;
            digits();
        }
        if (m_at >= m_end)
            return false;
        // Ids' timestamps and amounts: plain integers that cannot overflow a 64-bit one.
        if (isInt && intDigits > 0 && intDigits <= 18)
            return true;
        // Anything else is judged by the conversions Qt's parser uses.
        const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(start), m_at - start);
        bool ok = false;
        if (isInt) {
            text.toLongLong(&ok);
            if (ok)
                return true;
        }
        text.toDouble(&ok);
        return ok;
    }

    // A string, after its opening quote: valid UTF-8, escapes well formed; ends after the quote.
    bool string()
    {
        while (m_at < m_end) {
            const uchar c = *m_at;
            if (c == '"')
                break;
            if (c == '\\') {
                ++m_at;
                if (m_at >= m_end)
                    return false;
                if (*m_at++ == 'u') {
                    if (m_at > m_end - 4)
                        return false;
                    for (int i = 0; i < 4; ++i, ++m_at)
                        if (!isHexDigit(*m_at))
                            return false;
                }
                continue;
            }
            if (c < 0x80) {
                ++m_at;
                continue;
            }
            if (!utf8Character())
                return false;
        }
        ++m_at;
        return m_at < m_end; // as in Qt, the document cannot end right after a string
    }

    static bool isHexDigit(uchar c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // One multi-byte UTF-8 character: no overlong forms, no surrogates, nothing past U+10FFFF.
    bool utf8Character()
    {
        const uchar lead = *m_at;
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (m_end - m_at < length)
            return false;
        if (m_at[1] < low || m_at[1] > high)
            return false;
        for (int i = 2; i < length; ++i)
            if (m_at[i] < 0x80 || m_at[i] > 0xbf)
                return false;
        m_at += length;
        return true;
    }

    const uchar *m_begin;
    const uchar *m_at;
    const uchar *m_end;
    int m_nesting = 0;
};

} // namespace

JsonOutline JsonOutline::of(QByteArrayView body)
{
    JsonOutline out;
    Scanner scanner(body);
    if (!scanner.outline(out))
        return {};
    out.isObject = true;
    return out;
}

} // namespace stripe
