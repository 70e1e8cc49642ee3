using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// Hands out exactly the number of certificates asked for over the talents, one talent at a
/// time: each draws a Poisson count around the average still to be handed out (scaled by how
/// likely someone like them is to hold certificates), so that the total comes out right without
/// knowing the talents in advance, and about a quarter of people hold none.
/// </summary>
internal sealed class CertificateAllocator(long certificates, long talents)
{
    private long _certificates = certificates;
    private long _talents = talents;

    /// <param name="propensity">About 1 for an average person; less for students, more for older workers.</param>
    public int Next(Random random, double propensity)
    {
        if (_talents <= 0)
        {
            throw new InvalidOperationException("Every talent has had its certificates.");
        }

        int count;
        if (_talents == 1)
        {
            count = (int)_certificates;
        }
        else
        {
            var mean = (double)_certificates / _talents * propensity;
            count = (int)Math.Min(Math.Min(random.Poisson(mean), GeneratorOptions.MaximumCertificatesPerTalent), _certificates);
            // Never leave more than the rest can hold.
            count = (int)Math.Max(count, _certificates - ((_talents - 1) * GeneratorOptions.MaximumCertificatesPerTalent));
        }

        _certificates -= count;
        _talents--;
        return count;
    }
}
