using System.Globalization;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// Unique certificate numbers in the demo data's shape: a letter for the route, the city's
/// division code, the year of issue and a serial within route and year (Y440400202400031).
/// </summary>
internal sealed class CertificateNumbers
{
    private readonly Dictionary<(char Letter, int Year), int> _serials = [];

    public string Next(CertificationRoute route, DateOnly issuedOn)
    {
        var letter = route switch
        {
            CertificationRoute.SocialEvaluation => 'Y',
            CertificationRoute.EnterpriseSelfRecognition => 'E',
            CertificationRoute.College1PlusX => 'X',
            CertificationRoute.CompetitionAward => 'S',
            CertificationRoute.MacaoRecognition => 'M',
            _ => 'P',
        };
        var serial = _serials.GetValueOrDefault((letter, issuedOn.Year)) + 1;
        _serials[(letter, issuedOn.Year)] = serial;
        return string.Create(CultureInfo.InvariantCulture, $"{letter}440400{issuedOn.Year:D4}{serial:D7}");
    }
}
