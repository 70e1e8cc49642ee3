using System.Diagnostics;
using System.Globalization;

namespace ZhuhaiArtisan.DataGenerator.Progress;

/// <summary>Plain progress lines with the time since the start, readable in a terminal and in a log file alike.</summary>
internal sealed class ProgressReporter(TextWriter output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <param name="expected">How many of the phase's main records there will be.</param>
    /// <param name="rowsWritten">All rows written so far, whatever their table, for the rate.</param>
    public ProgressPhase Phase(string name, long expected, Func<long> rowsWritten) => new(this, name, expected, rowsWritten);

    public void Write(string line) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{(int)_clock.Elapsed.TotalMinutes:00}:{_clock.Elapsed.Seconds:00}] {line}"));
}
