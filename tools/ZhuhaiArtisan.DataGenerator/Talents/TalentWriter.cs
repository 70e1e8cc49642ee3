using System.Text.Json;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.Modules;
using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.DataGenerator.Samples;
using ZhuhaiArtisan.DataGenerator.Sqlite;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// Talents with their skill certificates, then appointments and honours for some of the
/// high-skilled. Each talent is built as RegisterTalentCommandHandler builds it (Talent.Register;
/// the identity number and phone encrypted with the API's protector, the number found by
/// TalentIdentity.Hash, both masked by Mask) and written in the columns of TalentConfiguration.
/// </summary>
internal sealed class TalentWriter : IModuleWriter
{
    /// <summary>About 5 % of the registry are vocational students (the policy's 92,000 of a workforce in the millions).</summary>
    private const double StudentShare = 0.05;

    private const double EmployedShare = 0.74;

    private static readonly string[] TalentColumns =
    [
        "Id", "Name", "DocumentType", "IdentityNumberHash", "BirthDate", "ResidenceDistrictCode", "Origin", "EmployerId", "SchoolId",
        "Major", "GraduationDate", "JobSeekingStatus", "WishedOccupationCodes", "WishedDistrictCodes", "WishedMonthlyWageMin",
        "WishedMonthlyWageMax", "ConsentsToMatching", "AccountSubject", "Version", "IdentityNumberCiphertext", "IdentityNumberMasked",
        "PhoneCiphertext", "PhoneMasked", "LegalBasis", "RecordedAt", "RecordedBy", "RecordedByOrganizationId", "RecordedByRole",
    ];

    private static readonly string[] CertificateColumns =
    [
        "Id", "TalentId", "OccupationCode", "SkillLevelCode", "CertificateNumber", "IssuingBody", "IssuedOn", "Route", "RecognizedBy",
        "LegalBasis", "RecordedAt", "RecordedBy", "RecordedByOrganizationId", "RecordedByRole",
    ];

    // As the API writes document types in JSON (kebab-case), for the sample file.
    private static readonly Dictionary<IdentityDocumentType, string> DocumentTypeNames =
        Enum.GetValues<IdentityDocumentType>().ToDictionary(t => t, t => JsonNamingPolicy.KebabCaseLower.ConvertName(t.ToString()));

    public string Module => "talents";

    public IReadOnlyList<string> Tables => ["Talents", "SkillCertificates", "Appointments", "Honours"];

    public void Write(GenerationContext context, BulkLoadSession session, CancellationToken cancellationToken)
    {
        var random = context.RandomFor(Module);
        var count = context.Options.Talents;
        var people = new PersonFactory(context.Options.AsOf);
        var skills = new SkillHistoryFactory(context);
        var allocator = new CertificateAllocator(context.Options.Certificates, count);
        var districts = new WeightedChoice<string>(context.Reference.Districts.Select(d => (d.Code, DistrictPopulation.ShareOf(d.Code))));
        var hengqin = context.Reference.Districts.Any(d => d.Code == "ZH-HQ") ? "ZH-HQ" : null;
        var highSkilled = new List<HighSkillTalent>();

        using var talents = session.Inserter("Talents", TalentColumns);
        using var certificates = session.Inserter("SkillCertificates", CertificateColumns);
        using (var phase = context.Progress.Phase("talents and skill certificates", count, () => session.RowsWritten))
        {
            for (var i = 0; i < count; i++)
            {
                if (i % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var recordedAt = context.Timeline.TalentRecorded(i, count, random);
                var id = new TalentId(SeededGuids.Version7(recordedAt, random));
                var student = random.Chance(StudentShare);
                var person = people.Create(random, student);
                var school = student ? context.Organizations.NextSchool(random) : null;
                var employer = !student && random.Chance(EmployedShare)
                    ? random.Chance(0.97) ? context.Organizations.NextEnterprise(random) : context.Organizations.NextSchool(random) // teachers
                    : null;
                var situation = new TalentSituation(id, person, employer, school, recordedAt);

                var residence = employer is not null && random.Chance(0.65) ? employer.DistrictCode
                    : school is not null && random.Chance(0.5) ? school.DistrictCode
                    : person.FromHongKongOrMacao && hengqin is not null && random.Chance(0.5) ? hengqin
                    : districts.Next(random);
                var history = skills.Create(random, situation, student, allocator.Next(random, Propensity(person, student, employer, context.Options.AsOf)));
                var talent = Register(context, random, situation, student, residence, history, skills.Occupations, districts);

                InsertTalent(talents, talent);
                context.TalentIds.Add(id.Value);
                foreach (var certificate in history.Certificates)
                {
                    InsertCertificate(certificates, certificate);
                    if (context.Samples.Certificates.TryTake(out var slot))
                    {
                        context.Samples.Certificates.Put(slot, new CertificateSample(certificate.CertificateNumber, talent.Name));
                    }
                }

                if (history.TopLevel is { IsHighSkill: true } top)
                {
                    highSkilled.Add(new HighSkillTalent(id, top.Rank, history.TopOccupation!, employer, residence, recordedAt));
                }

                Sample(context.Samples, talent, person, employer, school);
                phase.Advance();
            }
        }

        context.Counts["talents"] = talents.Rows;
        context.Counts["skillCertificates"] = certificates.Rows;
        new RecognitionWriter(context, context.RandomFor("talents/recognitions")).Write(session, highSkilled, cancellationToken);
    }

    private static Talent Register(
        GenerationContext context, Random random, TalentSituation situation, bool student, string residence, SkillHistory history,
        OccupationChoice occupations, WeightedChoice<string> districts)
    {
        var (person, employer, school, recordedAt) = (situation.Person, situation.Employer, situation.School, situation.RecordedAt);
        var protector = context.Protector;
        var type = person.DocumentType;
        var number = person.IdentityNumber;

        // Who registered them decides the legal basis (RegisterTalentCommandHandler.WhoRegistersAsync).
        var byThemself = random.Chance(student ? 0.2 : employer is not null ? 0.25 : 0.55);
        var account = byThemself || random.Chance(0.15) ? SeededGuids.Version7(recordedAt, random).ToString() : null;
        var provenance = byThemself ? Recorders.Self(account!, recordedAt)
            : school is not null ? Recorders.Institution(school, recordedAt)
            : employer is not null && random.Chance(0.87) ? Recorders.Enterprise(employer, recordedAt)
            : Recorders.City(recordedAt);

        var wishes = Wishes(random, student, employer, school, history, residence, occupations, districts, context.Options.AsOf);
        var consents = random.Chance(wishes.Status switch
        {
            JobSeekingStatus.Seeking => 0.9,
            JobSeekingStatus.OpenToOffers => 0.75,
            _ => 0.2,
        });

        return Talent.Register(
            situation.Id,
            person.Name,
            type,
            new ProtectedValue(protector.Encrypt(number), Mask.IdentityNumber(number)),
            TalentIdentity.Hash(protector, type, number),
            IdentityDocumentRules.BirthDateOf(type, number),
            new ProtectedValue(protector.Encrypt(person.Phone), Mask.Phone(person.Phone)),
            residence,
            person.Origin,
            employer is null ? null : new OrganizationId(employer.Id),
            school is null ? null : new OrganizationId(school.Id),
            school is null ? null : Majors.For(random, school.Clusters),
            school is null ? null : GraduationDate(random, context.Options.AsOf),
            wishes,
            consents,
            account,
            provenance);
    }

    /// <summary>Three-year programmes end on 30 June; the student is in one of the three years.</summary>
    private static DateOnly GraduationDate(Random random, DateOnly asOf)
    {
        var intake = asOf.Month >= 9 ? asOf.Year : asOf.Year - 1;
        return new DateOnly(intake - random.Next(3) + 3, 6, 30);
    }

    private static JobWishes Wishes(
        Random random, bool student, GeneratedOrganization? employer, GeneratedOrganization? school, SkillHistory history, string residence,
        OccupationChoice occupations, WeightedChoice<string> districts, DateOnly asOf)
    {
        var status = random.NextDouble() switch
        {
            < 0.35 when student => JobSeekingStatus.Seeking,
            < 0.60 when student => JobSeekingStatus.OpenToOffers,
            < 0.05 when employer is not null => JobSeekingStatus.Seeking,
            < 0.18 when employer is not null => JobSeekingStatus.OpenToOffers,
            < 0.45 when employer is null && !student => JobSeekingStatus.Seeking,
            < 0.65 when employer is null && !student => JobSeekingStatus.OpenToOffers,
            _ => JobSeekingStatus.NotSeeking,
        };
        if (status == JobSeekingStatus.NotSeeking)
        {
            return JobWishes.None;
        }

        var clusters = (employer ?? school)?.Clusters ?? [];
        var wishedOccupations = new List<string>();
        if (history.TopOccupation is { } main)
        {
            wishedOccupations.Add(main.Code);
        }

        for (var extra = random.Next(wishedOccupations.Count == 0 ? 1 : 0, 3); extra > 0; extra--)
        {
            wishedOccupations.Add(occupations.Next(random, clusters).Code);
        }

        var wishedDistricts = random.Chance(0.6) ? new List<string> { residence, districts.Next(random) } : [residence];
        if (random.Chance(0.15))
        {
            return new JobWishes(status, wishedOccupations, wishedDistricts, null, null);
        }

        // Monthly wages in CNY, in steps of 500, rising with the level held.
        var rank = history.TopLevel?.Rank ?? SkillLevel.Apprentice.Rank;
        var minimum = Math.Max(2_500m, Math.Round((4_000m + (900m * rank) + (decimal)(800 * random.Gaussian())) / 500m) * 500m);
        return new JobWishes(status, wishedOccupations, wishedDistricts, minimum, minimum + (500m * random.Next(2, 11)));
    }

    /// <summary>How likely, relative to the average, someone is to hold certificates.</summary>
    private static double Propensity(GeneratedPerson person, bool student, GeneratedOrganization? employer, DateOnly asOf)
    {
        var age = person.AgeOn(asOf);
        var byAge = student ? 0.4 : age < 25 ? 0.7 : age < 40 ? 1.1 : 1.25;
        return employer is null && !student ? byAge * 0.8 : byAge;
    }

    private static void InsertTalent(TableInserter talents, Talent talent)
    {
        var provenance = talent.Provenance;
        talents.Insert(
            StoredValues.Of(talent.Id.Value),
            talent.Name,
            StoredValues.Of(talent.DocumentType),
            talent.IdentityNumberHash,
            StoredValues.Of(talent.BirthDate),
            talent.ResidenceDistrictCode,
            StoredValues.Of(talent.Origin),
            StoredValues.Of(talent.EmployerId?.Value),
            StoredValues.Of(talent.SchoolId?.Value),
            StoredValues.OrNull(talent.Major),
            StoredValues.Of(talent.GraduationDate),
            StoredValues.Of(talent.JobSeekingStatus),
            StoredValues.JsonArray(talent.WishedOccupationCodes),
            StoredValues.JsonArray(talent.WishedDistrictCodes),
            StoredValues.Of(talent.WishedMonthlyWageMin),
            StoredValues.Of(talent.WishedMonthlyWageMax),
            StoredValues.Of(talent.ConsentsToMatching),
            StoredValues.OrNull(talent.AccountSubject),
            talent.Version,
            talent.IdentityNumber.Ciphertext,
            talent.IdentityNumber.Masked,
            talent.Phone.Ciphertext,
            talent.Phone.Masked,
            StoredValues.Of(provenance.LegalBasis),
            StoredValues.Of(provenance.RecordedAt),
            provenance.RecordedBy,
            StoredValues.Of(provenance.RecordedByOrganization?.Value),
            provenance.RecordedByRole);
    }

    private static void InsertCertificate(TableInserter certificates, SkillCertificate certificate)
    {
        var provenance = certificate.Provenance;
        certificates.Insert(
            StoredValues.Of(certificate.Id.Value),
            StoredValues.Of(certificate.TalentId.Value),
            certificate.OccupationCode,
            certificate.SkillLevelCode,
            certificate.CertificateNumber,
            certificate.IssuingBody,
            StoredValues.Of(certificate.IssuedOn),
            StoredValues.Of(certificate.Route),
            StoredValues.Of(certificate.RecognizedBy?.Value),
            StoredValues.Of(provenance.LegalBasis),
            StoredValues.Of(provenance.RecordedAt),
            provenance.RecordedBy,
            StoredValues.Of(provenance.RecordedByOrganization?.Value),
            provenance.RecordedByRole);
    }

    private static void Sample(SampleSet samples, Talent talent, GeneratedPerson person, GeneratedOrganization? employer, GeneratedOrganization? school)
    {
        samples.CountResident(talent.ResidenceDistrictCode);
        if (samples.Identities.TryTake(out var slot))
        {
            samples.Identities.Put(slot, new IdentitySample(DocumentTypeNames[person.DocumentType], person.IdentityNumber, talent.Id.Value));
        }

        if (employer is not null)
        {
            samples.Employers.Offer(employer.Id);
        }

        if (school is not null)
        {
            samples.Schools.Offer(school.Id);
        }
    }
}
