using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
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
using ZhuhaiArtisan.Infrastructure.Idempotency;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence;

/// <summary>
/// The model, shared by every provider. Each provider has a sealed subclass so that it keeps
/// migrations of its own (column types and SQL differ between SQLite, SQL Server and PostgreSQL).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IApplicationDbContext
{
    private IServiceProvider? _scopeServices;

    public DbSet<District> Districts => Set<District>();

    public DbSet<Occupation> Occupations => Set<Occupation>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<PartnerClient> PartnerClients => Set<PartnerClient>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Talent> Talents => Set<Talent>();

    public DbSet<SkillCertificate> SkillCertificates => Set<SkillCertificate>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Honour> Honours => Set<Honour>();

    public DbSet<TalentImport> TalentImports => Set<TalentImport>();

    public DbSet<TalentImportFile> TalentImportFiles => Set<TalentImportFile>();

    public DbSet<TalentImportRejectedRow> TalentImportRejectedRows => Set<TalentImportRejectedRow>();

    public DbSet<CatalogueItem> CatalogueItems => Set<CatalogueItem>();

    public DbSet<CatalogueEdition> CatalogueEditions => Set<CatalogueEdition>();

    public DbSet<CatalogueEditionEntry> CatalogueEditionEntries => Set<CatalogueEditionEntry>();

    public DbSet<CatalogueEditionGram> CatalogueEditionGrams => Set<CatalogueEditionGram>();

    public DbSet<CatalogueChange> CatalogueChanges => Set<CatalogueChange>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts => Set<WebhookDeliveryAttempt>();

    public DbSet<TrainingClass> TrainingClasses => Set<TrainingClass>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();

    public DbSet<TrainingCompletion> TrainingCompletions => Set<TrainingCompletion>();

    public DbSet<PartnerRecordLink> PartnerRecordLinks => Set<PartnerRecordLink>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>
    /// The services of the scope the context is leased to. Contexts are pooled and outlive scopes,
    /// and the save interceptors are shared by all of them, so this is where a save finds the
    /// caller, the operation running and the event handlers of its own unit of work.
    /// </summary>
    internal IServiceProvider ScopeServices =>
        _scopeServices ?? throw new InvalidOperationException("This context was not resolved as AppDbContext from a service scope, so it cannot tell who is saving.");

    /// <summary>Set each time a scope resolves the context as <see cref="AppDbContext"/>.</summary>
    internal void LeaseTo(IServiceProvider scopeServices) => _scopeServices = scopeServices;

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return Database.CurrentTransaction is null && CatalogueChangeSequencer.WillNumberChanges(this)
                ? await SaveInOwnTransactionAsync(cancellationToken)
                : await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.IsCause(exception))
        {
            throw new DuplicateKeyException(exception);
        }
    }

    /// <summary>
    /// A save that numbers changes of the public catalogue holds the counter's lock until its
    /// commit (see <see cref="CatalogueChangeSequencer"/>), so it needs a transaction of its own,
    /// run by the provider's execution strategy (SQL Server retries transient failures).
    /// </summary>
    private async Task<int> SaveInOwnTransactionAsync(CancellationToken cancellationToken)
    {
        var trackedAudit = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            // A retried attempt starts from what the use case tracked: the audit entries a failed
            // attempt's interceptor added would otherwise be written twice.
            foreach (var stale in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && !trackedAudit.Contains(e.Entity)).ToList())
            {
                stale.State = EntityState.Detached;
            }

            await using var transaction = await Database.BeginTransactionAsync(ct);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
            return count;
        }, cancellationToken);
        ChangeTracker.AcceptAllChanges();
        return saved;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Instants are stored in UTC whatever offset a caller wrote them with; PostgreSQL's
        // timestamptz accepts nothing else, and comparisons need one frame.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
