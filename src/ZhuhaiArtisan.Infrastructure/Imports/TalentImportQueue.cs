using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Infrastructure.Imports;

/// <summary>Wakes this instance's import worker; other instances find the import at their next poll.</summary>
internal sealed class TalentImportQueue : ITalentImportQueue
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up serves every import queued meanwhile.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
