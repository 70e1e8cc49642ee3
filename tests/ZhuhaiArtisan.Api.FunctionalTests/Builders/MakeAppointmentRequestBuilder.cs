namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public sealed class MakeAppointmentRequestBuilder
{
    private string _level = "principal-technician";
    private string _occupation = "6-18-02-04";
    private string _appointer = "珠海市人力资源和社会保障局";
    private DateOnly _from = new(2025, 3, 1);
    private DateOnly? _until;

    public MakeAppointmentRequestBuilder To(string level)
    {
        _level = level;
        return this;
    }

    public MakeAppointmentRequestBuilder InOccupation(string code)
    {
        _occupation = code;
        return this;
    }

    public MakeAppointmentRequestBuilder AppointedBy(string appointer)
    {
        _appointer = appointer;
        return this;
    }

    public MakeAppointmentRequestBuilder For(DateOnly from, DateOnly? until = null)
    {
        _from = from;
        _until = until;
        return this;
    }

    public object Build() => new
    {
        skillLevel = _level,
        occupationCode = _occupation,
        appointingBody = _appointer,
        from = _from,
        until = _until,
    };
}
