using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.Common;

public static class TalentIdentity
{
    /// <summary>
    /// The lookup hash of a normalised number: over the document type and the number's match key,
    /// so a renewed travel permit still finds its holder.
    /// </summary>
    public static string Hash(IPersonalDataProtector protector, IdentityDocumentType type, string normalizedNumber) =>
        protector.LookupHash($"{type}|{IdentityDocumentRules.MatchKey(type, normalizedNumber)}");
}
