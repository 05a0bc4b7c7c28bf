#pragma once

#include <QString>

namespace travelflow {

// How a platform wants the S256 code challenge written down.
enum class PkceEncoding {
    Base64Url, // RFC 7636: base64url of SHA-256, no padding (Google, Facebook)
    Hex, // TikTok Login Kit for Desktop: SHA-256 as 64 lower-case hex characters
};

struct PkcePair
{
    QString verifier;
    QString challenge;
};

// PKCE verifiers and OAuth `state` values. Both come from the system CSPRNG and are made
// fresh for every authorization attempt; the state is independent of the verifier so that
// nothing seen in the browser's address bar helps to guess the verifier.
class Pkce
{
public:
    static constexpr int kMinVerifierLength = 43;
    static constexpr int kMaxVerifierLength = 128;

    // A new verifier of `length` unreserved characters ([A-Za-z0-9-._~]; clamped to
    // 43..128 as RFC 7636 requires) and its S256 challenge in the given encoding.
    static PkcePair generate(PkceEncoding encoding, int length = 64);

    // The S256 challenge of `verifier`.
    static QString challengeFor(const QString &verifier, PkceEncoding encoding);

    // True when `verifier` has a valid length and only unreserved characters.
    static bool isValidVerifier(const QString &verifier);

    // A new `state`: 256 random bits, base64url without padding (43 characters).
    static QString randomState();
};

} // namespace travelflow
