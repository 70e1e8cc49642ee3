using Mapster;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

public static class TalentFullView
{
    /// <summary>The unmasked view. Callers must have the right to it and must audit the read.</summary>
    public static TalentDto ToFullDto(this Talent talent, IPersonalDataProtector protector) =>
        talent.Adapt<TalentDto>() with
        {
            IdentityNumber = protector.Decrypt(talent.IdentityNumber.Ciphertext),
            Phone = protector.Decrypt(talent.Phone.Ciphertext),
            PersonalInformationMasked = false,
        };

    public static readonly IReadOnlyList<string> FullyReadFields = ["identityNumber", "phone"];
}
