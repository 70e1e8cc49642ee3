using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.Modules;
using ZhuhaiArtisan.DataGenerator.People;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.DataGenerator.Sqlite;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.DataGenerator.Organizations;

/// <summary>
/// Enterprises, vocational colleges, technical schools and training institutions, in the
/// columns of OrganizationConfiguration: the credit code, the contact details and the labels
/// (a complex type, one column each), the clusters in their own table.
/// </summary>
internal sealed class OrganizationWriter : IModuleWriter
{
    private static readonly string[] OrganizationColumns =
    [
        "Id", "CreditCode", "Name", "Type", "DistrictCode", "RegisteredAt", "Version", "Address", "ContactEmail", "ContactName",
        "ContactPhone", "IsIndustryEducationIntegrationEnterprise", "IsKeyIndustryEnterprise", "IsKeyIndustryInnovationEmployer",
        "IsPrivateInstitution", "TrainingQualifiedFrom", "TrainingQualifiedUntil",
    ];

    // Industrial zones hold more employers than their population share; the old town centre fewer.
    private static readonly Dictionary<string, double> EmployerDensity = new(StringComparer.Ordinal)
    {
        ["440402"] = 0.8,
        ["440404"] = 1.2,
        ["ZH-GX"] = 1.6,
        ["ZH-JK"] = 1.8,
        ["ZH-HQ"] = 1.2,
    };

    private static readonly string[] EmailNames = ["hr", "info", "office", "contact", "zhaopin", "admin"];

    public string Module => "organizations";

    public IReadOnlyList<string> Tables => ["Organizations", "OrganizationClusters"];

    public void Write(GenerationContext context, BulkLoadSession session, CancellationToken cancellationToken)
    {
        var random = context.RandomFor(Module);
        var count = context.Options.Organizations;
        var districts = new WeightedChoice<DistrictInfo>(context.Reference.Districts.Select(d =>
            (d, DistrictPopulation.ShareOf(d.Code) * EmployerDensity.GetValueOrDefault(d.Code, 1.0))));
        var clusters = new WeightedChoice<string>(ClusterShares.All);
        var creditCodes = new CreditCodeFactory();
        var written = new List<GeneratedOrganization>(count);

        using var organizations = session.Inserter("Organizations", OrganizationColumns);
        using var organizationClusters = session.Inserter("OrganizationClusters", "OrganizationId", "ClusterCode");
        using (var phase = context.Progress.Phase("organisations", count, () => session.RowsWritten))
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var registeredAt = context.Timeline.OrganizationRegistered(i, count, random);
                var type = TypeOf(i, random);
                var district = districts.Next(random);
                var ownClusters = ClustersOf(type, random, clusters);
                var kind = CreditCodeKind(type, random);
                var creditCode = creditCodes.Next(random, kind, district.AdministrativeCode);
                var name = OrganizationNames.Of(random, type, ownClusters);
                var contactName = ChineseNames.Han(random, random.Chance(0.5), 1975 + random.Next(25), bornInGuangdong: random.Chance(0.5));
                var phone = random.Chance(0.65) ? PhoneNumbers.Mobile(random) : PhoneNumbers.Landline(random);
                var email = random.Chance(0.55) ? $"{random.Pick(EmailNames)}@{creditCode[8..16].ToLowerInvariant()}.example" : null;
                var contact = new ContactDetails(contactName, phone, email, OrganizationNames.Address(random, district.InAddress));

                // Built by the domain's own factory and label change, so every row obeys its rules
                // (the credit code's check character, which labels fit which type) and carries the
                // version the API would have given it.
                var entity = Organization.Register(
                    new OrganizationId(SeededGuids.Version7(registeredAt, random)), UnifiedSocialCreditCode.Parse(creditCode), name, type,
                    district.Code, ownClusters, contact, registeredAt);
                entity.ChangeLabels(Labels(type, kind, ownClusters, context.Options.AsOf, random), registeredAt);
                if (i == 0 && !QualifiedThroughCatalogue(entity, context.Timeline))
                {
                    // The first school trains whatever the draws: even a tiny data set has a catalogue. Its own
                    // stream, so that every other organisation's draws stay as they were.
                    entity.ChangeLabels(entity.Labels with { TrainingQualification = FirstQualification(context) }, registeredAt);
                }

                var labels = entity.Labels;
                var organization = new GeneratedOrganization(
                    entity.Id.Value, creditCode, name, type, district.Code, ownClusters,
                    labels.IsKeyIndustryEnterprise || labels.IsKeyIndustryInnovationEmployer,
                    Size(type, labels, random),
                    entity);

                organizations.Insert(
                    organization.StoredId, entity.CreditCode.Value, entity.Name, StoredValues.Of(entity.Type), entity.DistrictCode,
                    StoredValues.Of(entity.RegisteredAt), entity.Version, entity.Contact.Address, StoredValues.OrNull(entity.Contact.ContactEmail),
                    entity.Contact.ContactName, entity.Contact.ContactPhone,
                    StoredValues.Of(labels.IsIndustryEducationIntegrationEnterprise), StoredValues.Of(labels.IsKeyIndustryEnterprise),
                    StoredValues.Of(labels.IsKeyIndustryInnovationEmployer), StoredValues.Of(labels.IsPrivateInstitution),
                    StoredValues.Of(labels.TrainingQualification?.ValidFrom), StoredValues.Of(labels.TrainingQualification?.ValidUntil));
                foreach (var cluster in entity.Clusters)
                {
                    organizationClusters.Insert(organization.StoredId, cluster.ClusterCode);
                }

                written.Add(organization);
                phase.Advance();
            }
        }

        context.Counts["organizations"] = organizations.Rows;
        context.Counts["organizationClusters"] = organizationClusters.Rows;
        context.Organizations = new OrganizationDirectory(written);
    }

    /// <summary>Nearly all are enterprises; the first three are one school of each kind, so that even a tiny data set has students.</summary>
    private static OrganizationType TypeOf(int index, Random random) => index switch
    {
        0 => OrganizationType.VocationalCollege,
        1 => OrganizationType.TechnicalSchool,
        2 => OrganizationType.TrainingInstitution,
        _ => random.NextDouble() switch
        {
            < 0.024 => OrganizationType.TrainingInstitution,
            < 0.029 => OrganizationType.VocationalCollege,
            < 0.032 => OrganizationType.TechnicalSchool,
            _ => OrganizationType.Enterprise,
        },
    };

    private static string[] ClustersOf(OrganizationType type, Random random, WeightedChoice<string> clusters)
    {
        var count = type == OrganizationType.Enterprise
            ? random.NextDouble() switch
            {
                < 0.25 => 0, // trade, logistics, services: outside the key clusters
                < 0.87 => 1,
                _ => 2,
            }
            : 1 + random.Next(3);
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        while (chosen.Count < count)
        {
            chosen.Add(clusters.Next(random));
        }

        return [.. chosen];
    }

    /// <summary>91 for companies; 12 for public colleges and schools; 52 for private schools and most training institutions.</summary>
    private static string CreditCodeKind(OrganizationType type, Random random) => type switch
    {
        OrganizationType.Enterprise => "91",
        OrganizationType.VocationalCollege => random.Chance(0.7) ? "12" : "52",
        OrganizationType.TechnicalSchool => random.Chance(0.85) ? "12" : "52",
        _ => random.Chance(0.9) ? "52" : "91",
    };

    /// <summary>The labels the city sets, within the domain's rules: enterprise labels only on enterprises, 民办 only on schools.</summary>
    private static OrganizationLabels Labels(OrganizationType type, string kind, IReadOnlyList<string> clusters, DateOnly asOf, Random random)
    {
        var qualification = random.Chance(type == OrganizationType.Enterprise ? 0.01 : type == OrganizationType.TrainingInstitution ? 0.45 : 0.6)
            ? Qualification(asOf, random)
            : null;
        if (type != OrganizationType.Enterprise)
        {
            return new OrganizationLabels(false, false, false, kind == "52", qualification);
        }

        var inCluster = clusters.Count > 0;
        return new OrganizationLabels(
            inCluster && random.Chance(0.10),
            inCluster && random.Chance(0.04),
            inCluster && random.Chance(0.015),
            false,
            qualification);
    }

    /// <summary>Granted for two or three years at some point in the last two: some have lapsed.</summary>
    private static TrainingQualification Qualification(DateOnly asOf, Random random)
    {
        var from = asOf.AddDays(-random.Next(0, 730));
        return new TrainingQualification(from, from.AddYears(2 + random.Next(2)).AddDays(-1));
    }

    private static bool QualifiedThroughCatalogue(Organization organization, Timeline timeline) =>
        organization.IsTrainingQualifiedOn(timeline.CatalogueDraftedFrom) && organization.IsTrainingQualifiedOn(timeline.AsOf);

    private static TrainingQualification FirstQualification(GenerationContext context)
    {
        var from = context.Timeline.CatalogueDraftedFrom.AddDays(-context.RandomFor("organizations/first-qualification").Next(0, 60));
        return new TrainingQualification(from, from.AddYears(3).AddDays(-1));
    }

    /// <summary>Relative headcount: a long tail of small firms and a few very large employers.</summary>
    private static double Size(OrganizationType type, OrganizationLabels labels, Random random) => type switch
    {
        OrganizationType.Enterprise => Math.Exp(1.6 * random.Gaussian()) * (labels.HasEnterpriseLabel ? 4 : 1),
        OrganizationType.VocationalCollege => Math.Exp(0.7 * random.Gaussian()) * 3,
        OrganizationType.TechnicalSchool => Math.Exp(0.7 * random.Gaussian()) * 2,
        _ => Math.Exp(0.7 * random.Gaussian()) * 0.5,
    };
}
