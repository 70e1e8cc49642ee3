using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.People;
using ZhuhaiArtisan.DataGenerator.Sqlite;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Appointments;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// 特级技师 and 首席技师 appointments at city, district and enterprise level, and the titles of
/// 珠府办函〔2023〕100号 (§二(四), §二(五)) for the years before the as-of day, in the numbers the
/// policy names for the whole city, scaled to the size of the data set. The most senior go first
/// to the highest titles. Made by the domain's factories, so tiers name their appointer.
/// </summary>
internal sealed class RecognitionWriter(GenerationContext context, Random random)
{
    private const int FullCity = 2_000_000;

    private static readonly string[] AppointmentColumns =
    [
        "Id", "TalentId", "SkillLevelCode", "OccupationCode", "Tier", "AppointingBody", "DistrictCode", "EnterpriseId", "From", "Until",
        "LegalBasis", "RecordedAt", "RecordedBy", "RecordedByOrganizationId", "RecordedByRole",
    ];

    private static readonly string[] HonourColumns =
    [
        "Id", "TalentId", "Kind", "Year", "ConferringBody", "DistrictCode", "EnterpriseId", "CompetitionEvent", "CompetitionRank", "Coach",
        "PublicationConsented", "Version", "LegalBasis", "RecordedAt", "RecordedBy", "RecordedByOrganizationId", "RecordedByRole",
    ];

    // Yearly numbers for the whole city: 特级工匠 about 10 a year; 珠海工匠, 区级工匠 and 企业工匠 about
    // 100, 1,000 and 10,000 over the three years; 技术能手 50 or more a year; competition prizes.
    private static readonly (HonourKind Kind, int PerYear, int[] Ranks)[] Honours =
    [
        (HonourKind.ZhuhaiMasterCraftsman, 10, [6, 5]),
        (HonourKind.ZhuhaiCraftsman, 34, [6, 5, 4]),
        (HonourKind.DistrictCraftsman, 333, [5, 4, 6]),
        (HonourKind.EnterpriseCraftsman, 3_333, [4, 5, 6]),
        (HonourKind.ZhuhaiTechnicalExpert, 50, [5, 6, 4]),
        (HonourKind.CompetitionAward, 200, [4, 5]),
    ];

    private static readonly (SkillLevel Level, AppointmentTier Tier, int Count, int[] Ranks)[] Appointments =
    [
        (SkillLevel.ChiefTechnician, AppointmentTier.City, 20, [6]),
        (SkillLevel.ChiefTechnician, AppointmentTier.District, 100, [6, 5]),
        (SkillLevel.ChiefTechnician, AppointmentTier.Enterprise, 900, [5, 6, 4]),
        (SkillLevel.PrincipalTechnician, AppointmentTier.City, 30, [6]),
        (SkillLevel.PrincipalTechnician, AppointmentTier.Enterprise, 300, [6, 5]),
    ];

    private static readonly string[] Prizes = ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "优秀奖", "优秀奖"];

    public void Write(BulkLoadSession session, IReadOnlyList<HighSkillTalent> highSkilled, CancellationToken cancellationToken)
    {
        var byRank = highSkilled.GroupBy(t => t.TopRank).ToDictionary(g => g.Key, g => g.ToList());
        var scale = (double)context.Options.Talents / FullCity;
        int Scaled(int count) => Math.Max(1, (int)Math.Round(count * scale));

        using var appointments = session.Inserter("Appointments", AppointmentColumns);
        using var honours = session.Inserter("Honours", HonourColumns);
        using (var phase = context.Progress.Phase("appointments and honours", Appointments.Sum(a => Scaled(a.Count)), () => session.RowsWritten))
        {
            var appointed = new HashSet<(TalentId, string)>();
            foreach (var (level, tier, count, ranks) in Appointments)
            {
                for (var i = 0; i < Scaled(count); i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Pick(byRank, ranks, tier == AppointmentTier.Enterprise, t => !appointed.Contains((t.Id, level.Code))) is { } talent)
                    {
                        appointed.Add((talent.Id, level.Code));
                        InsertAppointment(appointments, Appoint(talent, level, tier));
                    }

                    phase.Advance();
                }
            }

            var conferred = new HashSet<(TalentId, HonourKind, int)>();
            for (var year = context.Options.AsOf.Year - 3; year < context.Options.AsOf.Year; year++)
            {
                foreach (var (kind, perYear, ranks) in Honours)
                {
                    for (var i = 0; i < Scaled(perYear); i++)
                    {
                        var honourYear = year;
                        if (Pick(byRank, ranks, kind == HonourKind.EnterpriseCraftsman, t => !conferred.Contains((t.Id, kind, honourYear))) is { } talent)
                        {
                            conferred.Add((talent.Id, kind, year));
                            InsertHonour(honours, Confer(talent, kind, year));
                        }
                    }
                }
            }
        }

        context.Counts["appointments"] = appointments.Rows;
        context.Counts["honours"] = honours.Rows;
    }

    /// <summary>Someone of the first rank that has a free candidate, trying a few times; null when nobody fits (a tiny data set).</summary>
    private HighSkillTalent? Pick(Dictionary<int, List<HighSkillTalent>> byRank, int[] ranks, bool needsEnterprise, Func<HighSkillTalent, bool> free)
    {
        foreach (var rank in ranks)
        {
            if (!byRank.TryGetValue(rank, out var candidates))
            {
                continue;
            }

            for (var attempt = 0; attempt < 20; attempt++)
            {
                var candidate = random.Pick(candidates);
                if (free(candidate) && (!needsEnterprise || candidate.Employer is { IsSchool: false }))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private Appointment Appoint(HighSkillTalent talent, SkillLevel level, AppointmentTier tier)
    {
        var asOf = context.Options.AsOf;
        var from = asOf.AddDays(-random.Next(30, 3 * 365));
        // Terms run three years; half of the posts are open-ended.
        DateOnly? until = random.Chance(0.5) ? null : from.AddYears(3).AddDays(-1);
        var recordedAt = Later(ChinaTime.At(from, 10), talent.RecordedAt);
        var district = context.Reference.District(talent.DistrictCode);
        var employer = talent.Employer;
        var (body, districtCode, enterpriseId, provenance) = tier switch
        {
            AppointmentTier.City => (Recorders.CityBureau, (string?)null, (OrganizationId?)null, Recorders.City(recordedAt)),
            AppointmentTier.District => (district.Government, district.Code, null, Recorders.District(district.Code, recordedAt)),
            _ => (employer!.Name, null, new OrganizationId(employer.Id), Recorders.Enterprise(employer, recordedAt)),
        };
        return Appointment.Make(
            new AppointmentId(SeededGuids.Version7(recordedAt, random)), talent.Id, level, talent.Occupation.Code, tier, body,
            districtCode, enterpriseId, from, until, provenance);
    }

    private Honour Confer(HighSkillTalent talent, HonourKind kind, int year)
    {
        // Titles are announced at the turn of the year; a person registered later has it recorded with their registration.
        var announced = ChinaTime.At(new DateOnly(year, 12, 1).AddDays(random.Next(0, 60)), 10);
        var recordedAt = Later(announced, talent.RecordedAt);
        var district = context.Reference.District(talent.DistrictCode);
        var employer = talent.Employer;
        var (body, districtCode, enterpriseId, provenance) = kind switch
        {
            HonourKind.ZhuhaiMasterCraftsman or HonourKind.ZhuhaiCraftsman =>
                ("珠海市人民政府", (string?)null, (OrganizationId?)null, Recorders.City(recordedAt)),
            HonourKind.DistrictCraftsman => (district.Government, district.Code, null, Recorders.District(district.Code, recordedAt)),
            HonourKind.EnterpriseCraftsman => (employer!.Name, null, new OrganizationId(employer.Id), Recorders.Enterprise(employer, recordedAt)),
            _ => (Recorders.CityBureau, null, null, Recorders.City(recordedAt)),
        };
        var competition = kind == HonourKind.CompetitionAward;
        return Honour.Confer(
            new HonourId(SeededGuids.Version7(recordedAt, random)), talent.Id, kind, year, body, districtCode, enterpriseId,
            competition ? $"{year}年珠海市“行行出状元”职业技能大赛（{talent.Occupation.NameZh}）" : null,
            competition ? random.Pick(Prizes) : null,
            competition && random.Chance(0.6) ? ChineseNames.Han(random, random.Chance(0.7), 1970 + random.Next(20), bornInGuangdong: true) : null,
            publicationConsented: random.Chance(0.85),
            provenance);
    }

    private DateTimeOffset Later(DateTimeOffset natural, DateTimeOffset talentRecorded)
    {
        var recorded = natural > talentRecorded ? natural : talentRecorded.AddHours(1 + random.Next(72));
        return recorded > context.Timeline.End ? context.Timeline.End : recorded;
    }

    private static void InsertAppointment(TableInserter appointments, Appointment appointment)
    {
        var provenance = appointment.Provenance;
        appointments.Insert(
            StoredValues.Of(appointment.Id.Value),
            StoredValues.Of(appointment.TalentId.Value),
            appointment.SkillLevelCode,
            appointment.OccupationCode,
            StoredValues.Of(appointment.Tier),
            appointment.AppointingBody,
            StoredValues.OrNull(appointment.DistrictCode),
            StoredValues.Of(appointment.EnterpriseId?.Value),
            StoredValues.Of(appointment.From),
            StoredValues.Of(appointment.Until),
            StoredValues.Of(provenance.LegalBasis),
            StoredValues.Of(provenance.RecordedAt),
            provenance.RecordedBy,
            StoredValues.Of(provenance.RecordedByOrganization?.Value),
            provenance.RecordedByRole);
    }

    private static void InsertHonour(TableInserter honours, Honour honour)
    {
        var provenance = honour.Provenance;
        honours.Insert(
            StoredValues.Of(honour.Id.Value),
            StoredValues.Of(honour.TalentId.Value),
            StoredValues.Of(honour.Kind),
            honour.Year,
            honour.ConferringBody,
            StoredValues.OrNull(honour.DistrictCode),
            StoredValues.Of(honour.EnterpriseId?.Value),
            StoredValues.OrNull(honour.CompetitionEvent),
            StoredValues.OrNull(honour.CompetitionRank),
            StoredValues.OrNull(honour.Coach),
            StoredValues.Of(honour.PublicationConsented),
            honour.Version,
            StoredValues.Of(provenance.LegalBasis),
            StoredValues.Of(provenance.RecordedAt),
            provenance.RecordedBy,
            StoredValues.Of(provenance.RecordedByOrganization?.Value),
            provenance.RecordedByRole);
    }
}
