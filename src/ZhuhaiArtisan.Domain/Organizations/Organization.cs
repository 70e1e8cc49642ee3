using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations.Events;
using ZhuhaiArtisan.Domain.Organizations.Rules;

namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>
/// An enterprise, vocational college, technical school or training institution taking part in the
/// programme. It is registered by the city or its district; it keeps its own contact details; its
/// labels are the city's to set.
/// </summary>
public sealed class Organization : AggregateRoot, IVersioned
{
    public const int NameMaxLength = 128;

    private readonly List<OrganizationCluster> _clusters = [];

    private Organization()
    {
    }

    public OrganizationId Id { get; private set; }

    public UnifiedSocialCreditCode CreditCode { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public OrganizationType Type { get; private set; }

    public string DistrictCode { get; private set; } = null!;

    public ContactDetails Contact { get; private set; } = null!;

    public OrganizationLabels Labels { get; private set; } = OrganizationLabels.None;

    public IReadOnlyCollection<OrganizationCluster> Clusters => _clusters.AsReadOnly();

    public DateTimeOffset RegisteredAt { get; private set; }

    public int Version { get; private set; }

    public static Organization Register(
        OrganizationId id,
        UnifiedSocialCreditCode creditCode,
        string name,
        OrganizationType type,
        string districtCode,
        IEnumerable<string> clusterCodes,
        ContactDetails contact,
        DateTimeOffset registeredAt)
    {
        var organization = new Organization
        {
            Id = id,
            CreditCode = creditCode,
            Name = name,
            Type = type,
            DistrictCode = districtCode,
            Contact = contact,
            RegisteredAt = registeredAt,
            Version = 1,
        };
        organization._clusters.AddRange(clusterCodes.Distinct(StringComparer.Ordinal).Select(c => new OrganizationCluster(id, c)));
        organization.AddDomainEvent(new OrganizationRegisteredDomainEvent(id, type, districtCode, registeredAt));
        return organization;
    }

    public void ChangeContactDetails(ContactDetails contact, DateTimeOffset changedAt)
    {
        if (contact == Contact)
        {
            return;
        }

        Contact = contact;
        Version++;
        AddDomainEvent(new OrganizationContactDetailsChangedDomainEvent(Id, changedAt));
    }

    public void ChangeLabels(OrganizationLabels labels, DateTimeOffset changedAt)
    {
        CheckRule(new EnterpriseLabelsApplyOnlyToEnterprisesRule(Type, labels));
        CheckRule(new PrivateInstitutionLabelAppliesOnlyToSchoolsAndInstitutionsRule(Type, labels));
        CheckRule(new TrainingQualificationMustEndAfterItStartsRule(labels.TrainingQualification));

        if (labels == Labels)
        {
            return;
        }

        var before = Labels;
        Labels = labels;
        Version++;
        AddDomainEvent(new OrganizationLabelsChangedDomainEvent(Id, before, labels, changedAt));
    }

    public bool IsTrainingQualifiedOn(DateOnly date) =>
        Labels.TrainingQualification is { } qualification && qualification.IsValidOn(date);
}
