using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Domain.Access.AuditEntries;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Appointments;
using ZhuhaiArtisan.Domain.Talents.Honours;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>The unit of work the use cases read and write through (no repository on top of EF Core).</summary>
public interface IApplicationDbContext
{
    DbSet<District> Districts { get; }

    DbSet<Occupation> Occupations { get; }

    DbSet<Organization> Organizations { get; }

    DbSet<PartnerClient> PartnerClients { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Talent> Talents { get; }

    DbSet<SkillCertificate> SkillCertificates { get; }

    DbSet<Appointment> Appointments { get; }

    DbSet<Honour> Honours { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
