using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.ListOrganizations;

public sealed class ListOrganizationsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors, TimeProvider clock)
    : IQueryHandler<ListOrganizationsQuery, Page<OrganizationDto>>
{
    private const string ListName = "organizations";

    public async ValueTask<Page<OrganizationDto>> Handle(ListOrganizationsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodePosition(ListName, query.Cursor);

        var organizations = db.Organizations.AsNoTracking().VisibleTo(user);
        if (query.Type is { } type)
        {
            organizations = organizations.Where(o => o.Type == type);
        }

        if (query.District is not null)
        {
            organizations = organizations.Where(o => o.DistrictCode == query.District);
        }

        if (query.Cluster is not null)
        {
            organizations = organizations.Where(o => o.Clusters.Any(c => c.ClusterCode == query.Cluster));
        }

        if (query.Label is { } label)
        {
            organizations = WithLabel(organizations, label, clock.TodayInChina());
        }

        if (after is not null)
        {
            organizations = organizations.Where(o => string.Compare(o.CreditCode.Value, after) > 0);
        }

        var rows = await organizations
            .OrderBy(o => o.CreditCode.Value)
            .Take(limit + 1)
            .ProjectToType<OrganizationDto>()
            .ToListAsync(cancellationToken);
        return cursors.ToPage(ListName, rows, limit, o => o.CreditCode);
    }

    private static IQueryable<Organization> WithLabel(IQueryable<Organization> organizations, OrganizationLabel label, DateOnly today) =>
        label switch
        {
            OrganizationLabel.KeyIndustryEnterprise => organizations.Where(o => o.Labels.IsKeyIndustryEnterprise),
            OrganizationLabel.KeyIndustryInnovationEmployer => organizations.Where(o => o.Labels.IsKeyIndustryInnovationEmployer),
            OrganizationLabel.IndustryEducationIntegrationEnterprise => organizations.Where(o => o.Labels.IsIndustryEducationIntegrationEnterprise),
            OrganizationLabel.PrivateInstitution => organizations.Where(o => o.Labels.IsPrivateInstitution),
            OrganizationLabel.TrainingQualified => organizations.Where(o =>
                o.Labels.TrainingQualification != null
                && o.Labels.TrainingQualification.ValidFrom <= today
                && o.Labels.TrainingQualification.ValidUntil >= today),
            _ => organizations,
        };
}
