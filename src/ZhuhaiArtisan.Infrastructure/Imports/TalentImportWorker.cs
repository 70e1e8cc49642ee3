using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.ProcessTalentImport;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Imports;

/// <summary>
/// Processes queued talent imports one at a time. An import is claimed by a conditional update of
/// its lease, so with several API instances each import runs on one of them; one whose worker died
/// is taken over when its lease runs out.
/// </summary>
internal sealed partial class TalentImportWorker(
    IServiceScopeFactory scopes,
    TalentImportQueue queue,
    IOptions<TalentImportOptions> options,
    TimeProvider clock,
    ILogger<TalentImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await TryProcessNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The import keeps its lease and is taken up again when it expires; nothing is lost.
                LogFailed(exception);
            }

            await queue.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    private async Task<bool> TryProcessNextAsync(CancellationToken cancellationToken)
    {
        TalentImport? claimed;
        using (var scope = scopes.CreateScope())
        {
            claimed = await ClaimAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        }

        if (claimed is null)
        {
            return false;
        }

        using (var scope = scopes.CreateScope())
        {
            // The import acts as the caller who uploaded it: its records and audit entries say so.
            var provenance = claimed.Provenance;
            scope.ServiceProvider.GetRequiredService<CallerScope>().ActingFor =
                new ActingCaller(provenance.RecordedBy, provenance.RecordedByRole, provenance.RecordedByOrganization?.Value, null);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ProcessTalentImportCommand(claimed.Id.Value), cancellationToken);
        }

        LogProcessed(claimed.Id.Value);
        return true;
    }

    private async Task<TalentImport?> ClaimAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.TalentImports.AsNoTracking()
            .Where(i => i.Status != TalentImportStatus.Completed && i.Status != TalentImportStatus.Failed)
            .Where(i => i.LeaseExpiresAt == null || i.LeaseExpiresAt < now)
            .OrderBy(i => i.Provenance.RecordedAt)
            .Take(5)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            // Only one instance's update matches: the lease it read is part of the condition.
            var lease = candidate.LeaseExpiresAt;
            var taken = await db.TalentImports
                .Where(i => i.Id == candidate.Id && i.LeaseExpiresAt == lease)
                .Where(i => i.Status != TalentImportStatus.Completed && i.Status != TalentImportStatus.Failed)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseExpiresAt, now + options.Value.Lease), cancellationToken);
            if (taken == 1)
            {
                return candidate;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Talent import {ImportId} processed")]
    private partial void LogProcessed(Guid importId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Talent import worker failed; the import is taken up again when its lease runs out")]
    private partial void LogFailed(Exception exception);
}
