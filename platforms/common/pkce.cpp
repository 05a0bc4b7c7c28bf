#include "pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace travelflow {

namespace {

// RFC 7636 section 4.1: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kUnreservedCount = static_cast<int>(sizeof(kUnreserved)) - 1; // 66

bool isUnreserved(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'.' || u == u'_' || u == u'~';
}

} // namespace

PkcePair Pkce::generate(PkceEncoding encoding, int length)
{
    length = qBound(kMinVerifierLength, length, kMaxVerifierLength);
    QString verifier;
    verifier.reserve(length);
    // Rejection sampling keeps every character equally likely: only bytes below the
    // largest multiple of 66 that fits in a byte are used.
    constexpr int kLimit = (256 / kUnreservedCount) * kUnreservedCount; // 198
    QRandomGenerator *random = QRandomGenerator::system();
    std::array<quint32, 16> block{};
    while (verifier.size() < length) {
        random->fillRange(block.data(), static_cast<qsizetype>(block.size()));
        for (const quint32 word : block) {
            for (int shift = 0; shift < 32 && verifier.size() < length; shift += 8) {
                const int byte = static_cast<int>((word >> shift) & 0xffU);
                if (byte < kLimit)
                    verifier.append(QLatin1Char(kUnreserved[byte % kUnreservedCount]));
            }
        }
    }
    return PkcePair{verifier, challengeFor(verifier, encoding)};
}

QString Pkce::challengeFor(const QString &verifier, PkceEncoding encoding)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256);
    switch (encoding) {
    case PkceEncoding::Hex: return QString::fromLatin1(digest.toHex());
    case PkceEncoding::Base64Url: break;
    }
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < kMinVerifierLength || verifier.size() > kMaxVerifierLength)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}

QString Pkce::randomState()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           static_cast<qsizetype>(words.size() * sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace travelflow
