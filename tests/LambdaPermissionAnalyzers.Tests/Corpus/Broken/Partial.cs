using Amazon.Lambda.Model;

class
{
    new AddPermissionRequest { Principal = "s3.amazonaws.com" };
    public AddPermissionRequest Property => new() { FunctionName = nameof() };
    public AddPermissionRequest this[int i] => new AddPermissionRequest { Qualifier = $"{i}:$LATEST", FunctionName = "a" + };
    event System.Action E = () => new AddPermissionRequest() { };
    static AddPermissionRequest s = new(default) { FunctionName = default };
