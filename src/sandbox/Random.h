#pragma once

#include <QString>

#include <cstdint>

namespace sandbox {

// SplitMix64: a small, fast generator whose sequence depends on nothing but the seed — not on
// the Qt or libstdc++ version — so that --seed N always makes the same demo data.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // In [0, bound).
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }
    // Stripe-like id: prefix and 24 letters and digits.
    QString id(const QString &prefix)
    {
        static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QString text = prefix;
        for (int i = 0; i < 24; ++i)
            text += QLatin1Char(alphabet[below(62)]);
        return text;
    }

private:
    quint64 m_state;
};

} // namespace sandbox
