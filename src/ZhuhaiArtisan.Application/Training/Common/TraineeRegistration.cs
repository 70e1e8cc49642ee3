using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>A trainee named by identity document: found by keyed hash, or registered as registration by someone else does.</summary>
public static class TraineeRegistration
{
    public static (IdentityDocumentType Type, string Number, string Hash) Identify(IPersonalDataProtector protector, TraineeInput trainee)
    {
        var type = trainee.DocumentType!.Value;
        var number = IdentityDocumentRules.Normalize(trainee.IdentityNumber!);
        return (type, number, TalentIdentity.Hash(protector, type, number));
    }

    /// <summary>The fields a new talent needs that the trainee lacks (camelCase names).</summary>
    public static IEnumerable<string> MissingForRegistration(TraineeInput trainee)
    {
        if (string.IsNullOrWhiteSpace(trainee.Name))
        {
            yield return "name";
        }

        if (string.IsNullOrWhiteSpace(trainee.Phone))
        {
            yield return "phone";
        }

        if (string.IsNullOrWhiteSpace(trainee.ResidenceDistrictCode))
        {
            yield return "residenceDistrictCode";
        }

        if (trainee.Origin is null)
        {
            yield return "origin";
        }
    }

    /// <summary>
    /// A talent registered by an enrolment, on the training contract between the person and the
    /// institution (PIPL art. 13(2)), whether the institution or 技行珠海 on its behalf records it.
    /// </summary>
    public static Talent Register(TraineeInput trainee, IdentityDocumentType type, string number, string hash, IPersonalDataProtector protector, ICurrentUser user, DateTimeOffset now) =>
        TalentRegistration.NewTalent(
            new RegisterTalentCommand(trainee.Name!.Trim(), type, number, trainee.Phone, trainee.ResidenceDistrictCode, trainee.Origin, null, null, null, null, null, null),
            type,
            number,
            hash,
            employerId: null,
            schoolId: null,
            accountSubject: null,
            protector,
            TalentRecordKeeping.ProvenanceOf(user, LegalBasis.ContractPerformance, now));
}
