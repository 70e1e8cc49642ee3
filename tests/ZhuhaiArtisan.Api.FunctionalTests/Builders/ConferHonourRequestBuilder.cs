namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public sealed class ConferHonourRequestBuilder
{
    private string _kind = "zhuhai-technical-expert";
    private int _year = 2025;
    private string _conferrer = "珠海市人民政府";
    private string? _event;
    private string? _rank;
    private string? _coach;
    private bool? _publicationConsented = true;

    public ConferHonourRequestBuilder OfKind(string kind)
    {
        _kind = kind;
        return this;
    }

    public ConferHonourRequestBuilder In(int year)
    {
        _year = year;
        return this;
    }

    public ConferHonourRequestBuilder ConferredBy(string conferrer)
    {
        _conferrer = conferrer;
        return this;
    }

    public ConferHonourRequestBuilder AtCompetition(string? competitionEvent, string? rank, string? coach)
    {
        _kind = "competition-award";
        _event = competitionEvent;
        _rank = rank;
        _coach = coach;
        return this;
    }

    public ConferHonourRequestBuilder Published(bool? consented)
    {
        _publicationConsented = consented;
        return this;
    }

    public object Build() => new
    {
        kind = _kind,
        year = _year,
        conferringBody = _conferrer,
        competitionEvent = _event,
        competitionRank = _rank,
        coach = _coach,
        publicationConsented = _publicationConsented,
    };
}
