using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Common;

/// <summary>Assertions on what an aggregate method did: the rule it broke, the events it raised.</summary>
public static class DomainAssert
{
    /// <summary>Asserts that the action breaks a rule of type <typeparamref name="TRule"/> with the given stable code.</summary>
    public static TRule BrokenRule<TRule>(Action action, string code)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(action);
        Assert.Equal(code, exception.Code);
        return Assert.IsType<TRule>(exception.BrokenRule);
    }

    /// <summary>Asserts that the aggregate raised exactly one event of type <typeparamref name="TEvent"/> and returns it.</summary>
    public static TEvent RaisedEvent<TEvent>(AggregateRoot aggregate)
        where TEvent : IDomainEvent =>
        Assert.Single(aggregate.DomainEvents.OfType<TEvent>());

    public static void RaisedNoEvent<TEvent>(AggregateRoot aggregate)
        where TEvent : IDomainEvent =>
        Assert.Empty(aggregate.DomainEvents.OfType<TEvent>());
}
