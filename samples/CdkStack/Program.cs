// orders-cdk: the CDK app that deploys the orders function with its triggers and URLs.
//   cdk synth    (needs node and the CDK CLI; `dotnet build` is enough for the analyzers)
using Amazon.CDK;

namespace OrdersCdk;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        _ = new OrdersStack(app, "Orders");
        _ = new SharingStack(app, "Sharing", "o-k7x2m9q4w1");
        app.Synth();
    }
}
