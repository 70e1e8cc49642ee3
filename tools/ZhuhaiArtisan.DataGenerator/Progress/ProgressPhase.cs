using System.Diagnostics;
using System.Globalization;

namespace ZhuhaiArtisan.DataGenerator.Progress;

/// <summary>Counts a phase's records and reports them, with the rows written per second, every few seconds.</summary>
internal sealed class ProgressPhase : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly ProgressReporter _reporter;
    private readonly string _name;
    private readonly long _expected;
    private readonly Func<long> _rowsWritten;
    private readonly long _rowsAtStart;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _nextReport = Interval;
    private long _done;

    internal ProgressPhase(ProgressReporter reporter, string name, long expected, Func<long> rowsWritten)
    {
        _reporter = reporter;
        _name = name;
        _expected = expected;
        _rowsWritten = rowsWritten;
        _rowsAtStart = rowsWritten();
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public long Rows => _rowsWritten() - _rowsAtStart;

    public void Advance()
    {
        // The clock is read once in a thousand records: cheap enough for millions of them.
        if (++_done % 1024 == 0 && _clock.Elapsed >= _nextReport)
        {
            _nextReport = _clock.Elapsed + Interval;
            _reporter.Write(string.Create(CultureInfo.InvariantCulture,
                $"{_name}: {_done:N0} / {_expected:N0} ({100.0 * _done / _expected:0}%), {Rows:N0} rows, {Rate:N0} rows/s"));
        }
    }

    public void Dispose()
    {
        _clock.Stop();
        _reporter.Write(string.Create(CultureInfo.InvariantCulture,
            $"{_name}: {_done:N0} done, {Rows:N0} rows in {_clock.Elapsed.TotalSeconds:0.0} s ({Rate:N0} rows/s)"));
    }

    private double Rate => Rows / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
}
