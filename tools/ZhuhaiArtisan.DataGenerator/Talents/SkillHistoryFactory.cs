using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// Skill certificates as careers produce them: a highest level that is mostly 初级 or 中级 and
/// rarely 技师 or above (higher with age), usually reached step by step in one occupation, now
/// and then a certificate in another; earned by social evaluation mostly, by the employer's
/// self-recognition in key-industry enterprises, or alongside a diploma (1+X) by students.
/// Each certificate is made by the domain's own factory, so it obeys its rules.
/// </summary>
internal sealed class SkillHistoryFactory
{
    private static readonly SkillLevel[] CertifiedLevels =
    [
        SkillLevel.Apprentice, SkillLevel.Junior, SkillLevel.Intermediate, SkillLevel.Senior, SkillLevel.Technician, SkillLevel.SeniorTechnician,
    ];

    private static readonly WeightedChoice<SkillLevel> Students = Levels([6, 50, 44, 0, 0, 0]);
    private static readonly WeightedChoice<SkillLevel> Young = Levels([3, 34, 33, 6, 2.25, 0.75]);
    private static readonly WeightedChoice<SkillLevel> Prime = Levels([3, 34, 33, 20, 7.5, 2.5]);
    private static readonly WeightedChoice<SkillLevel> Senior = Levels([3, 34, 33, 32, 12, 4]);

    private static readonly string[] EvaluationBodies = ["珠海市职业技能鉴定指导中心", "珠海市职业技能鉴定指导中心", "广东省职业技能服务指导中心"];

    private readonly GenerationContext _context;
    private readonly OccupationChoice _occupations;
    private readonly CertificateNumbers _numbers = new();

    public SkillHistoryFactory(GenerationContext context)
    {
        _context = context;
        _occupations = new OccupationChoice(context.Reference);
    }

    public OccupationChoice Occupations => _occupations;

    public SkillHistory Create(Random random, TalentSituation talent, bool student, int count)
    {
        if (count == 0)
        {
            return SkillHistory.None;
        }

        var asOf = _context.Timeline.AsOf;
        var age = talent.Person.AgeOn(asOf);
        var top = (student ? Students : age < 25 ? Young : age < 40 ? Prime : Senior).Next(random);
        var clusters = (talent.Employer ?? talent.School)?.Clusters ?? [];
        var primary = _occupations.Next(random, clusters);

        // The steps to the highest level in the main occupation, then certificates in others.
        var steps = new List<(OccupationInfo Occupation, SkillLevel Level)>();
        var ladder = count > 1 && random.Chance(0.7) ? Math.Min(count, Math.Max(1, top.Rank - 1)) : 1;
        for (var rank = top.Rank - ladder + 1; rank <= top.Rank; rank++)
        {
            steps.Add((primary, CertifiedLevels[rank - 1]));
        }

        var used = new HashSet<string>(StringComparer.Ordinal) { primary.Code };
        while (steps.Count < count)
        {
            // A few tries within the clusters; then any occupation not yet held, so the count is always met.
            var other = Enumerable.Range(0, 20).Select(_ => _occupations.Next(random, clusters)).FirstOrDefault(o => !used.Contains(o.Code))
                        ?? _context.Reference.Occupations.First(o => !used.Contains(o.Code));
            used.Add(other.Code);
            steps.Add((other, CertifiedLevels[random.Next(Math.Min(1, top.Rank - 1), top.Rank)]));
        }

        // Issue dates between the eighteenth birthday (or thirty years back) and the as-of day, in order.
        var from = talent.Person.BirthDate.AddYears(18);
        var earliest = asOf.AddYears(-30);
        from = from < earliest ? earliest : from > asOf ? asOf : from;
        var dates = Enumerable.Range(0, steps.Count).Select(_ => from.AddDays(random.Next(asOf.DayNumber - from.DayNumber + 1))).Order().ToArray();
        // Ladder steps take the earliest dates; other occupations fit around them.
        var ladderDates = dates.Take(ladder).ToArray();
        var otherDates = dates.Skip(ladder).ToArray();

        var certificates = new List<SkillCertificate>(steps.Count);
        var reached = new Dictionary<string, SkillLevel>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var (occupation, level) = steps[i];
            var issuedOn = i < ladder ? ladderDates[i] : otherDates[i - ladder];
            certificates.Add(Certificate(random, talent, student, occupation, level, issuedOn, reached.GetValueOrDefault(occupation.Code)));
            if (!reached.TryGetValue(occupation.Code, out var before) || level.Rank > before.Rank)
            {
                reached[occupation.Code] = level;
            }
        }

        certificates.Sort((a, b) => a.IssuedOn.CompareTo(b.IssuedOn));
        var best = steps.MaxBy(s => s.Level.Rank);
        return new SkillHistory(certificates, best.Level, best.Occupation);
    }

    private SkillCertificate Certificate(
        Random random, TalentSituation talent, bool student, OccupationInfo occupation, SkillLevel level, DateOnly issuedOn, SkillLevel? previous)
    {
        var recordedAt = RecordedAt(random, talent, issuedOn);
        var employer = talent.Employer;
        (CertificationRoute Route, string IssuingBody, OrganizationId? RecognizedBy, Provenance Provenance) how = random.NextDouble() switch
        {
            < 0.6 when student && talent.School is { } school =>
                (CertificationRoute.College1PlusX, school.Name, null, Recorders.Institution(school, recordedAt)),
            < 0.45 when employer is { IsKeyIndustryEmployer: true } && level.Rank >= SkillLevel.Junior.Rank =>
                (CertificationRoute.EnterpriseSelfRecognition, employer.Name, new OrganizationId(employer.Id), Recorders.Enterprise(employer, recordedAt)),
            < 0.4 when talent.Person.FromHongKongOrMacao =>
                (CertificationRoute.MacaoRecognition, Recorders.CityBureau, null, Recorders.City(recordedAt)),
            < 0.015 => (CertificationRoute.CompetitionAward, Recorders.CityBureau, null, Recorders.City(recordedAt)),
            < 0.02 when level.Rank >= SkillLevel.Technician.Rank =>
                (CertificationRoute.ExceptionalRecognition, Recorders.CityBureau, null, Recorders.City(recordedAt)),
            // Colleges and training institutions are evaluation organisations too.
            < 0.3 => (CertificationRoute.SocialEvaluation, _context.Organizations.NextSchool(random).Name, null, Recorders.City(recordedAt)),
            _ => (CertificationRoute.SocialEvaluation, random.Pick(EvaluationBodies), null, Recorders.City(recordedAt)),
        };

        return SkillCertificate.Record(
            new SkillCertificateId(SeededGuids.Version7(recordedAt, random)), talent.Id, occupation.Code, level,
            _numbers.Next(how.Route, issuedOn), how.IssuingBody, issuedOn, how.Route, how.RecognizedBy, previous, how.Provenance);
    }

    /// <summary>
    /// A certificate issued before its holder was registered was recorded with the registration;
    /// a later one within a few weeks of issue.
    /// </summary>
    private DateTimeOffset RecordedAt(Random random, TalentSituation talent, DateOnly issuedOn)
    {
        var atRegistration = talent.RecordedAt.AddSeconds(random.Next(1, 600));
        if (issuedOn <= ChinaTime.DayOf(talent.RecordedAt))
        {
            return atRegistration;
        }

        var recorded = ChinaTime.At(issuedOn.AddDays(random.Next(0, 21)), 9 + random.Next(8), random.Next(60), random.Next(60));
        recorded = recorded < atRegistration ? atRegistration : recorded;
        return recorded > _context.Timeline.End ? _context.Timeline.End : recorded;
    }

    private static WeightedChoice<SkillLevel> Levels(double[] weights) => new(CertifiedLevels.Select((level, i) => (level, weights[i])));
}
