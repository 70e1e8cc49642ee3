using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ZhuhaiArtisan.Domain.Access.AuditEntries;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Appointments;
using ZhuhaiArtisan.Domain.Talents.Honours;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

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

    DbSet<TalentImport> TalentImports { get; }

    DbSet<TalentImportFile> TalentImportFiles { get; }

    DbSet<TalentImportRejectedRow> TalentImportRejectedRows { get; }

    DbSet<CatalogueItem> CatalogueItems { get; }

    DbSet<CatalogueEdition> CatalogueEditions { get; }

    DbSet<CatalogueEditionEntry> CatalogueEditionEntries { get; }

    DbSet<CatalogueEditionGram> CatalogueEditionGrams { get; }

    DbSet<CatalogueChange> CatalogueChanges { get; }

    DbSet<WebhookEndpoint> WebhookEndpoints { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts { get; }

    DbSet<TrainingClass> TrainingClasses { get; }

    DbSet<Enrolment> Enrolments { get; }

    DbSet<AttendanceRecord> AttendanceRecords { get; }

    DbSet<TrainingCompletion> TrainingCompletions { get; }

    DbSet<PartnerRecordLink> PartnerRecordLinks { get; }

    /// <summary>For the few use cases that span several saves in one transaction (bulk imports).</summary>
    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
