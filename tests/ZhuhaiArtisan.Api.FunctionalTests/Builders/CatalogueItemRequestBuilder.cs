using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public sealed class CatalogueItemRequestBuilder
{
    private string _title = "焊工（中级工）技能提升培训";
    private string _occupation = "6-18-02-04";
    private string _level = "intermediate";
    private string _trainingType = "skill-upgrading";
    private int _theoryHours = 40;
    private int _practiceHours = 80;
    private decimal _fee = 2600m;
    private string _deliveryMode = "offline";
    private string[] _clusters = ["equipment-manufacturing"];
    private bool _urgentlyNeeded;
    private bool _newOccupation;
    private DateOnly _validFrom = ChinaCalendar.Today();
    private DateOnly _validUntil = ChinaCalendar.Today().AddYears(1);

    public CatalogueItemRequestBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public CatalogueItemRequestBuilder InOccupation(string code)
    {
        _occupation = code;
        return this;
    }

    public CatalogueItemRequestBuilder AtLevel(string level)
    {
        _level = level;
        return this;
    }

    public CatalogueItemRequestBuilder OfType(string trainingType)
    {
        _trainingType = trainingType;
        return this;
    }

    public CatalogueItemRequestBuilder WithHours(int theory, int practice)
    {
        (_theoryHours, _practiceHours) = (theory, practice);
        return this;
    }

    public CatalogueItemRequestBuilder Costing(decimal fee)
    {
        _fee = fee;
        return this;
    }

    public CatalogueItemRequestBuilder DeliveredBy(string mode)
    {
        _deliveryMode = mode;
        return this;
    }

    public CatalogueItemRequestBuilder Serving(params string[] clusters)
    {
        _clusters = clusters;
        return this;
    }

    public CatalogueItemRequestBuilder UrgentlyNeeded(bool value = true)
    {
        _urgentlyNeeded = value;
        return this;
    }

    public CatalogueItemRequestBuilder NewOccupation(bool value = true)
    {
        _newOccupation = value;
        return this;
    }

    public CatalogueItemRequestBuilder ValidBetween(DateOnly from, DateOnly until)
    {
        (_validFrom, _validUntil) = (from, until);
        return this;
    }

    public object Build() => new
    {
        title = _title,
        occupationCode = _occupation,
        skillLevel = _level,
        trainingType = _trainingType,
        theoryHours = _theoryHours,
        practiceHours = _practiceHours,
        feePerPerson = _fee,
        deliveryMode = _deliveryMode,
        clusters = _clusters,
        isUrgentlyNeeded = _urgentlyNeeded,
        isNewOccupation = _newOccupation,
        validFrom = _validFrom,
        validUntil = _validUntil,
    };
}
